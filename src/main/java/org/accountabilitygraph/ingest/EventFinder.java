package org.accountabilitygraph.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Events told in news English, sentence by sentence: protests, meetings, letters, tweets, deaths, resignations,
 * inquiries launched, reports published and organisations founded. A word alone is not an event: a noun needs a
 * frame that makes it one (a verb that holds it, "a meeting with", "protests outside"), a verb needs its participant
 * ("met representatives", "wrote to the minister"), and what is only asked for, hoped for or denied ("called for an
 * inquiry", "urged him to meet", "refused to resign") is not an event. A definite "the meeting" refers back to one
 * already found and adds to it ("The meeting was also attended by ...", "In her letter, dated ..."). Whether it
 * happened or is planned comes from the tense and modality around it ("will", "plans to", "agreed to").
 */
final class EventFinder {

	/** Words before an event that make it still to come. */
	static final Pattern FUTURE = Pattern.compile("(?i)\\b(will|shall|plans?\\s+to|planning\\s+to|planned|(?:is|are)\\s+to|(?:is|are)\\s+set\\s+to|set\\s+to|(?:is|are)\\s+due\\s+to|due\\s+to|"
			+ "going\\s+to|intends?\\s+to|aims?\\s+to|agreed\\s+to|expected\\s+to|scheduled|scheduling|upcoming|forthcoming|attempting\\s+to|next\\s+(?:week|month|year))\\b|['’]ll\\b");
	/** Words before an event that make it only wished for, asked for or denied: not an event at all. */
	private static final Pattern UNREAL = Pattern.compile("\\b(?:(?i:calls?\\s+for|called\\s+for|calling\\s+for|urg(?:e|ed|es|ing)|ask(?:ed|s|ing)?|appeal(?:ed|s)?|demand(?:s|ed|ing)?|"
			+ "hop(?:e|es|ed|ing)|wants?|wanted|wish(?:es|ed)?|would\\s+like|invit(?:e|ed|es)|request(?:ed|s)?|push(?:ed|ing)?\\s+for|refus(?:e|ed|es)|declin(?:e|ed|es)|"
			+ "fail(?:ed|s)?\\s+to|not|never|n['’]t|no\\s+longer|could|might|should|would|unless|if|whether|risk(?:s|ed)?|threat(?:en(?:ed|s)?)?)|may)\\b(?:\\s+[\\w'’-]+){0,6}\\s*$");
	/** "This was a determined meeting": a thing already told, described; "there was a meeting" is not one of these. */
	private static final Pattern COPULA = Pattern.compile("(?i)(?<!there\\s)\\b(?:is|was|were|are|be|been|being)\\s+(?:a|an|the|this|that)\\s+(?:[a-z-]+\\s+){0,2}$");
	private static final Pattern INDEFINITE = Pattern.compile("(?i)\\b(?:a|an|another|one|two|three|four|five|several|regular|further|weekly|monthly|series\\s+of|number\\s+of|days\\s+of|weeks\\s+of)\\s+(?:[a-z-]+\\s+){0,2}$");
	private static final Pattern DEFINITE = Pattern.compile("(?i)\\b(?:the|this|that|his|her|their|its|our|my|your)\\s+(?:[a-z'’-]+\\s+){0,2}$|['’]s?\\s+(?:[a-z-]+\\s+){0,1}$");
	private static final Pattern CLAUSE_END = Pattern.compile("[.;:!?]|,\\s+(?:and|but|before|after|while|which|who|whom|where|when|as|following|saying|warning)\\b"
			+ "|\\s(?:while|when|because|before|after|following|who|which|whom|where|so\\s+that)\\b"
			// a purpose ("to raise their worries") ends the phrase; "to the minister", "to Rosa Field" do not
			+ "|\\sto\\s+(?!(?:the|a|an|his|her|their|its|our|my|me|him|them|us|this|that|these|those)\\b)[a-z]");

	private static final Pattern PROTEST = Pattern.compile("\\b(?:(?i:protest(?:s|ed|ing)?|demonstrat(?:e|ed|ing|ion|ions)|rall(?:y|ies|ied|ying)|vigils?|pickets?|picketed|picketing|sit-ins?|walkouts?)|marche[sd]|marching|march(?=\\s+(?:to|through|on|from|against|outside)\\b))\\b");
	private static final Pattern PROTEST_FRAME_AFTER = Pattern.compile("^\\s+(?:outside|at|in|near|against|over|on|through|across|to|from|about|following|after)\\b");
	private static final Pattern PROTEST_NOT_AFTER = Pattern.compile("(?i)^\\s+(?:votes?|songs?|groups?|movements?|letters?|petitions?|signs?|banners?|of|that)\\b");
	private static final Pattern HOLD_VERB = Pattern.compile("(?i)\\b(held|hold|holds|holding|staged?|staging|organi[sz]e[ds]?|organi[sz]ing|led|lead|leads|leading|join(?:ed|s|ing)?|attend(?:ed|s|ing)?|"
			+ "plan(?:s|ned|ning)?|took\\s+part\\s+in|take\\s+part\\s+in|chair(?:ed|s|ing)?|call(?:ed)?|conven(?:e|ed|es)|arrang(?:e|ed|es|ing)|schedul(?:e|ed|es|ing)|host(?:ed|s|ing)?|had|have|has)\\b");

	private static final Pattern MET = Pattern.compile("(?i)\\b(met|meet|meets)\\b(?:\\s+up)?(?:\\s+with)?\\b");
	private static final Pattern MEETING = Pattern.compile("(?i)\\b(meetings?|talks|discussions)\\b");
	private static final Pattern PEOPLE = Pattern.compile("(?i)\\b(representatives|campaigners|families|relatives|MPs|ministers?|officials|staff|patients|doctors|nurses|residents|members|constituents|leaders|bosses|managers|councillors|governors|carers|unions?|protesters|(?:health\\s+)?secretary)\\b");
	/** The head of a verb's object: "families", "representatives from the campaign", "with the health secretary". */
	private static final Pattern OBJECT_HEAD = Pattern.compile("^\\s+(?:up\\s+)?(?:with\\s+)?(?:(?:the|a|an|his|her|their|our|its|local|some|many|several|two|three|\\d+)\\s+)?((?:health\\s+)?[A-Za-z]+)");
	private static final Pattern BE_BEFORE = Pattern.compile("(?i)\\b(?:is|are|was|were|be|been|being|not)\\s+$");
	private static final Pattern ATTENDED_BY = Pattern.compile("(?i)\\b(?:the|this|that)\\s+(meeting|protest|demonstration|rally|vigil|event)\\s+(?:was|were|had\\s+been|has\\s+been)\\s+(?:also\\s+)?attended\\s+by\\b");

	private static final Pattern WROTE_TO = Pattern.compile("(?i)\\b(wrote|written|writes|write|writing)\\s+to\\b");
	private static final Pattern LETTER = Pattern.compile("(?i)\\b(letters?)\\b");
	private static final Pattern DATED = Pattern.compile("(?i)^\\s*,?\\s*(?:which\\s+was\\s+|was\\s+)?dated\\s+");
	private static final Pattern TWEET = Pattern.compile("(?i)\\b(tweeted|posted\\s+on\\s+(twitter|x|facebook|instagram|linkedin|social\\s+media)|wrote\\s+on\\s+(twitter|x|facebook)|in\\s+a\\s+tweet)\\b");

	private static final Pattern DIED = Pattern.compile("(?i)\\b(died|dies|has\\s+died|passed\\s+away|took\\s+(?:his|her|their)\\s+own\\s+life|killed\\s+(?:himself|herself|themselves)|(?:was|were)\\s+found\\s+dead)\\b(?!\\s+(?:down|out|away|off)\\b)");
	private static final Pattern DEATH_OF = Pattern.compile("(?i)\\bdeath\\s+of\\s+(?:(?:[\\w-]+\\s+){0,2}?)(?=[A-Z])");
	private static final Pattern UNNAMED_PERSON = Pattern.compile("(?i)\\b(?:a|an|the|my|his|her|their|our)\\s+(?:[\\w-]+\\s+){0,2}?(man|woman|patient|mother|father|son|daughter|brother|sister|husband|wife|teenager|boy|girl|baby|child|pensioner|resident|prisoner|friend|grandmother|grandfather)\\s*(?:,[^,]{0,40},\\s*)?$");

	private static final Pattern RESIGNED = Pattern.compile("(?i)\\b(resigned|resigns|resign|resigning|stepped\\s+down|steps\\s+down|step\\s+down|stepping\\s+down|quit\\s+as|quits\\s+as|"
			+ "tender(?:ed|ing|s)?\\s+(?:his|her|their)\\s+resignation|announc(?:ed|es|ing)\\s+(?:his|her|their)\\s+resignation|hand(?:ed|s)?\\s+in\\s+(?:his|her|their)\\s+(?:resignation|notice))\\b"
			+ "(?!\\s+(?:to|himself|herself|themselves)\\b)");

	private static final Pattern INQUIRY = Pattern.compile("(?i)\\b(inquir(?:y|ies)|investigations?|reviews?|probes?|inquests?)\\b");
	private static final Pattern LAUNCH_BEFORE = Pattern.compile("(?i)\\b(launch(?:ed|es|ing)?|open(?:ed|s|ing)?|order(?:ed|s|ing)?|announc(?:ed|es|ing)|commission(?:ed|s|ing)?|set\\s+up|sets\\s+up|setting\\s+up|"
			+ "beg(?:an|un|in)|start(?:ed|s|ing)?|hold(?:s|ing)?|held|conduct(?:ed|s|ing)?|carr(?:ied|y|ies|ying)\\s+out)\\b");
	private static final Pattern LAUNCH_AFTER = Pattern.compile("(?i)^(?:\\s+(?:was|were|has\\s+been|have\\s+been|had\\s+been|is\\s+being|are\\s+being|will\\s+be|is\\s+to\\s+be|to\\s+be))?\\s+"
			+ "(launched|opened|ordered|announced|commissioned|set\\s+up|held|begun|started|carried\\s+out|conducted)\\b");

	private static final Pattern PUBLISHED = Pattern.compile("(?i)\\b(publish(?:ed|es|ing)?|releas(?:ed|es|ing))\\b");
	private static final Pattern PUBLICATION = Pattern.compile("(?i)\\b(publication)\\s+of\\s+(?:the|its|a|their|his|her)\\s+((?:[\\w'’-]+\\s+){0,5}?)reports?\\b|\\breports?\\s+(publication)\\b");
	private static final Pattern REPORT_OWNER = Pattern.compile("(?i)\\b(?:the|a|an|its|their|his|her)\\s+((?:[\\w'’-]+\\s+){0,4})$");

	private static final Pattern FOUNDED_PASSIVE = Pattern.compile("(?i)\\b(?:was|were|has\\s+been|had\\s+been|is\\s+to\\s+be|will\\s+be|being)\\s+(set\\s+up|founded|established|formed|created)\\b");
	private static final Pattern FOUNDED_ACTIVE = Pattern.compile("(?i)\\b(founded|set\\s+up|sets\\s+up|established|formed|launched)\\s+(?:the\\s+|a\\s+|an\\s+)?(?=[A-Z])");

	private static final Set<String> PLANNING = Set.of("scheduling", "scheduled", "arranged", "arranging", "planned", "planning", "plan", "plans");

	private final String text;
	private final Layout layout;
	private final List<Span> sentences;
	private final EntityTable table;
	private final Actors actors;
	private final List<Happening> found = new ArrayList<>();

	EventFinder(String text, Layout layout, List<Span> sentences, EntityTable table, Actors actors) {
		this.text = text;
		this.layout = layout;
		this.sentences = sentences;
		this.table = table;
		this.actors = actors;
	}

	List<Happening> find() {
		for (var sentence : sentences) {
			if (!readable(layout, sentence)) {
				continue;
			}
			int before = found.size();
			protests(sentence);
			meetings(sentence);
			letters(sentence);
			tweets(sentence);
			deaths(sentence);
			resignations(sentence);
			inquiries(sentence);
			publications(sentence);
			foundings(sentence);
			attendedBy(sentence);
			var mine = new ArrayList<>(found.subList(before, found.size()));
			mine.sort((a, b) -> a.trigger.start() - b.trigger.start());
			found.subList(before, found.size()).clear();
			found.addAll(mine);
			for (var h : mine) {
				h.links.stream().filter(l -> l.toEvent()).findFirst().ifPresent(l -> actors.remember(h.trigger.start(), l.entity()));
			}
		}
		return found;
	}

	/** Captions are read only when they are a linked article's headline ("READ MORE: ..."), with a doubt. */
	static boolean readable(Layout layout, Span sentence) {
		var p = layout.at(sentence.start());
		if (p == null || p.kind() != Layout.Kind.CAPTION) {
			return p != null;
		}
		return Lexicon.lower(layout.text(p)).startsWith("read more");
	}

	static boolean linkedHeadline(Layout layout, Span sentence) {
		var p = layout.at(sentence.start());
		return p != null && p.kind() == Layout.Kind.CAPTION;
	}

	// ---- protests

	private void protests(Span sentence) {
		var m = PROTEST.matcher(text).region(sentence.start(), sentence.end());
		while (m.find()) {
			var before = text.substring(sentence.start(), m.start());
			var after = text.substring(m.end(), sentence.end());
			if (before.matches("(?is).*\\b(?:in|without)\\s+$") || COPULA.matcher(before).find() || PROTEST_NOT_AFTER.matcher(after).find()
					|| unreal(before)) {
				continue; // "resigned in protest", "This is not a protest", "a protest vote", "demonstration of"
			}
			var hold = governor(HOLD_VERB, before);
			boolean held = hold != null && !DEFINITE.matcher(before).find();
			boolean framed = PROTEST_FRAME_AFTER.matcher(after).find() && !DEFINITE.matcher(before).find();
			if (!held && !framed) {
				continue;
			}
			var h = event("protest", sentence, m);
			h.status = status(before, held ? hold.word() : m.group());
			var doer = actors.subject(sentence, held ? sentence.start() + hold.start() : m.start());
			doer.entities().forEach(e -> h.link("ORGANISED", e, true, null, sentence, doer.doubt()));
			place(h, sentence, m.end());
		}
	}

	// ---- meetings

	private void meetings(Span sentence) {
		var verbs = MET.matcher(text).region(sentence.start(), sentence.end());
		while (verbs.find()) {
			var before = text.substring(sentence.start(), verbs.start());
			var verb = Lexicon.lower(verbs.group(1));
			if (BE_BEFORE.matcher(before).find() || unreal(before)) {
				continue; // "targets were met", "asked him to meet", "never met"
			}
			boolean planned = FUTURE.matcher(before).find();
			if (!verb.equals("met") && !planned) {
				continue; // "meet the needs of": a meeting only when it is arranged or planned
			}
			var object = new Span(verbs.end(), clauseEnd(verbs.end(), sentence));
			var others = actors.named(object);
			// whom they met opens the object: "met families", "meet with the minister"; not "meet the needs of patients"
			var head = OBJECT_HEAD.matcher(object.of(text));
			boolean people = head.find() && PEOPLE.matcher(head.group(1)).matches();
			boolean named = !others.entities().isEmpty() && text.substring(object.start(), Math.min(object.end(), object.start() + 40))
				.matches("(?s)^\\s+(?:with\\s+)?(?:[a-z-]+\\s+){0,3}?[A-Z].*");
			if (!named && !people) {
				continue;
			}
			var h = event("meeting", sentence, verbs);
			h.status = verb.equals("met") ? "happened" : "planned";
			var doer = actors.subject(sentence, verbs.start());
			doer.entities().forEach(e -> h.link("ATTENDED", e, true, null, sentence, doer.doubt()));
			var where = place(h, sentence, verbs.end());
			others.entities().stream().filter(e -> e != where).forEach(e -> h.link("ATTENDED", e, true, null, sentence, others.doubt()));
		}
		var nouns = MEETING.matcher(text).region(sentence.start(), sentence.end());
		while (nouns.find()) {
			var before = text.substring(sentence.start(), nouns.start());
			var after = text.substring(nouns.end(), sentence.end());
			var noun = Lexicon.lower(nouns.group(1));
			if (COPULA.matcher(before).find() || unreal(before) || DEFINITE.matcher(before).find() && !INDEFINITE.matcher(before).find()) {
				continue; // "This was a determined meeting", "the meeting": not a new one
			}
			var hold = governor(HOLD_VERB, before);
			boolean held = hold != null;
			boolean indefinite = INDEFINITE.matcher(before).find() || noun.endsWith("s") && !noun.equals("talks") && !noun.equals("discussions");
			boolean with = after.matches("(?is)^\\s+(?:[a-z-]+\\s+){0,2}?with\\b.*");
			if (noun.equals("meeting") || noun.equals("meetings") ? !(indefinite || held) : !(with && (indefinite || held))) {
				continue; // "talks" and "discussions" only with someone ("weekly talks with the nurses")
			}
			var h = event("meeting", sentence, nouns);
			var governor = held ? hold.word() : "";
			h.status = status(before, governor);
			int doerAt = held ? sentence.start() + hold.start() : nouns.start();
			var role = governor.startsWith("led") || governor.startsWith("lead") || governor.startsWith("chair") ? "CHAIRED"
					: PLANNING.contains(governor) || governor.startsWith("organi") || governor.startsWith("hold") || governor.equals("held")
							|| governor.startsWith("call") || governor.startsWith("conven") || governor.startsWith("host") || governor.startsWith("arrang")
							|| governor.startsWith("schedul") ? "ORGANISED" : "ATTENDED";
			if (held) {
				var doer = actors.subject(sentence, doerAt);
				doer.entities().forEach(e -> h.link(role, e, true, null, sentence, doer.doubt()));
			}
			else if (before.matches("(?is)^\\s*(?:during|at|in)\\s.*") && text.substring(nouns.end(), sentence.end()).contains(",")) {
				// "At a meeting of ..., X warned ...": the main clause's subject was there
				int comma = text.indexOf(',', nouns.end());
				var main = nextVerbSubject(sentence, comma + 1);
				main.entities().forEach(e -> h.link("ATTENDED", e, true, null, sentence, main.doubt()));
			}
			var object = new Span(nouns.end(), commaOrClauseEnd(nouns.end(), sentence));
			var others = actors.named(object);
			var where = place(h, sentence, nouns.end());
			others.entities().stream().filter(e -> e != where).forEach(e -> h.link("ATTENDED", e, true, null, sentence, others.doubt()));
		}
	}

	/** "The meeting was also attended by A, B and C": each attended the last such event found before. */
	private void attendedBy(Span sentence) {
		var m = ATTENDED_BY.matcher(text).region(sentence.start(), sentence.end());
		if (!m.find()) {
			return;
		}
		var kind = Lexicon.lower(m.group(1));
		var wanted = kind.equals("meeting") || kind.equals("event") ? "meeting" : "protest";
		// "was attended": one that happened, not one still planned
		var last = found.stream().filter(h -> h.kind.equals(wanted) && h.sentence().start() < sentence.start() && "happened".equals(h.status))
			.reduce((a, b) -> b).orElse(null);
		if (last == null) {
			return;
		}
		var rest = new Span(m.end(), clauseEndNoComma(m.end(), sentence));
		var who = actors.named(rest);
		who.entities().forEach(e -> last.link("ATTENDED", e, true, null, sentence, who.doubt()));
	}

	// ---- letters and tweets

	private void letters(Span sentence) {
		var wrote = WROTE_TO.matcher(text).region(sentence.start(), sentence.end());
		while (wrote.find()) {
			var before = text.substring(sentence.start(), wrote.start());
			if (unreal(before)) {
				continue;
			}
			boolean planned = FUTURE.matcher(before).find();
			if (Lexicon.lower(wrote.group(1)).equals("write") && !planned) {
				continue;
			}
			var to = actors.named(new Span(wrote.end(), clauseEndNoComma(wrote.end(), sentence)));
			if (to.entities().isEmpty()) {
				continue;
			}
			var h = event("letter", sentence, wrote);
			h.status = planned ? "planned" : "happened";
			var doer = actors.subject(sentence, wrote.start());
			doer.entities().forEach(e -> h.link("WROTE", e, true, null, sentence, doer.doubt()));
			h.link("SENT_TO", to.first(), false, null, sentence, to.doubt());
		}
		var letters = LETTER.matcher(text).region(sentence.start(), sentence.end());
		while (letters.find()) {
			if (found.stream().anyMatch(h -> h.kind.equals("letter") && h.sentence().equals(sentence))) {
				break; // "wrote to X ... in a letter": one letter
			}
			var before = text.substring(sentence.start(), letters.start());
			var after = text.substring(letters.end(), sentence.end());
			if (COPULA.matcher(before).find() || unreal(before)) {
				continue;
			}
			var to = Pattern.compile("(?i)^\\s+(?:(?:which\\s+was\\s+|was\\s+)?addressed\\s+)?to\\s+").matcher(after);
			boolean addressed = to.find();
			boolean definite = DEFINITE.matcher(before).find() && !INDEFINITE.matcher(before).find();
			var earlier = found.stream().filter(h -> h.kind.equals("letter") && h.sentence().start() < sentence.start()).reduce((a, b) -> b).orElse(null);
			if (definite && (earlier != null || !addressed)) {
				if (earlier != null) {
					backReference(earlier, sentence, new Span(letters.start(), letters.end()));
				}
				continue; // "the letter", "his letter": the one already found
			}
			if (!definite && !INDEFINITE.matcher(before).find() && !Lexicon.lower(letters.group(1)).equals("letters")) {
				continue;
			}
			var h = event("letter", sentence, letters);
			h.status = status(before, "");
			if (addressed) {
				var recipient = actors.named(new Span(letters.end() + to.end(), clauseEndNoComma(letters.end() + to.end(), sentence)));
				h.link("SENT_TO", recipient.first(), false, null, sentence, recipient.doubt());
			}
			var from = Pattern.compile("(?i)^\\s+(?:(?:co-)?signed\\s+by|from)\\s+").matcher(after);
			if (from.find()) {
				int at = letters.end() + from.end();
				var writers = actors.named(new Span(at, clauseEnd(at, sentence)));
				boolean signed = from.group().contains("signed");
				writers.entities().forEach(e -> h.link(signed ? "SIGNED" : "WROTE", e, true, null, sentence, writers.doubt()));
				signers(h, sentence, new Span(at, clauseEnd(at, sentence)), signed);
			}
			else {
				var owner = Pattern.compile("['’]s?\\s+(?:[a-z-]+\\s+){0,1}$").matcher(before);
				if (owner.find()) {
					var writer = table.at(new Span(Math.max(sentence.start(), sentence.start() + owner.start() - 60), sentence.start() + owner.start()));
					h.link("WROTE", writer, true, null, sentence, null);
				}
			}
		}
	}

	/** Signatories named only collectively ("140 of its doctors") are a group when the statements made one of them. */
	private void signers(Happening h, Span sentence, Span phrase, boolean signed) {
		for (var e : table.entities) {
			if (e.group && e.first != null && phrase.overlaps(e.first)) {
				h.link(signed ? "SIGNED" : "WROTE", e, true, null, sentence, null);
			}
		}
	}

	/** "In her letter, dated Monday, March 4": the letter already found gets the date, and the sentence as a mention. */
	private void backReference(Happening earlier, Span sentence, Span word) {
		int after = word.end();
		var dated = DATED.matcher(text.substring(after, sentence.end()));
		if (dated.find() && earlier.mentions.stream().noneMatch(s -> s.equals(sentence))) {
			earlier.mention(sentence, word);
			earlier.datedBy = new Span(after + dated.end(), sentence.end());
		}
	}

	private void tweets(Span sentence) {
		var m = TWEET.matcher(text).region(sentence.start(), sentence.end());
		while (m.find()) {
			var before = text.substring(sentence.start(), m.start());
			if (unreal(before)) {
				continue;
			}
			var where = m.group(2) != null ? m.group(2) : m.group(3);
			var kind = where == null || Lexicon.lower(where).matches("twitter|x") ? "tweet" : "post";
			var h = event(kind, sentence, m);
			h.status = FUTURE.matcher(before).find() ? "planned" : "happened";
			var doer = actors.subject(sentence, m.start());
			doer.entities().forEach(e -> h.link("WROTE", e, true, null, sentence, doer.doubt()));
		}
	}

	// ---- deaths and resignations

	private void deaths(Span sentence) {
		var m = DIED.matcher(text).region(sentence.start(), sentence.end());
		while (m.find()) {
			var before = text.substring(sentence.start(), m.start());
			if (unreal(before) || FUTURE.matcher(before).find()) {
				continue; // "could die", "will die": not a death
			}
			var doer = actors.subject(sentence, m.start());
			var person = doer.entities().stream().filter(ArticleEntity::person).findFirst().orElse(null);
			var unnamed = UNNAMED_PERSON.matcher(before);
			if (person == null && !unnamed.find()) {
				continue; // a death is someone's: "hopes died", "the scheme died" are not
			}
			death(sentence, m, person, doer.doubt(), person == null ? unnamed.group().strip() : null);
		}
		var of = DEATH_OF.matcher(text).region(sentence.start(), sentence.end());
		while (of.find()) {
			var person = table.at(new Span(of.end(), Math.min(sentence.end(), of.end() + 1)));
			if (person != null && person.person() && !unreal(text.substring(sentence.start(), of.start()))) {
				death(sentence, of, person, null, null);
			}
		}
	}

	private void death(Span sentence, Matcher m, ArticleEntity person, String doubt, String unnamed) {
		if (person != null && found.stream().anyMatch(h -> h.kind.equals("death") && h.linked("DIED_IN").contains(person))) {
			return; // one death a person: "... but died on the journey home" tells the same one again
		}
		var h = event("death", sentence, m);
		h.status = "happened";
		h.link("DIED_IN", person, true, null, sentence, doubt);
		if (unnamed != null) {
			h.doubts.add("the person who died is not named (\"" + unnamed + "\")");
		}
		place(h, sentence, m.end());
	}

	private void resignations(Span sentence) {
		var m = RESIGNED.matcher(text).region(sentence.start(), sentence.end());
		while (m.find()) {
			var before = text.substring(sentence.start(), m.start());
			if (unreal(before)) {
				continue; // "refused to resign", "calls for him to step down"
			}
			var word = Lexicon.lower(m.group(1));
			boolean base = word.equals("resign") || word.startsWith("step down");
			boolean planned = FUTURE.matcher(before).find();
			if (base && !planned) {
				continue;
			}
			var doer = actors.subject(sentence, m.start());
			if (doer.entities().isEmpty()) {
				continue;
			}
			var h = event("resignation", sentence, m);
			h.status = planned ? "planned" : "happened";
			doer.entities().forEach(e -> h.link("INVOLVED", e, false, "resigned", sentence, doer.doubt()));
			var from = Pattern.compile("(?i)^\\s+(?:from|as\\s+(?:[\\w-]+\\s+){0,4}?(?:of|at))\\s+").matcher(text.substring(m.end(), sentence.end()));
			if (from.find()) {
				var left = actors.named(new Span(m.end() + from.end(), clauseEnd(m.end() + from.end(), sentence)));
				left.entities().stream().filter(e -> e.organisation()).findFirst()
					.ifPresent(e -> h.link("INVOLVED", e, false, "left", sentence, left.doubt()));
			}
		}
	}

	// ---- inquiries, reports, foundings

	private void inquiries(Span sentence) {
		var m = INQUIRY.matcher(text).region(sentence.start(), sentence.end());
		while (m.find()) {
			var before = text.substring(sentence.start(), m.start());
			var after = text.substring(m.end(), sentence.end());
			var launchedBefore = governor(LAUNCH_BEFORE, before);
			boolean earlier = launchedBefore != null;
			var launchedAfter = LAUNCH_AFTER.matcher(after);
			boolean later = launchedAfter.find();
			if (!earlier && !later || unreal(before) || Character.isUpperCase(m.group().charAt(0)) && m.start() > sentence.start()) {
				continue; // "called for an inquiry" is a call; "the Public Inquiry" is a name
			}
			var word = Lexicon.lower(m.group(1));
			var kind = word.startsWith("inquir") ? "inquiry" : word.startsWith("investigation") || word.startsWith("probe") ? "investigation"
					: word.startsWith("inquest") ? "inquest" : "review";
			var h = event(kind, sentence, m);
			h.status = FUTURE.matcher(before).find() || later && launchedAfter.group().matches("(?is).*\\b(?:will|to)\\s+be\\b.*") ? "planned" : "happened";
			if (earlier) {
				var doer = actors.subject(sentence, sentence.start() + launchedBefore.start());
				doer.entities().forEach(e -> h.link("INVOLVED", e, false, "launched", sentence, doer.doubt()));
			}
			int from = later ? m.end() + launchedAfter.end() : m.end();
			// what it is into may follow its purpose: "launched to get to the bottom of failings at X"
			var about = actors.named(new Span(m.end(), clauseEndNoComma(from, sentence)));
			about.entities().forEach(e -> h.link("ABOUT", e, false, null, sentence, about.doubt()));
		}
	}

	private void publications(Span sentence) {
		var noun = PUBLICATION.matcher(text).region(sentence.start(), sentence.end());
		if (noun.find() && !unreal(text.substring(sentence.start(), noun.start()))) {
			boolean of = noun.group(1) != null;
			var word = of ? new Span(noun.start(1), noun.end(1)) : new Span(noun.start(3), noun.end(3));
			var h = event("report-publication", sentence, word);
			h.status = status(text.substring(sentence.start(), noun.start()), "");
			if (of) {
				publisher(h, sentence, new Span(noun.start(2), noun.end(2)));
			}
			else {
				// "the Care Standards Commission report publication": the words between the determiner and "report"
				var owner = REPORT_OWNER.matcher(text.substring(Math.max(sentence.start(), noun.start() - 80), noun.start()));
				if (owner.find()) {
					int base = Math.max(sentence.start(), noun.start() - 80);
					publisher(h, sentence, new Span(base + owner.start(1), base + owner.end(1)));
				}
			}
			return;
		}
		var verb = PUBLISHED.matcher(text).region(sentence.start(), sentence.end());
		while (verb.find()) {
			var near = text.substring(Math.max(sentence.start(), verb.start() - 40), Math.min(sentence.end(), verb.end() + 40));
			var before = text.substring(sentence.start(), verb.start());
			if (!Lexicon.lower(near).matches("(?s).*\\breports?\\b.*") || unreal(before)) {
				continue;
			}
			var h = event("report-publication", sentence, verb);
			h.status = FUTURE.matcher(before).find() ? "planned" : "happened";
			var doer = actors.subject(sentence, verb.start());
			doer.entities().stream().filter(x -> !x.person()).forEach(x -> h.link("INVOLVED", x, false, "published", sentence, doer.doubt()));
			if (h.links.isEmpty()) {
				var by = Pattern.compile("(?i)^\\s+by\\s+").matcher(text.substring(verb.end(), sentence.end()));
				if (by.find()) {
					var who = actors.named(new Span(verb.end() + by.end(), clauseEnd(verb.end() + by.end(), sentence)));
					h.link("INVOLVED", who.first(), false, "published", sentence, who.doubt());
				}
			}
			break;
		}
	}

	/** The body whose report it is: the organisation named in "the Care Standards Commission report", "the Commission's report". */
	private void publisher(Happening h, Span sentence, Span phrase) {
		var who = actors.named(phrase);
		who.entities().stream().filter(e -> e.organisation()).findFirst().ifPresent(e -> h.link("INVOLVED", e, false, "published", sentence, who.doubt()));
	}

	private void foundings(Span sentence) {
		var passive = FOUNDED_PASSIVE.matcher(text).region(sentence.start(), sentence.end());
		while (passive.find()) {
			var before = text.substring(sentence.start(), passive.start());
			if (unreal(before)) {
				continue;
			}
			var founded = actors.subject(sentence, passive.start());
			var organisation = founded.entities().stream().filter(e -> e.organisation()).findFirst().orElse(null);
			if (organisation == null) {
				continue; // "the facts were established": only an organisation is founded
			}
			var h = event("founding", sentence, passive);
			h.status = passive.group().matches("(?is).*\\b(?:is\\s+to|will)\\b.*") ? "planned" : "happened";
			h.link("ESTABLISHED", organisation, false, null, sentence, founded.doubt());
			var by = Pattern.compile("(?i)^\\s+by\\s+").matcher(text.substring(passive.end(), sentence.end()));
			if (by.find()) {
				var who = actors.named(new Span(passive.end() + by.end(), clauseEnd(passive.end() + by.end(), sentence)));
				who.entities().forEach(e -> h.link("INVOLVED", e, false, "founded", sentence, who.doubt()));
			}
		}
		var active = FOUNDED_ACTIVE.matcher(text).region(sentence.start(), sentence.end());
		while (active.find()) {
			var organisation = table.byOffset.get(active.end());
			if (organisation == null || !organisation.organisation() || unreal(text.substring(sentence.start(), active.start()))) {
				continue;
			}
			var h = event("founding", sentence, active);
			h.status = FUTURE.matcher(text.substring(sentence.start(), active.start())).find() ? "planned" : "happened";
			h.link("ESTABLISHED", organisation, false, null, sentence, null);
			var doer = actors.subject(sentence, active.start());
			doer.entities().forEach(e -> h.link("INVOLVED", e, false, "founded", sentence, doer.doubt()));
		}
	}

	// ---- shared

	private Happening event(String kind, Span sentence, Matcher m) {
		return event(kind, sentence, new Span(m.start(), m.end()));
	}

	private Happening event(String kind, Span sentence, Span word) {
		var h = new Happening(Happening.Label.EVENT, kind, sentence, word);
		if (linkedHeadline(layout, sentence)) {
			h.doubts.add("told only in the headline of a linked article");
		}
		found.add(h);
		return h;
	}

	/** Where it took place ("outside X", "at X", "in X"), linked, or null; a venue is not also a participant. */
	private ArticleEntity place(Happening h, Span sentence, int from) {
		var where = actors.place(new Span(from, clauseEnd(from, sentence)));
		if (where != null && h.links.stream().noneMatch(l -> l.entity() == where)) {
			h.link("TOOK_PLACE_AT", where, false, null, sentence, null);
		}
		return where;
	}

	/** A verb that holds an event's noun ("staged two days of protests"): the last one, at most five words before it. */
	record Governor(int start, String word) {
	}

	static Governor governor(Pattern verbs, String before) {
		var m = verbs.matcher(before);
		Governor last = null;
		int end = 0;
		while (m.find()) {
			last = new Governor(m.start(), Lexicon.lower(m.group(1)).replaceAll("\\s+", " "));
			end = m.end();
		}
		if (last == null) {
			return null;
		}
		var between = before.substring(end).strip();
		return between.split("\\s+").length <= 5 && !between.matches("(?s).*[.,;:!?].*") ? last : null;
	}

	/**
	 * Planned when the words before it say it is to come ("plans to", "will", "agreed to"), happened when its verb is
	 * past; otherwise happened, as news tells mostly what has happened.
	 */
	static String status(String before, String verb) {
		if (FUTURE.matcher(before).find() || PLANNING.contains(Lexicon.lower(verb))) {
			return "planned";
		}
		return "happened";
	}

	/** Wished for, asked for, denied or only possible, in the words just before. */
	static boolean unreal(String before) {
		return UNREAL.matcher(before).find();
	}

	/** The doer of the first verb after {@code from}: "..., Millbrook MP Rosa Field warned". */
	private Actors.Actor nextVerbSubject(Span sentence, int from) {
		var verb = Pattern.compile("\\b[a-z]+ed\\b|\\b(?:said|says|told|met|led|spoke|was|were)\\b").matcher(text).region(Math.min(from, sentence.end()), sentence.end());
		return verb.find() ? actors.subject(new Span(from, sentence.end()), verb.start()) : Actors.Actor.NONE;
	}

	/** Where the phrase after an event's word ends: a clause break, or a comma. */
	private int commaOrClauseEnd(int from, Span sentence) {
		int end = clauseEnd(from, sentence);
		int comma = text.indexOf(',', from);
		return comma >= 0 && comma < end ? comma : end;
	}

	private int clauseEnd(int from, Span sentence) {
		if (from >= sentence.end()) {
			return sentence.end();
		}
		var m = CLAUSE_END.matcher(text).region(from, sentence.end());
		return m.find() ? m.start() : sentence.end();
	}

	/** A clause end that lets a list of names run on over its commas ("attended by A, B and C"). */
	private int clauseEndNoComma(int from, Span sentence) {
		if (from >= sentence.end()) {
			return sentence.end();
		}
		var m = Pattern.compile("[.;:!?]|,\\s+(?:who|which|whom|where|when|saying|warning|but|while)\\b").matcher(text).region(from, sentence.end());
		return m.find() ? m.start() : sentence.end();
	}

}

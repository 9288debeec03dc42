package org.accountabilitygraph.generate;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import org.accountabilitygraph.generate.World.Inspection;
import org.accountabilitygraph.generate.World.Person;
import org.accountabilitygraph.generate.World.Term;
import org.accountabilitygraph.generate.World.Trust;

/**
 * Writes one synthetic article and its facts from the article's number alone (and the seed, and the
 * world), so articles can be written in any order, on any thread, and come out the same. Each article is
 * about one trust, chosen on a Zipf curve; it reports an inspection, a criticism, a protest, an MP's letter,
 * a change of chief executive or a death, and then its statements, each by a speaker chosen on a Zipf curve
 * among those who would speak on it.
 */
final class ArticleGenerator {

	enum Kind { INSPECTION, CRITICISM, PROTEST, LETTER, LEADERSHIP, DEATH }

	private static final Kind[] KINDS = Kind.values();
	private static final double[] KIND_WEIGHTS = { 0.22, 0.34, 0.12, 0.10, 0.10, 0.12 };

	enum Voice { LEADER, CHAIR, TRUST, TRUST_SPOKESPERSON, AREA_MP, NATIONAL_MP, MINISTER, DEPARTMENT, CAMPAIGN, OFFICIAL, FAMILY }

	private static final Voice[] VOICES = Voice.values();
	/** How often each voice speaks in each kind of article (columns in the order of {@link Voice}). */
	private static final int[][] VOICE_WEIGHTS = {
		{ 3, 1, 1, 1, 2, 1, 1, 0, 2, 3, 0 }, // inspection
		{ 2, 1, 1, 2, 4, 3, 1, 1, 2, 0, 0 }, // criticism
		{ 2, 0, 0, 1, 2, 1, 0, 0, 5, 0, 0 }, // protest
		{ 1, 0, 0, 1, 2, 1, 2, 1, 1, 0, 0 }, // letter
		{ 4, 2, 0, 1, 2, 1, 0, 0, 1, 0, 0 }, // leadership
		{ 1, 0, 0, 3, 2, 1, 0, 0, 1, 0, 4 }, // death
	};

	private static final List<String> ISSUES = List.of("long waits for treatment", "a shortage of inpatient beds",
			"staff shortages on its wards", "patients sent hundreds of miles from home for care",
			"the way it handles complaints", "safety on its wards", "the number of unexpected deaths among its patients",
			"cuts to community mental health teams", "waiting times for children's mental health services",
			"its use of agency staff");

	/** A critical quotation and the summary of its criticism ({t}: the trust, {area}: its area). */
	private static final List<String[]> CRITICAL = List.of(
			new String[] { "{t} is failing the people it exists to care for.", "failing the people it exists to care for" },
			new String[] { "Patients and their families deserve far better than {t} has given them.", "patients deserve far better" },
			new String[] { "{t} has had years to put this right, and it has not done so.", "has had years to put this right" },
			new String[] { "I have lost all confidence in the way {t} is run.", "lost confidence in the way it is run" },
			new String[] { "The situation at {t} is simply not acceptable.", "the situation is not acceptable" },
			new String[] { "Too many families in {area} have been let down by {t}.", "families let down" },
			new String[] { "Every week I hear from people who cannot get the help they need from {t}.", "people cannot get the help they need" },
			new String[] { "The staff at {t} are doing their best, but the people running it are not.", "the people running it are not doing their best" },
			new String[] { "{t} keeps promising improvements that never arrive.", "improvements promised that never arrive" },
			new String[] { "What has happened at {t} is a scandal.", "a scandal" });

	/** Reported criticism: the words reported, and the summary. */
	private static final List<String[]> CRITICAL_REPORTED = List.of(
			new String[] { "{t} had failed to act on repeated warnings", "failed to act on repeated warnings" },
			new String[] { "patients in {area} had been let down for too long", "patients let down for too long" },
			new String[] { "the trust's leaders had lost the confidence of their staff", "leaders lost the confidence of staff" },
			new String[] { "{t} was not learning from its mistakes", "not learning from its mistakes" },
			new String[] { "waiting times at {t} had become dangerous", "dangerous waiting times" });

	/** A call for action: the quotation, the action in its words, and whom it is addressed to. */
	private static final List<String[]> CALLS = List.of(
			new String[] { "The {department} must step in at {t} now.", "the {department} must step in", "department" },
			new String[] { "{t} needs new leadership, and it needs it now.", "new leadership", "trust" },
			new String[] { "I am calling on the health secretary to order an independent inquiry into {t}.",
				"an independent inquiry into {t}", "secretary" },
			new String[] { "The board of {t} should resign.", "the board of {t} should resign", "board" },
			new String[] { "The mental health minister must give {t} the money it needs to recruit more staff.",
				"give {t} the money it needs to recruit more staff", "minister" },
			new String[] { "{t} must publish a plan to cut its waiting times.", "publish a plan to cut its waiting times", "trust" },
			new String[] { "The {inspectorate} must go back into {t} and inspect it again.", "go back into {t} and inspect it again",
				"inspectorate" });

	private static final List<String> RESPONSES = List.of(
			"We accept the findings in full and we are sorry for the times we have let patients down.",
			"We have already made changes, and we are determined to make more.",
			"Our staff work incredibly hard in very difficult circumstances, and I want to thank them.",
			"We are recruiting more nurses and opening new beds this year.",
			"We know we have more to do, and we will not rest until every patient gets the care they deserve.",
			"We are listening to patients and families, and their experiences are shaping our plans.",
			"Demand for our services has never been higher, and we are working with partners across {area} to meet it.");

	/**
	 * The words of the templates above that promise what will be done, marked as the statement's {@code commitments}
	 * wherever a statement uses them (a few of the responses and government lines; see cypher/MODEL.md).
	 */
	private static final List<String> PROMISES = List.of("we are determined to make more",
			"we will not rest until every patient gets the care they deserve", "we will make sure they get it");

	private static final List<String> RESPONSES_REPORTED = List.of(
			"the trust had accepted the findings and was working hard to improve",
			"the trust was recruiting more staff and opening new beds",
			"the trust was sorry for the distress caused to patients and families");

	/** An inspector's finding, and its summary when it is a criticism (null: praise). */
	private static final List<String[]> FINDINGS = List.of(
			new String[] { "We found that {t} had not made enough progress since our last inspection.", "not enough progress since the last inspection" },
			new String[] { "Patients told us that they did not always feel safe on the wards at {t}.", "patients did not always feel safe" },
			new String[] { "We saw real improvements at {t}, and staff should be proud of them.", null },
			new String[] { "The leadership of {t} must now act quickly on what we found.", "must act quickly on the findings" },
			new String[] { "There are still too many vacancies at {t}, and that affects the care patients receive.", "too many vacancies" });

	private static final List<String> GOVERNMENT = List.of(
			"We are monitoring the situation at {t} very closely.",
			"I have asked officials to support {t} to make the improvements it needs.",
			"We have given mental health services record funding, and we expect to see results at {t}.",
			"Patients in {area} deserve safe and effective care, and we will make sure they get it.");

	private static final List<String[]> FAMILY = List.of(
			new String[] { "We were told {they} was safe, and {they} was not.", "told the patient was safe" },
			new String[] { "We want answers from {t} about what happened.", "no answers about what happened" },
			new String[] { "Nobody at {t} listened to us when we raised the alarm.", "did not listen when the family raised the alarm" });

	private static final List<String> PRAISE = List.of(
			"I welcome the progress {t} has made, but there is still a long way to go.",
			"I met staff at {t} this week, and their commitment to their patients is clear.");

	private static final List<String> MUST_DO = List.of("reduce the use of restraint on its wards",
			"make sure there are enough qualified staff on every shift", "improve the way it assesses risks to patients",
			"cut waiting times for assessment");

	private final World world;
	private final long seed;
	private final Zipf trustRanks;
	private final Zipf mpRanks;

	ArticleGenerator(World world, long seed) {
		this.world = world;
		this.seed = seed;
		// Exponents chosen so that the top tenth of trusts draws about half the criticism, and a few dozen MPs
		// of 650 say most of what MPs say.
		this.trustRanks = new Zipf(world.trusts.size(), 1.1);
		this.mpRanks = new Zipf(world.mps.size(), 1.1);
	}

	/** The article's short id: a bijection of its number, so no two articles of a seed share one. */
	String shortId(int index) {
		int x = index ^ (int) (seed * 0x9E3779B97F4A7C15L >>> 32);
		x ^= x >>> 16;
		x *= 0x85EBCA6B;
		x ^= x >>> 13;
		x *= 0xC2B2AE35;
		x ^= x >>> 16;
		return "%08x".formatted(x);
	}

	/** Article {@code index} with {@code statements} statements. */
	ArticleBuilder article(int index, int statements) {
		var random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index);
		return new Draft(index, statements, random).write();
	}

	/** What one article is being written from. */
	private final class Draft {
		final int index;
		final int statements;
		final SplittableRandom random;
		final ArticleBuilder b;
		final Trust trust;
		Kind kind;
		LocalDate date;
		String dateText;
		Inspection inspection;
		Term newChief;
		Term oldChief;
		/** The event the statements were made at (a protest, a letter), and whose statements it holds. */
		String eventId;
		World.Mp letterWriter;
		String familyId;
		String pronoun;
		final java.util.Set<Object> used = new java.util.HashSet<>();

		Draft(int index, int statements, SplittableRandom random) {
			this.index = index;
			this.statements = statements;
			this.random = random;
			this.b = new ArticleBuilder(shortId(index));
			this.trust = world.trusts.get(trustRanks.sample(random));
		}

		ArticleBuilder write() {
			chooseKind();
			b.paragraph("Synthetic article " + (index + 1) + " of a national graph generated by accountability-graph "
					+ "(tools/generate, seed " + seed + "): every person, organisation and event in it is invented.");
			var outlet = random.nextInt(4) == 0 ? world.nationalOutlets.get(new Zipf(world.nationalOutlets.size(), 1).sample(random))
					: trust.outlets.get(random.nextInt(trust.outlets.size()));
			var journalist = outlet.journalists().get(new Zipf(outlet.journalists().size(), 1).sample(random)).person();
			var role = outlet.journalists().stream().filter(t -> t.person() == journalist).findFirst().get().role();
			var byline = b.paragraph("By " + journalist.name() + ", " + role + " at " + the(outlet.entity().name()) + ".");
			b.mention(journalist.id(), byline);
			b.mention(outlet.entity().id(), byline);
			b.fact("REPORTED_ON", journalist.id(), b.articleId, byline, "role", role);
			b.fact("WORKS_FOR", journalist.id(), outlet.entity().id(), byline, "role", role);
			b.fact("PUBLISHED", outlet.entity().id(), b.articleId, byline);
			var title = switch (kind) {
				case INSPECTION -> inspectionContext();
				case CRITICISM -> criticismContext();
				case PROTEST -> protestContext();
				case LETTER -> letterContext();
				case LEADERSHIP -> leadershipContext();
				case DEATH -> deathContext();
			};
			b.alias(trust.id(), trust.acronym);
			for (int s = 0; s < statements; s++) {
				statement(s);
			}
			b.title = title;
			b.publisher = outlet.entity().name();
			b.date = date.toString();
			return b;
		}

		private void chooseKind() {
			double u = random.nextDouble();
			int k = 0;
			while (k < KINDS.length - 1 && u >= KIND_WEIGHTS[k]) {
				u -= KIND_WEIGHTS[k++];
			}
			kind = KINDS[k];
			date = World.START.plusDays(random.nextInt((int) (World.END.toEpochDay() - World.START.toEpochDay()) + 1));
			if (kind == Kind.INSPECTION) {
				if (trust.inspections.isEmpty()) {
					kind = Kind.CRITICISM;
				}
				else {
					// reported when its report comes out, one to three months after the visit
					inspection = trust.inspections.get(random.nextInt(trust.inspections.size()));
					date = inspection.date().plusDays(30 + random.nextInt(60));
				}
			}
			if (kind == Kind.PROTEST && trust.campaign == null) {
				kind = Kind.CRITICISM;
			}
			if (kind == Kind.LEADERSHIP) {
				var changes = trust.chiefExecutives.stream().filter(t -> t.start().isAfter(World.START)).toList();
				if (changes.isEmpty()) {
					kind = Kind.CRITICISM;
				}
				else {
					newChief = changes.get(random.nextInt(changes.size()));
					oldChief = trust.chiefExecutives.get(trust.chiefExecutives.indexOf(newChief) - 1);
					date = newChief.start().plusDays(random.nextInt(45));
				}
			}
			if (date.isAfter(World.END)) {
				date = World.END;
			}
			if (kind != Kind.INSPECTION) {
				inspection = trust.inspectionBefore(date.minusDays(30));
			}
		}

		private String trustIntro() {
			return trust.name() + " (" + trust.acronym + ")";
		}

		private String inspectionContext() {
			var regulator = world.inspectorate;
			var lead = b.paragraph(trustIntro() + " has been rated '" + inspection.overall() + "' by the "
					+ regulator.entity().name() + " following an inspection in " + World.monthYear(inspection.date()) + ".");
			var id = inspection.entity().id();
			b.mention(trust.id(), lead);
			b.mention(regulator.entity().id(), lead);
			b.mention(id, lead);
			b.fact("CONDUCTED", regulator.entity().id(), id, lead);
			b.fact("INSPECTED", id, trust.id(), lead);
			b.fact("RATED", id, trust.id(), lead, "domain", "overall", "rating", inspection.overall());
			var ratings = new StringBuilder("Inspectors rated " + trust.acronym);
			var domains = World.DOMAINS;
			for (int i = 0; i < domains.size(); i++) {
				ratings.append(i == 0 ? " '" : i == domains.size() - 1 ? " and '" : ", '")
					.append(inspection.domains().get(domains.get(i))).append("' for being ").append(domains.get(i));
			}
			var detail = b.paragraph(ratings.append('.').toString());
			for (var domain : domains) {
				b.fact("RATED", id, trust.id(), detail, "domain", domain, "rating", inspection.domains().get(domain));
			}
			var decision = inspection.decision();
			if (decision != null && !date.isBefore(decision.date())) {
				var what = switch (decision.outcome()) {
					case "placed" -> "placed in";
					case "remains" -> "kept in";
					default -> "taken out of";
				};
				var oversight = world.oversight.entity();
				var said = b.sentence("As a result, the trust was " + what + " special measures by the " + oversight.name()
						+ " in " + World.monthYear(decision.date()) + ".");
				b.mention(decision.entity().id(), said);
				b.mention(oversight.id(), said);
				b.fact("DECIDED", oversight.id(), decision.entity().id(), said);
				b.fact("CONCERNS", decision.entity().id(), trust.id(), said);
				b.fact("FOLLOWED", decision.entity().id(), id, said);
			}
			if (random.nextBoolean()) {
				var action = MUST_DO.get(random.nextInt(MUST_DO.size()));
				var said = b.paragraph("The report said " + trust.acronym + " must " + action + ".");
				var actionId = "must-do-" + b.shortId + "-1";
				b.local(actionId, List.of("MustDoAction"), said, World.props("text", action, "ordinal", 1L));
				b.fact("REQUIRED", id, actionId, said);
				b.fact("CONCERNS", actionId, trust.id(), said);
			}
			return lead;
		}

		private String criticismContext() {
			var issue = ISSUES.get(random.nextInt(ISSUES.size()));
			var lead = b.paragraph("Concerns are growing at " + trustIntro() + " over " + issue + ".");
			b.mention(trust.id(), lead);
			var town = trust.town.name();
			var context = b.sentence(trust.acronym + ", which is based in " + town + ", provides mental health care across "
					+ trust.area + ".");
			b.mention(trust.town.id(), context);
			if (inspection != null) {
				var rated = b.paragraph("It was rated '" + inspection.overall() + "' at its last inspection, in "
						+ World.monthYear(inspection.date()) + ".");
				b.mention(inspection.entity().id(), rated);
				b.fact("RATED", inspection.entity().id(), trust.id(), rated, "domain", "overall", "rating", inspection.overall());
			}
			return lead;
		}

		private String protestContext() {
			var campaign = trust.campaign.entity();
			int daysBefore = 1 + random.nextInt(6);
			var day = date.minusDays(daysBefore).getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.UK);
			var lead = b.paragraph("Campaigners from " + theCampaign(campaign.name()) + " held a protest outside the headquarters of "
					+ trustIntro() + " in " + trust.town.name() + " on " + day + ".");
			eventId = "protest-" + b.shortId;
			b.mention(campaign.id(), lead);
			b.mention(trust.id(), lead);
			b.mention(trust.town.id(), lead);
			b.local(eventId, List.of("Event"), lead, World.props("name", "Protest outside the headquarters of "
					+ trust.acronym + " in " + trust.town.name(), "kind", "protest", "status", "happened", "date",
					date.minusDays(daysBefore).toString(), "datePrecision", "day", "dateText", "on " + day));
			b.fact("ORGANISED", campaign.id(), eventId, lead);
			b.fact("TOOK_PLACE_AT", eventId, trust.town.id(), lead);
			b.fact("ABOUT", eventId, trust.id(), lead);
			b.sentence("They were protesting about " + ISSUES.get(random.nextInt(ISSUES.size())) + ".");
			return lead;
		}

		private String letterContext() {
			var mp = trust.mps.get(new Zipf(trust.mps.size(), 1).sample(random));
			var office = random.nextBoolean() ? world.mentalHealthMinister : world.secretaryOfState;
			var minister = office.holder(date);
			var officeName = (String) ((List<?>) office.entity().properties().get("aliases")).get(0);
			var lead = b.paragraph(mp.person().name() + ", the " + mp.party().entity().name() + " MP for "
					+ mp.constituency().name() + ", has written to the " + officeName + ", " + minister.person().name()
					+ ", about " + ISSUES.get(random.nextInt(ISSUES.size())) + " at " + trustIntro() + ".");
			introduceMp(mp, lead);
			b.mention(minister.person().id(), lead);
			b.mention(office.entity().id(), lead);
			b.mention(trust.id(), lead);
			b.fact("HOLDS_OFFICE", minister.person().id(), office.entity().id(), lead, "roleAsWritten", officeName,
					"status", "current", "asOf", date.toString());
			int daysBefore = 1 + random.nextInt(6);
			eventId = "letter-" + b.shortId;
			letterWriter = mp;
			b.local(eventId, List.of("Event"), lead, World.props("name", "Letter from " + mp.person().name() + " to the "
					+ officeName + " about " + trust.acronym, "kind", "letter", "status", "happened", "date",
					date.minusDays(daysBefore).toString(), "datePrecision", "day"));
			b.fact("WROTE", mp.person().id(), eventId, lead);
			b.fact("SENT_TO", eventId, minister.person().id(), lead);
			b.fact("ABOUT", eventId, trust.id(), lead);
			return lead;
		}

		private String leadershipContext() {
			var lead = b.paragraph(newChief.person().name() + " has taken over as chief executive of " + trustIntro()
					+ ", succeeding " + oldChief.person().name() + ".");
			var since = b.sentence(newChief.person().shortName() + " took up the post in "
					+ World.monthYear(newChief.start()) + ".");
			b.mention(newChief.person().id(), lead);
			b.alias(newChief.person().id(), newChief.person().shortName());
			b.mention(oldChief.person().id(), lead);
			b.mention(trust.id(), lead);
			b.fact("LEADS", newChief.person().id(), trust.id(), lead + " " + since, "role", "chief executive",
					"roleAsWritten", "chief executive", "status", "new", "asOf", date.toString(), "startDate",
					newChief.start().toString().substring(0, 7));
			b.fact("LEADS", oldChief.person().id(), trust.id(), lead + " " + since, "role", "chief executive",
					"roleAsWritten", "chief executive", "status", "former", "asOf", date.toString(), "endDate",
					newChief.start().toString().substring(0, 7));
			return lead;
		}

		private String deathContext() {
			boolean woman = random.nextBoolean();
			var firstNames = woman ? Names.WOMEN : Names.MEN;
			var first = firstNames.get(random.nextInt(firstNames.size()));
			var name = first + " " + Names.SURNAMES.get(random.nextInt(Names.SURNAMES.size()));
			pronoun = woman ? "she" : "he";
			var patientId = Names.slug(name) + "-" + b.shortId;
			familyId = "family-of-" + patientId;
			var lead = b.paragraph("The family of " + name + ", who died while in the care of " + trustIntro()
					+ ", have criticised the trust.");
			var died = date.minusDays(20 + random.nextInt(400));
			int age = 19 + random.nextInt(60);
			var when = b.sentence(first + ", " + age + ", died in " + World.monthYear(died) + ".");
			var deathId = "death-of-" + patientId;
			b.mention(trust.id(), lead);
			b.local(patientId, List.of("Person"), lead, World.props("name", name, "age", (long) age));
			b.local(familyId, List.of("Group"), lead, World.props("name", "The family of " + name));
			b.local(deathId, List.of("Event"), when, World.props("name", "Death of " + name, "kind", "death", "status",
					"happened", "date", died.toString().substring(0, 7), "datePrecision", "month"));
			b.fact("DIED_IN", patientId, deathId, when);
			b.fact("INVOLVED", deathId, trust.id(), lead, "role", "the trust caring for the patient");
			b.fact("CRITICISED", familyId, trust.id(), lead, "summary", "criticised the trust after the death");
			return lead;
		}

		/** One statement, in a paragraph of its own. */
		private void statement(int number) {
			boolean inLetter = number == 0 && letterWriter != null;
			var voice = inLetter ? Voice.AREA_MP : voice();
			var speaker = inLetter ? person(letterWriter.person(), null, null, evidence -> { }) : speaker(voice);
			var id = b.nextStatementId();
			boolean atProtest = kind == Kind.PROTEST && (voice == Voice.CAMPAIGN || voice == Voice.AREA_MP) && random.nextBoolean();
			var stance = stance(voice);
			var intro = speaker.intro;
			String paragraph;
			String text;
			String statementKind = "quote";
			String summary = null;
			String[] call = null;
			if (stance == Stance.CRITICAL && random.nextInt(10) < 3) {
				var reported = fresh(CRITICAL_REPORTED);
				text = fill(reported[0]);
				summary = reported[1];
				statementKind = "reported";
				paragraph = intro + " said " + text + ".";
			}
			else if (stance == Stance.RESPONSE && random.nextInt(10) < 3) {
				text = fill(fresh(RESPONSES_REPORTED));
				statementKind = "reported";
				paragraph = intro + " said " + text + ".";
			}
			else {
				switch (stance) {
					case CRITICAL -> {
						var quote = fresh(voice == Voice.FAMILY ? FAMILY : CRITICAL);
						text = fill(quote[0]);
						summary = quote[1];
					}
					case CALL -> {
						call = fresh(CALLS);
						text = fill(call[0]);
					}
					case FINDING -> {
						var finding = fresh(FINDINGS);
						text = fill(finding[0]);
						summary = finding[1];
					}
					case GOVERNMENT -> text = fill(fresh(GOVERNMENT));
					case PRAISE -> text = fill(fresh(PRAISE));
					default -> text = fill(fresh(RESPONSES));
				}
				var verb = inLetter ? "wrote" : "said";
				var opening = inLetter ? "In the letter, " + speaker.shortIntro + " " : atProtest ? "Speaking at the protest, "
						+ intro + " " : intro + " ";
				paragraph = opening + verb + ": \"" + text + "\"";
			}
			b.paragraph(paragraph);
			speaker.introduce(paragraph);
			var properties = World.props("kind", statementKind, "text", text);
			if (statementKind.equals("quote")) {
				properties.put("medium", inLetter ? "letter" : voice == Voice.TRUST ? "written statement" : "spoken");
			}
			var promises = PROMISES.stream().filter(text::contains).toList();
			if (!promises.isEmpty()) {
				properties.put("commitments", promises);
			}
			properties.put("date", date.toString());
			properties.put("datePrecision", "day");
			b.local(id, List.of("Statement"), paragraph, properties);
			b.fact("SAID", speaker.id, id, paragraph);
			if (speaker.behalfOf != null) {
				b.fact("ON_BEHALF_OF", id, speaker.behalfOf, paragraph);
			}
			b.fact("ABOUT", id, trust.id(), paragraph);
			if (inspection != null && (kind == Kind.INSPECTION || voice == Voice.OFFICIAL) && b.mentions(inspection.entity().id())) {
				b.fact("ABOUT", id, inspection.entity().id(), paragraph);
			}
			if (summary != null) {
				b.fact("CRITICISED", speaker.id, trust.id(), paragraph, "statement", id, "summary", summary);
			}
			if (call != null) {
				callForAction(id, speaker.id, call, paragraph);
			}
			if (inLetter || atProtest) {
				b.fact("MADE_IN", id, eventId, paragraph);
			}
			if (atProtest) {
				b.fact("ATTENDED", speaker.id, eventId, paragraph);
			}
		}

		private void callForAction(String statementId, String speakerId, String[] call, String paragraph) {
			var callId = "call-" + statementId.substring("statement-".length());
			b.local(callId, List.of("CallForAction"), paragraph, World.props("action", fill(call[1]), "date", date.toString(),
					"datePrecision", "day"));
			b.fact("CALLED_FOR", speakerId, callId, paragraph, "statement", statementId);
			b.fact("CONCERNS", callId, trust.id(), paragraph);
			String addressee = switch (call[2]) {
				case "department" -> world.department.entity().id();
				case "secretary" -> world.secretaryOfState.entity().id();
				case "minister" -> world.mentalHealthMinister.entity().id();
				case "inspectorate" -> world.inspectorate.entity().id();
				case "board" -> trust.board.id();
				default -> trust.id();
			};
			b.mention(addressee, paragraph);
			b.fact("ADDRESSED_TO", callId, addressee, paragraph);
			if (call[2].equals("board")) {
				b.fact("PART_OF", trust.board.id(), trust.id(), paragraph);
				b.fact("ABOUT", statementId, trust.board.id(), paragraph);
				b.fact("CRITICISED", speakerId, trust.board.id(), paragraph, "statement", statementId, "summary", "should resign");
			}
		}

		/** One of {@code list}, not yet used in this article when a few tries find one. */
		private <T> T fresh(List<T> list) {
			T pick = list.get(random.nextInt(list.size()));
			for (int attempt = 0; attempt < 3 && !used.add(pick); attempt++) {
				pick = list.get(random.nextInt(list.size()));
			}
			return pick;
		}

		private String fill(String template) {
			return template.replace("{t}", trust.acronym).replace("{area}", trust.area)
				.replace("{department}", world.department.entity().name())
				.replace("{inspectorate}", world.inspectorate.entity().name())
				.replace("{they}", pronoun == null ? "they" : pronoun);
		}

		private Voice voice() {
			var weights = VOICE_WEIGHTS[kind.ordinal()].clone();
			if (trust.campaign == null) {
				weights[Voice.CAMPAIGN.ordinal()] = 0;
			}
			int total = 0;
			for (int w : weights) {
				total += w;
			}
			int u = random.nextInt(total);
			int v = 0;
			while (u >= weights[v]) {
				u -= weights[v++];
			}
			return VOICES[v];
		}

		private Stance stance(Voice voice) {
			int u = random.nextInt(100);
			return switch (voice) {
				case LEADER, CHAIR, TRUST, TRUST_SPOKESPERSON -> Stance.RESPONSE;
				case AREA_MP, NATIONAL_MP -> u < 55 ? Stance.CRITICAL : u < 90 ? Stance.CALL : Stance.PRAISE;
				case CAMPAIGN -> u < 55 ? Stance.CRITICAL : Stance.CALL;
				case FAMILY -> u < 80 ? Stance.CRITICAL : Stance.CALL;
				case OFFICIAL -> Stance.FINDING;
				case MINISTER, DEPARTMENT -> Stance.GOVERNMENT;
			};
		}

		/** Who speaks for {@code voice}: their id, how the paragraph names them, and what naming them tells. */
		private Speaker speaker(Voice voice) {
			return switch (voice) {
				case LEADER, CHAIR -> {
					var term = trust.leader(voice == Voice.LEADER ? trust.chiefExecutives : trust.chairs, date);
					var role = term.role();
					var roleAsWritten = voice == Voice.LEADER ? "chief executive of " + trust.acronym : "chair of " + trust.acronym;
					yield person(term.person(), term.person().name() + ", " + roleAsWritten + ",", trust.id(), evidence ->
						b.fact("LEADS", term.person().id(), trust.id(), evidence, "role", role, "roleAsWritten", roleAsWritten,
								"status", "current", "asOf", date.toString()));
				}
				case TRUST -> new Speaker(trust.id(), "In a statement, " + trust.acronym, trust.acronym, null, evidence -> { });
				case TRUST_SPOKESPERSON -> anonymous("trust-spokesperson-" + b.shortId, "A spokesperson for " + trust.acronym,
						"a spokesperson for the trust", trust.id());
				case DEPARTMENT -> anonymous("department-spokesperson-" + b.shortId, "A spokesperson for the "
						+ world.department.entity().name(), "a spokesperson for the department", world.department.entity().id());
				case AREA_MP, NATIONAL_MP -> {
					var mp = voice == Voice.AREA_MP ? trust.mps.get(new Zipf(trust.mps.size(), 1).sample(random))
							: world.mps.get(mpRanks.sample(random));
					yield person(mp.person(), mp.person().name() + ", the " + mp.party().entity().name() + " MP for "
							+ mp.constituency().name() + ",", null, evidence -> introduceMp(mp, evidence));
				}
				case MINISTER -> {
					var office = random.nextInt(3) == 0 ? world.secretaryOfState : world.mentalHealthMinister;
					var term = office.holder(date);
					var officeName = (String) ((List<?>) office.entity().properties().get("aliases")).get(0);
					yield person(term.person(), term.person().name() + ", the " + officeName + ",", null, evidence -> {
						b.mention(office.entity().id(), evidence);
						b.fact("HOLDS_OFFICE", term.person().id(), office.entity().id(), evidence, "roleAsWritten", officeName,
								"status", "current", "asOf", date.toString());
					});
				}
				case CAMPAIGN -> {
					var campaign = trust.campaign;
					var spokesperson = campaign.officials().get(new Zipf(campaign.officials().size(), 1).sample(random)).person();
					yield person(spokesperson, spokesperson.name() + ", a spokesperson for " + theCampaign(campaign.entity().name()) + ",",
							campaign.entity().id(), evidence -> {
								b.mention(campaign.entity().id(), evidence);
								b.fact("MEMBER_OF", spokesperson.id(), campaign.entity().id(), evidence, "role", "spokesperson");
							});
				}
				case OFFICIAL -> {
					var regulator = world.inspectorate;
					var term = regulator.officials().get(new Zipf(regulator.officials().size(), 1).sample(random));
					yield person(term.person(), term.person().name() + ", the " + term.role() + " at the "
							+ regulator.entity().name() + ",", regulator.entity().id(), evidence -> {
								b.mention(regulator.entity().id(), evidence);
								b.fact("WORKS_FOR", term.person().id(), regulator.entity().id(), evidence, "role", term.role());
							});
				}
				case FAMILY -> {
					if (familyId == null) {
						yield anonymous("trust-spokesperson-" + b.shortId, "A spokesperson for " + trust.acronym,
								"a spokesperson for the trust", trust.id());
					}
					var family = pronoun.equals("she") ? "Her family" : "His family";
					yield new Speaker(familyId, family, family, null, evidence -> { });
				}
			};
		}

		/** A named person: in full, with their role, the first time; by surname after that. */
		private Speaker person(Person person, String fullIntro, String behalfOf, java.util.function.Consumer<String> facts) {
			if (b.mentions(person.id())) {
				b.alias(person.id(), person.shortName());
				return new Speaker(person.id(), person.shortName(), person.shortName(), behalfOf, evidence -> { });
			}
			return new Speaker(person.id(), fullIntro, person.shortName(), behalfOf, evidence -> {
				b.mention(person.id(), evidence);
				facts.accept(evidence);
			});
		}

		private Speaker anonymous(String id, String intro, String description, String behalfOf) {
			if (b.mentions(id)) {
				return new Speaker(id, intro, intro, behalfOf, evidence -> { });
			}
			return new Speaker(id, intro, intro, behalfOf, evidence -> {
				b.local(id, List.of("Person"), evidence, World.props("anonymous", true, "description", description));
				b.mention(behalfOf, evidence);
				if (behalfOf.equals(trust.id())) {
					b.fact("WORKS_FOR", id, behalfOf, evidence, "role", "spokesperson");
				}
			});
		}

		private void introduceMp(World.Mp mp, String evidence) {
			b.mention(mp.person().id(), evidence);
			b.mention(mp.constituency().id(), evidence);
			b.mention(mp.party().entity().id(), evidence);
			b.fact("REPRESENTS", mp.person().id(), mp.constituency().id(), evidence);
			b.fact("MEMBER_OF", mp.person().id(), mp.party().entity().id(), evidence, "role", "MP");
		}
	}

	private enum Stance { CRITICAL, CALL, RESPONSE, FINDING, GOVERNMENT, PRAISE }

	/**
	 * A statement's speaker: their id, how the paragraph names them ({@code intro}, or {@code shortIntro} after
	 * another opening), whom they speak for, and the facts that naming them states (run once the paragraph is written).
	 */
	private record Speaker(String id, String intro, String shortIntro, String behalfOf,
			java.util.function.Consumer<String> introduce) {
		void introduce(String evidence) {
			introduce.accept(evidence);
		}
	}

	/** "the Campaign to Save ...", "the Fenwold Mental Health Watch", but "Justice for Fenwold Patients". */
	private static String theCampaign(String name) {
		return name.startsWith("Justice") ? name : "the " + name;
	}

	private static String the(String name) {
		return name.startsWith("The ") ? name : "the " + name;
	}
}

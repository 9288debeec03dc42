package org.accountabilitygraph.ingest;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The word lists the rules read English news with. General English, nothing from particular articles. */
final class Lexicon {

	private Lexicon() {
	}

	/** Honorifics, with the gender they tell (empty when none). */
	static final Map<String, String> HONORIFICS = Map.ofEntries(Map.entry("Mr", "m"), Map.entry("Mrs", "f"),
			Map.entry("Ms", "f"), Map.entry("Miss", "f"), Map.entry("Dr", ""), Map.entry("Professor", ""),
			Map.entry("Prof", ""), Map.entry("Sir", "m"), Map.entry("Dame", "f"), Map.entry("Lord", "m"),
			Map.entry("Lady", "f"), Map.entry("Baroness", "f"), Map.entry("Baron", "m"), Map.entry("Cllr", ""),
			Map.entry("Councillor", ""), Map.entry("Rev", ""), Map.entry("Mx", ""));

	/** Words that make a capitalised name an organisation, with the kind label they suggest. */
	static final Map<String, String> ORGANISATION_WORDS = Map.ofEntries(Map.entry("trust", "Trust"),
			Map.entry("commission", "Regulator"), Map.entry("regulator", "Regulator"), Map.entry("campaign", "Campaign"),
			Map.entry("department", "GovernmentBody"), Map.entry("ministry", "GovernmentBody"),
			Map.entry("government", "GovernmentBody"), Map.entry("parliament", "GovernmentBody"),
			Map.entry("council", "GovernmentBody"), Map.entry("office", "GovernmentBody"),
			Map.entry("party", "PoliticalParty"), Map.entry("nhs", "HealthBody"), Map.entry("hospital", "HealthBody"),
			Map.entry("hospitals", "HealthBody"), Map.entry("improvement", "HealthBody"), Map.entry("police", "PublicService"),
			Map.entry("constabulary", "PublicService"), Map.entry("service", "PublicService"), Map.entry("services", "PublicService"),
			Map.entry("press", "MediaOutlet"), Map.entry("news", "MediaOutlet"), Map.entry("times", "MediaOutlet"),
			Map.entry("itv", "MediaOutlet"), Map.entry("bbc", "MediaOutlet"), Map.entry("charity", "Charity"),
			Map.entry("samaritans", "Charity"), Map.entry("foundation", "Trust"), Map.entry("university", "Organisation"),
			Map.entry("limited", "Organisation"), Map.entry("ltd", "Organisation"), Map.entry("plc", "Organisation"),
			Map.entry("group", "Organisation"), Map.entry("association", "Organisation"), Map.entry("union", "Organisation"),
			Map.entry("committee", "Group"), Map.entry("court", "PublicService"), Map.entry("board", "Group"), Map.entry("agency", "GovernmentBody"),
			Map.entry("authority", "GovernmentBody"));

	static final Map<String, String> PARTIES = Map.of("labour", "Labour Party", "conservative", "Conservative Party",
			"tory", "Conservative Party", "conservatives", "Conservative Party", "liberal democrat", "Liberal Democrats",
			"lib dem", "Liberal Democrats", "green", "Green Party", "snp", "Scottish National Party", "reform", "Reform UK");

	/** The heads of role phrases: "chief executive", "MP", "spokesman", "minister", ... */
	static final Set<String> ROLE_HEADS = Set.of("executive", "chairman", "chair", "chairwoman", "chairperson", "director",
			"officer", "minister", "secretary", "inspector", "mp", "mep", "mps", "councillor", "spokesman", "spokeswoman",
			"spokesperson", "president", "leader", "presenter", "presenters", "reporter", "editor", "consultant", "doctor",
			"nurse", "manager", "governor", "commissioner", "founder", "coordinator", "campaigner", "son-in-law",
			"daughter-in-law", "son", "daughter", "husband", "wife", "mother", "father", "sister", "brother", "friend",
			"correspondent", "head", "chief", "member", "lawyer", "coroner", "boss", "bosses");

	/** Roles that lead an organisation (LEADS), as the model words them. */
	static final Map<String, String> LEADERSHIP = Map.of("chief executive", "chief executive", "chairman", "chair",
			"chair", "chair", "chairwoman", "chair", "deputy chief executive", "deputy chief executive",
			"chief medical director", "chief medical director", "medical director", "medical director",
			"chief medical officer", "chief medical officer", "chief operating officer", "chief operating officer",
			"director of nursing", "director of nursing");

	/** Words naming a speaker who is not named: "a spokesman for the trust", "the consultant". */
	static final Set<String> UNNAMED_SPEAKERS = Set.of("spokesman", "spokeswoman", "spokesperson", "consultant", "doctor",
			"source", "official", "insider", "nurse", "whistleblower", "campaigner", "relative", "patient", "member");

	/** Verbs that report speech or writing; the words after them are what was said. */
	static final Set<String> SAY_VERBS = Set.of("said", "says", "say", "added", "adds", "told", "tells", "explained",
			"warned", "claimed", "insisted", "admitted", "stated", "argued", "announced", "believes", "believe",
			"believed", "agreed", "confirmed", "revealed", "wrote", "writes", "continued", "commented", "replied",
			"responded", "noted", "stressed", "suggested", "acknowledged", "accepted", "feared", "concluded", "found");

	/** Speech acts reported with their own verb: the verb's phrase is what was said. */
	static final Set<String> ACT_VERBS = Set.of("pledged", "vowed", "promised", "criticised", "criticized", "condemned",
			"branded", "described", "called", "urged", "appealed", "asked", "demanded", "welcomed", "declined",
			"refused", "cited", "recommended", "echoed", "praised", "attacked", "slammed", "blasted", "questioned",
			"accused", "thanked", "apologised", "defended", "rejected", "labelled", "dismissed", "hailed");

	static final Set<String> GENERAL_WORDS = Set.of("the", "a", "an", "and", "but", "or", "it", "its", "this", "that",
			"these", "those", "in", "on", "at", "of", "for", "to", "by", "from", "with", "as", "if", "when", "while",
			"whilst", "since", "after", "before", "during", "following", "speaking", "however", "meanwhile", "also",
			"he", "she", "they", "we", "i", "you", "his", "her", "their", "our", "my", "your", "there", "here", "what",
			"who", "which", "where", "why", "how", "one", "some", "many", "most", "all", "both", "new", "former",
			"ex", "then", "now", "today", "yesterday", "last", "next", "every", "each", "other", "another", "more",
			"such", "so", "not", "no", "yes", "instead", "although", "though", "because", "until", "among", "over",
			"under", "about", "into", "than", "just", "only", "even", "still", "again", "once", "watch", "read");

	static final Set<String> RATINGS = Set.of("inadequate", "requires improvement", "good", "outstanding");

	static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july", "august",
			"september", "october", "november", "december");

	static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

	static String lower(String word) {
		return word.toLowerCase(Locale.ROOT);
	}

	/** The kind its head noun gives: the last organisation word before "of", "to", "for", "in", "on". */
	static String organisationKind(String name) {
		var head = lower(name).split("\\s+(?:of|to|for|in|on)\\s+")[0];
		String kind = null;
		for (var word : head.split("[^a-z]+")) {
			kind = ORGANISATION_WORDS.getOrDefault(word, kind);
		}
		if (kind == null) {
			for (var word : lower(name).split("[^a-z]+")) {
				kind = kind == null ? ORGANISATION_WORDS.get(word) : kind;
			}
		}
		return kind;
	}
}

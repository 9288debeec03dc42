package org.accountabilitygraph.generate;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.HashSet;

/**
 * The invented nation the synthetic articles report on, fixed by the seed before any article is written:
 * mental health trusts with their leaders over time, inspections with domain ratings and the special-measures
 * decisions that followed them, MPs with constituencies and parties, ministers in office, regulators, campaigns,
 * newspapers and their reporters. Every one of them is an entry of the registry, as several articles mention it.
 * <p>
 * Lists of trusts and of MPs are in order of prominence: the first trust draws the most criticism (and is rated
 * worst), the first MP speaks most.
 */
final class World {

	static final LocalDate START = LocalDate.of(2012, 1, 1);
	static final LocalDate END = LocalDate.of(2025, 12, 31);
	/** The day the governing party changes (a general election). */
	static final LocalDate ELECTION = LocalDate.of(2024, 7, 5);
	static final List<String> DOMAINS = List.of("safe", "effective", "caring", "responsive", "well-led");
	static final List<String> RATINGS = List.of("inadequate", "requires improvement", "good", "outstanding");
	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

	/** A registry entry: labels, canonical name and what all articles agree on. */
	record Entity(String id, List<String> labels, String name, Map<String, Object> properties) {
	}

	record Person(Entity entity, String shortName) {
		String id() {
			return entity.id();
		}

		String name() {
			return entity.name();
		}
	}

	/** A person in a post from {@code start} until {@code end} (null: still in post at the world's end). */
	record Term(Person person, String role, LocalDate start, LocalDate end) {
		boolean covers(LocalDate date) {
			return !date.isBefore(start) && (end == null || date.isBefore(end));
		}
	}

	record Party(Entity entity) {
	}

	record Mp(Person person, Entity constituency, Party party) {
	}

	record Organisation(Entity entity, String shortName, List<Term> officials) {
	}

	record Office(Entity entity, List<Term> holders) {
		Term holder(LocalDate date) {
			return holders.stream().filter(t -> t.covers(date)).findFirst().orElse(holders.get(holders.size() - 1));
		}
	}

	record Inspection(Entity entity, Trust trust, LocalDate date, String overall, Map<String, String> domains,
			Decision decision) {
	}

	record Decision(Entity entity, String outcome, LocalDate date) {
	}

	record Outlet(Entity entity, List<Term> journalists) {
	}

	static final class Trust {
		final Entity entity;
		final String acronym;
		final String area;
		final Entity town;
		final Entity board;
		final List<Term> chiefExecutives = new ArrayList<>();
		final List<Term> chairs = new ArrayList<>();
		final List<Mp> mps = new ArrayList<>();
		final List<Inspection> inspections = new ArrayList<>();
		final List<Outlet> outlets = new ArrayList<>();
		Organisation campaign;

		Trust(Entity entity, String acronym, String area, Entity town, Entity board) {
			this.entity = entity;
			this.acronym = acronym;
			this.area = area;
			this.town = town;
			this.board = board;
		}

		String id() {
			return entity.id();
		}

		String name() {
			return entity.name();
		}

		/** Who led the trust in {@code role} on {@code date}. */
		Term leader(List<Term> terms, LocalDate date) {
			return terms.stream().filter(t -> t.covers(date)).findFirst().orElse(terms.get(0));
		}

		/** The last inspection reported by {@code date}, or null before the first. */
		Inspection inspectionBefore(LocalDate date) {
			Inspection last = null;
			for (var inspection : inspections) {
				if (inspection.date().isBefore(date)) {
					last = inspection;
				}
			}
			return last;
		}
	}

	final List<Trust> trusts = new ArrayList<>();
	final List<Mp> mps = new ArrayList<>();
	final List<Party> parties = new ArrayList<>();
	final List<Outlet> nationalOutlets = new ArrayList<>();
	final Organisation inspectorate;
	final Organisation oversight;
	final Organisation department;
	final Office secretaryOfState;
	final Office mentalHealthMinister;
	/** Every registry entry, in the order written. */
	final List<Entity> entities = new ArrayList<>();
	private final Set<String> ids = new HashSet<>();

	World(long seed, int trustCount, int mpCount) {
		if (trustCount < 1 || trustCount > Names.AREAS.size()) {
			throw new IllegalArgumentException("--trusts must be between 1 and " + Names.AREAS.size());
		}
		if (mpCount < trustCount) {
			throw new IllegalArgumentException("--mps must be at least --trusts (every trust's area has an MP)");
		}
		var random = new SplittableRandom(seed);
		var names = new Names(random);
		Names.AREAS.forEach(names::unique); // so that no town is named as an area
		inspectorate = organisation(names, random, "Care Standards Commission", "CSC", List.of("Organisation", "Regulator"),
				List.of("chief inspector of mental health", "deputy chief inspector", "head of hospital inspection"));
		oversight = organisation(names, random, "Mental Health Oversight Authority", "MHOA",
				List.of("Organisation", "Regulator"), List.of("chief executive", "director of improvement"));
		department = organisation(names, random, "Department for Health and Care", "DHC",
				List.of("Organisation", "GovernmentBody"), List.of());
		makeParties();
		makeTrusts(names, random, trustCount);
		makeMps(names, random, mpCount);
		secretaryOfState = office(random, "Secretary of State for Health and Care", "health secretary");
		mentalHealthMinister = office(random, "Minister for Mental Health", "mental health minister");
		for (var trust : trusts) {
			makeCampaign(names, random, trust);
			makeInspections(random, trust);
		}
		makeNationalOutlets(names, random);
	}

	private Entity entity(String name, List<String> labels, Map<String, Object> properties) {
		return entity(Names.slug(name), name, labels, properties);
	}

	private Entity entity(String id, String name, List<String> labels, Map<String, Object> properties) {
		if (!ids.add(id)) {
			throw new IllegalStateException("two registry entries would share the id " + id);
		}
		var entity = new Entity(id, labels, name, properties);
		entities.add(entity);
		return entity;
	}

	/** Properties in the order given (Map.of's order changes from one JVM to the next, and files must not). */
	static Map<String, Object> props(Object... keysAndValues) {
		var map = new LinkedHashMap<String, Object>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			map.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return map;
	}

	private Person person(Names names, boolean mp) {
		var drawn = names.person();
		return new Person(entity(drawn.name(), mp ? List.of("Person", "MP") : List.of("Person"), props()), drawn.shortName());
	}

	private Organisation organisation(Names names, SplittableRandom random, String name, String acronym,
			List<String> labels, List<String> roles) {
		var entity = entity(acronym.toLowerCase(Locale.ROOT), name, labels, props("aliases", List.of(acronym)));
		var officials = new ArrayList<Term>();
		for (var role : roles) {
			officials.add(new Term(person(names, false), role, START.minusYears(2), null));
		}
		return new Organisation(entity, acronym, officials);
	}

	private void makeParties() {
		for (var name : List.of("Commonwealth Party", "Union Party", "Liberal Alliance", "Green Future Party", "Heartland Party")) {
			var aliases = name.endsWith(" Party") ? props("aliases", List.of(name.replace(" Party", ""))) : props();
			parties.add(new Party(entity(name, List.of("Organisation", "PoliticalParty"), aliases)));
		}
	}

	private void makeTrusts(Names names, SplittableRandom random, int count) {
		var areas = Names.copy(Names.AREAS);
		Collections.shuffle(areas, new java.util.Random(random.nextLong()));
		int next = 0;
		for (int i = 0; i < count; i++) {
			// Some trusts serve two areas (as Norfolk and Suffolk's does), when there are areas to spare.
			boolean two = areas.size() - next - 1 >= count - i && random.nextInt(3) == 0;
			var area = areas.get(next++);
			var areaName = two ? area + " and " + areas.get(next++) : area;
			var pattern = names.pick(List.of("%s NHS Foundation Trust", "%s Partnership NHS Foundation Trust",
					"%s Mental Health NHS Trust", "%s Healthcare NHS Foundation Trust", "%s Care NHS Trust"));
			var name = pattern.formatted(areaName);
			var town = names.town();
			var townEntity = entity(town, List.of("Place"), props("kind", "town"));
			var acronym = Names.acronym(name);
			var trustEntity = entity(name, List.of("Organisation", "Trust"), props());
			var board = entity(trustEntity.id() + "-board", "The board of " + acronym, List.of("Group"), props());
			var trust = new Trust(trustEntity, acronym, area, townEntity, board);
			leaders(names, random, trust.chiefExecutives, "chief executive");
			leaders(names, random, trust.chairs, "chair");
			var outlets = List.of("%s Chronicle".formatted(area), "%s Evening Post".formatted(town));
			for (int o = 0; o < 1 + random.nextInt(2); o++) {
				trust.outlets.add(outlet(names, random, outlets.get(o)));
			}
			trusts.add(trust);
		}
	}

	/** Leaders one after another, the first in post before the articles begin, the last still in post. */
	private void leaders(Names names, SplittableRandom random, List<Term> terms, String role) {
		var start = START.minusDays(random.nextInt(6 * 365));
		while (!start.isAfter(END)) {
			var end = start.plusDays(2 * 365 + random.nextInt(5 * 365));
			terms.add(new Term(person(names, false), role, start, end.isAfter(END) ? null : end));
			start = end;
		}
	}

	private Outlet outlet(Names names, SplittableRandom random, String name) {
		var entity = entity(name, List.of("Organisation", "MediaOutlet"), props());
		var journalists = new ArrayList<Term>();
		var roles = List.of("health reporter", "health correspondent", "local democracy reporter", "political editor");
		for (int j = 0; j < 1 + random.nextInt(3); j++) {
			journalists.add(new Term(person(names, false), roles.get(j % roles.size()), START, null));
		}
		return new Outlet(entity, journalists);
	}

	private void makeNationalOutlets(Names names, SplittableRandom random) {
		for (var name : List.of("The National Courier", "The Daily Ledger", "Health Services Weekly")) {
			nationalOutlets.add(outlet(names, random, name));
		}
	}

	/**
	 * One MP per constituency; constituencies are shared out among the trusts' areas unevenly, as
	 * populations are; parties by seat shares. The order of {@link #mps} is the order of prominence.
	 */
	private void makeMps(Names names, SplittableRandom random, int count) {
		double[] shares = { 0.45, 0.32, 0.12, 0.06, 0.05 };
		var suffixes = List.of("North", "South", "East", "West", "Central");
		for (int i = 0; i < count; i++) {
			var trust = i < trusts.size() ? trusts.get(i) : trusts.get(random.nextInt(trusts.size()));
			// Named after a town (drawn only when needed: town names are finite), or after the trust's area.
			String constituency = names.unique(trust.area + " " + names.pick(suffixes));
			for (int attempt = 0; constituency == null; attempt++) {
				if (attempt == 1000) {
					throw new IllegalStateException("no constituency names left: ask for fewer MPs");
				}
				constituency = switch (random.nextInt(3)) {
					case 0 -> names.town();
					case 1 -> names.unique(names.town() + " " + names.pick(suffixes));
					default -> names.unique(names.town() + " and " + names.town());
				};
			}
			double u = random.nextDouble();
			int party = 0;
			while (party < shares.length - 1 && u >= shares[party]) {
				u -= shares[party++];
			}
			var mp = new Mp(person(names, true), entity(constituency, List.of("Constituency"), props()), parties.get(party));
			trust.mps.add(mp);
			mps.add(mp);
		}
		Collections.shuffle(mps, new java.util.Random(random.nextLong()));
	}

	/** Holders one after another, each an MP of the governing party of the day. */
	private Office office(SplittableRandom random, String name, String shortName) {
		var entity = entity(name, List.of("Office"), props("ministerial", true, "aliases", List.of(shortName)));
		var holders = new ArrayList<Term>();
		var start = START.minusDays(random.nextInt(365));
		while (!start.isAfter(END)) {
			var end = start.plusDays(365 + random.nextInt(3 * 365));
			if (start.isBefore(ELECTION) && end.isAfter(ELECTION)) {
				end = ELECTION;
			}
			var party = parties.get(start.isBefore(ELECTION) ? 0 : 1);
			var candidates = mps.stream().filter(m -> m.party() == party).limit(40).toList();
			var holder = candidates.get(random.nextInt(candidates.size())).person();
			holders.add(new Term(holder, shortName, start, end.isAfter(END) ? null : end));
			start = end;
		}
		return new Office(entity, holders);
	}

	private void makeCampaign(Names names, SplittableRandom random, Trust trust) {
		// The most criticised trusts are the likeliest to have a campaign against them.
		int rank = trusts.indexOf(trust);
		if (random.nextDouble() > 0.9 - 0.5 * rank / trusts.size()) {
			return;
		}
		var name = names.unique(names.pick(List.of("Campaign to Save Mental Health Services in %s",
				"%s Mental Health Watch", "Justice for %s Patients", "%s Mental Health Action Group")).formatted(trust.area));
		if (name == null) {
			return;
		}
		var entity = entity(name, List.of("Organisation", "Campaign"), props());
		var spokespeople = new ArrayList<Term>();
		for (int i = 0; i < 1 + random.nextInt(3); i++) {
			spokespeople.add(new Term(person(names, false), "spokesperson", START, null));
		}
		trust.campaign = new Organisation(entity, name, spokespeople);
	}

	/**
	 * Inspections every 15 to 36 months; the worse a trust's rank, the worse its ratings, though most improve
	 * over the years. An inadequate rating puts the trust in special measures; a better one takes it out.
	 */
	private void makeInspections(SplittableRandom random, Trust trust) {
		int rank = trusts.indexOf(trust);
		double quality = 0.7 * rank / Math.max(1, trusts.size() - 1) + 0.3 * random.nextDouble();
		boolean inSpecialMeasures = false;
		var date = START.plusMonths(random.nextInt(24)).withDayOfMonth(1);
		while (!date.isAfter(END.minusMonths(2))) {
			double years = (date.toEpochDay() - START.toEpochDay()) / 365.0;
			double score = quality + 0.02 * years + 0.15 * random.nextGaussian();
			var overall = rating(score);
			var domains = new LinkedHashMap<String, String>();
			for (var domain : DOMAINS) {
				domains.put(domain, rating(score + (domain.equals("caring") ? 0.2 : 0) + 0.15 * random.nextGaussian()));
			}
			var label = date.format(MONTH);
			var id = "csc-inspection-" + trust.id() + "-" + date.toString().substring(0, 7);
			var entity = entity(id, inspectorate.shortName() + " inspection of " + trust.acronym + ", " + label,
					List.of("Inspection"), props("date", date.toString().substring(0, 7), "datePrecision", "month",
							"status", "completed"));
			Decision decision = null;
			boolean inadequate = overall.equals("inadequate");
			if (inadequate || inSpecialMeasures) {
				var outcome = inadequate ? (inSpecialMeasures ? "remains" : "placed") : "removed";
				var decided = date.plusMonths(1);
				var month = decided.toString().substring(0, 7);
				decision = new Decision(entity("special-measures-" + trust.id() + "-" + month,
						"Special measures for " + trust.acronym + " (" + outcome + "), " + decided.format(MONTH),
						List.of("Decision"), props("kind", "special-measures", "outcome", outcome, "date", month,
								"datePrecision", "month")), outcome, decided);
				inSpecialMeasures = inadequate;
			}
			trust.inspections.add(new Inspection(entity, trust, date, overall, domains, decision));
			date = date.plusMonths(15 + random.nextInt(22));
		}
	}

	private static String rating(double score) {
		return score < 0.25 ? RATINGS.get(0) : score < 0.6 ? RATINGS.get(1) : score < 1.0 ? RATINGS.get(2) : RATINGS.get(3);
	}

	static String monthYear(LocalDate date) {
		return date.format(MONTH);
	}
}

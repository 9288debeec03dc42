package org.accountabilitygraph.generate;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Invented but plausible names: people (a first name and a surname from lists as mixed as England's), and
 * places made of common English place-name parts. Names are drawn without repeats, so that every id (a slug
 * of the name) is one thing.
 */
final class Names {

	static final List<String> WOMEN = List.of("Jane", "Amara", "Sarah", "Priya", "Helen", "Fatima", "Claire", "Joanna",
			"Aisha", "Rachel", "Catherine", "Siobhan", "Nadia", "Emma", "Grace", "Louise", "Ngozi", "Alison", "Hannah",
			"Rebecca", "Yasmin", "Karen", "Deborah", "Olivia", "Sophie", "Megan", "Zainab", "Ruth", "Chloe", "Lucy",
			"Harriet", "Anita", "Mei", "Julia", "Eleanor", "Bethan", "Aoife", "Marta", "Katarzyna", "Folasade",
			"Victoria", "Naomi", "Imogen", "Shabnam", "Rosalind", "Gillian", "Maureen", "Tamsin", "Lydia", "Ifeoma");

	static final List<String> MEN = List.of("David", "Michael", "Rajesh", "Tom", "Andrew", "Kwame", "James", "Imran",
			"Peter", "Daniel", "Gareth", "Samuel", "Mohammed", "Richard", "Neil", "Oliver", "Chidi", "Stephen", "Paul",
			"Hamish", "Aidan", "Tariq", "Simon", "Robert", "Benjamin", "Marcus", "Declan", "Vikram", "George", "Owen",
			"Jonathan", "Ravi", "Alistair", "Patrick", "Edward", "Tobias", "Kofi", "Hugh", "Dominic", "Piotr",
			"Matthew", "Graham", "Rhys", "Anil", "Callum", "Joseph", "Nathan", "Ewan", "Leon", "Malcolm");

	static final List<String> SURNAMES = List.of("Okafor", "Patel", "Hughes", "Nowak", "Brennan", "Shah", "Campbell",
			"Adeyemi", "Whitfield", "Khan", "Morrison", "Lowe", "Fraser", "Mensah", "Ashworth", "Begum", "Doherty",
			"Evans", "Fletcher", "Gill", "Hargreaves", "Iqbal", "Jenkins", "Kowalski", "Lambert", "McKenzie", "Ndlovu",
			"Osei", "Pearce", "Quinn", "Rahman", "Sutherland", "Thornton", "Underwood", "Vaughan", "Wainwright", "Yates",
			"Ahmed", "Bellamy", "Chowdhury", "Davies", "Ellison", "Forsyth", "Greaves", "Holloway", "Ince", "Jarvis",
			"Kaur", "Lindqvist", "Mahmood", "Nicholls", "O'Brien", "Pritchard", "Rowe", "Sandhu", "Tennant", "Upton",
			"Varma", "Webb", "Young", "Abbott", "Barker", "Cartwright", "Dunn", "Eze", "Farrell", "Goodwin", "Hussain",
			"Irving", "Joshi", "Kendall", "Lyons", "Marsh", "Nair", "Oduya", "Parry", "Redmond", "Singh", "Tait",
			"Usman", "Walsh", "Ward", "Asante", "Blackwood", "Coleman", "Dhillon", "Emery", "Foster", "Grant",
			"Haworth", "Ibrahim", "Jamieson", "Kerr", "Lennox", "Moss", "Norris", "Ogunleye", "Price", "Reid",
			"Stevenson", "Turner", "Vince", "Whittaker", "Zielinski", "Armitage", "Bose", "Crowther", "Delaney",
			"Edwards", "Fitzgerald", "Gordon", "Hale", "Ives", "Jordan", "Kinsella", "Lomax", "Mercer", "Nolan",
			"Oakley", "Pike", "Radcliffe", "Sharma", "Thorpe", "Vickers", "Wilde", "Aziz", "Bradshaw", "Cole",
			"Dixon", "Ferguson", "Gallagher", "Hirst", "Jackson", "Kirby", "Lister", "Murray", "Newton", "Olsen",
			"Parekh", "Rees", "Stokes", "Townsend", "Wood");

	/** Invented counties and regions, each a trust's area. */
	static final List<String> AREAS = List.of("Northfield", "Wessex", "Ardenshire", "Barrowdale", "Brackenmoor",
			"Caldervale", "Castlemere", "Dunmoor", "Eastmarch", "Elmshire", "Fenwold", "Greyhaven", "Hollinshire",
			"Ironbridge Vale", "Kestrel Downs", "Lakemoor", "Lindenshire", "Marlow Heath", "Mercia", "Northmoor",
			"Oakhampton", "Pennine Dales", "Queensmead", "Ravensworth", "Redwater", "Saltmarsh", "Severnside",
			"Shepley", "Southmoor", "Stanwick", "Tamarside", "Thornbury Vale", "Upland Weald", "Vale of Harrow",
			"Wealdshire", "Westmarch", "Whitecliff", "Wildmoor", "Wolds", "Wyvernshire", "Ashbourne Valley",
			"Blackheath Downs", "Carrick Fell", "Deepdale", "Edgemoor", "Fairhaven", "Glenwood", "Harthill",
			"Kingsmere", "Langdale", "Meadowshire", "Newmarsh", "Oxley Vale", "Penhallow", "Ridgeway", "Stourvale",
			"Trentside", "Ulverdale", "Wharfedale Fields", "Yarrowshire", "Brightmoor", "Coldharbour", "Duncaster",
			"Everley", "Foxdale", "Goldenvale", "Heronshire", "Ivydale", "Juniper Heath", "Kennetvale", "Larkshire",
			"Millbrook Vale", "Netherfield", "Orchard Vale", "Pemberley Downs", "Rushmere", "Sandwold", "Tidewater");

	private static final List<String> PREFIXES = List.of("Ash", "Bar", "Bram", "Brent", "Cal", "Carr", "Chel", "Clay",
			"Cold", "Corn", "Dal", "Dun", "East", "Elm", "Fair", "Fen", "Fox", "Glen", "Grey", "Hal", "Hart", "Hazel",
			"High", "Hol", "Ken", "Kings", "Lang", "Lark", "Lin", "Long", "Low", "Mar", "Mill", "Moor", "New", "North",
			"Oak", "Pen", "Red", "Ros", "Rye", "Salt", "Sand", "Shep", "South", "Stan", "Stone", "Sud", "Thorn",
			"Wal", "West", "Whit", "Wil", "Wood", "Wy");

	private static final List<String> SUFFIXES = List.of("bury", "by", "caster", "combe", "dale", "den", "field",
			"ford", "gate", "ham", "hurst", "ley", "mere", "minster", "mouth", "port", "stead", "stow", "ton", "wick",
			"worth", "borough", "brook", "burn", "cliffe", "cote", "croft", "hall", "holme", "hope", "ing", "low",
			"marsh", "moor", "ness", "over", "shaw", "side", "thorpe", "wood");

	private final RandomGenerator random;
	private final Set<String> used = new HashSet<>();

	Names(RandomGenerator random) {
		this.random = random;
	}

	/** A person's name no one else in the world has. */
	Person person() {
		for (int attempt = 0; attempt < 100_000; attempt++) {
			boolean woman = random.nextBoolean();
			var first = pick(woman ? WOMEN : MEN);
			var surname = pick(SURNAMES);
			var name = first + " " + surname;
			if (used.add(name)) {
				return new Person(name, (woman ? "Ms " : "Mr ") + surname);
			}
		}
		throw new IllegalStateException("no people's names left: ask for fewer MPs or trusts");
	}

	/** A town name no other town has. */
	String town() {
		for (int attempt = 0; attempt < 100_000; attempt++) {
			var name = pick(PREFIXES) + pick(SUFFIXES);
			if (used.add(name)) {
				return name;
			}
		}
		throw new IllegalStateException("no town names left: ask for fewer MPs or trusts");
	}

	/** A name not yet used, or null when {@code name} is taken. */
	String unique(String name) {
		return used.add(name) ? name : null;
	}

	<T> T pick(List<T> list) {
		return list.get(random.nextInt(list.size()));
	}

	/** A name and the way an article refers to the person later ("Ms Okafor"). */
	record Person(String name, String shortName) {
	}

	/** The id of a name: lowercase words joined by hyphens ("Jane O'Brien" is jane-obrien). */
	static String slug(String name) {
		var ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		return ascii.toLowerCase(Locale.ROOT).replace("'", "").replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
	}

	/** The initials of a trust's name, as people shorten it: Northfield and Wessex NHS Foundation Trust is NWFT. */
	static String acronym(String name) {
		var letters = new StringBuilder();
		for (var word : name.split(" ")) {
			if (!word.equals("NHS") && !word.isEmpty() && Character.isUpperCase(word.charAt(0))) {
				letters.append(word.charAt(0));
			}
		}
		return letters.toString();
	}

	static List<String> copy(List<String> list) {
		return new ArrayList<>(list);
	}
}

package org.accountabilitygraph.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Resolves the article's entities against the graph's names and aliases: an exact name or alias is certain,
 * a surname after an honorific is likely when one known person has it, a name within a small spelling distance
 * is possible ("Bellingham" for "Billingham"), an organisation whose words contain another's is possible;
 * each with a confidence and the other candidates. Below {@link #ACCEPT} the entity is proposed as new, with
 * a slug of its name.
 */
final class Resolver {

	static final double ACCEPT = 0.6;
	static final double CERTAIN = 0.9;
	private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();
	private static final LevenshteinDistance LEVENSHTEIN = new LevenshteinDistance(2);
	private static final Set<String> SMALL = Set.of("the", "of", "and", "for", "in", "to", "on", "&");

	private final KnownEntities known;

	Resolver(KnownEntities known) {
		this.known = known;
	}

	record Candidate(KnownEntity entity, double score, String why) {
	}

	void resolve(ArticleEntity entity) {
		var candidates = candidates(entity);
		if (!candidates.isEmpty() && candidates.get(0).score() >= ACCEPT) {
			var best = candidates.get(0);
			entity.id = best.entity().id();
			entity.known = true;
			entity.confidence = best.score();
			entity.resolutionNote = best.why();
			// a close second makes even a good match uncertain
			if (candidates.size() > 1 && candidates.get(1).score() > best.score() - 0.1) {
				entity.confidence = Math.min(entity.confidence, 0.7);
				entity.resolutionNote += "; as likely: " + candidates.get(1).entity().name();
			}
		}
		else {
			entity.known = false;
			entity.confidence = candidates.isEmpty() ? 1.0 : 1.0 - candidates.get(0).score();
			entity.resolutionNote = candidates.isEmpty() ? "no entity of the graph has this name"
					: "closest known: " + candidates.get(0).entity().name() + " (" + round(candidates.get(0).score()) + ")";
		}
		candidates.stream().skip(entity.known ? 1 : 0).filter(c -> c.score() >= 0.4).limit(3)
			.forEach(c -> entity.alternatives.add(c.entity().id()));
	}

	List<Candidate> candidates(ArticleEntity entity) {
		var best = new LinkedHashMap<String, Candidate>();
		var names = new ArrayList<String>();
		names.add(entity.name);
		// a person named in full is compared by full names only: "Duncan Baker" is not "Ted Baker"
		entity.aliases.stream().filter(a -> !entity.person() || !entity.name.contains(" ") || a.contains(" ") && !honorific(a))
			.forEach(names::add);
		for (var candidate : known.all()) {
			if (!compatible(entity.type, candidate)) {
				continue;
			}
			for (var name : names) {
				consider(best, candidate, score(entity, name, candidate));
			}
		}
		var list = new ArrayList<>(best.values());
		list.sort(Comparator.comparingDouble(Candidate::score).reversed());
		return list;
	}

	private static void consider(Map<String, Candidate> best, KnownEntity entity, Candidate c) {
		if (c != null && (!best.containsKey(entity.id()) || best.get(entity.id()).score() < c.score())) {
			best.put(entity.id(), c);
		}
	}

	private Candidate score(ArticleEntity entity, String name, KnownEntity candidate) {
		var key = KnownEntities.key(name);
		var knownNames = new ArrayList<String>();
		knownNames.add(candidate.name());
		knownNames.addAll(candidate.aliases());
		Candidate best = null;
		for (var knownName : knownNames) {
			var other = KnownEntities.key(knownName);
			Candidate c = null;
			if (key.equals(other)) {
				c = new Candidate(candidate, 1.0, "the graph knows " + candidate.name() + " by \"" + knownName + "\"");
			}
			else if (entity.person() && !KnownEntities.key(entity.name).contains(" ")) {
				key = last(key);
				var surname = last(other);
				if (key.equals(surname)) {
					c = new Candidate(candidate, 0.8, "surname of " + candidate.name());
				}
				else if (similar(key, surname)) {
					c = new Candidate(candidate, 0.6, "\"" + name + "\" is spelled like the surname of " + candidate.name());
				}
			}
			else if (entity.person() && key.contains(" ") && other.contains(" ") && last(key).equals(last(other)) && !shortened(key, other)) {
				c = new Candidate(candidate, 0.4, "\"" + name + "\" shares only the surname of " + candidate.name());
			}
			else if (entity.person() && key.contains(" ") && shortened(key, other)) {
				c = new Candidate(candidate, 0.85, "\"" + name + "\" and \"" + knownName + "\" differ only by a shortened first name");
			}
			else if (similar(key, other)) {
				double s = JARO_WINKLER.apply(key, other);
				c = new Candidate(candidate, 0.85 * s, "\"" + name + "\" is spelled like \"" + knownName + "\"");
			}
			else if (entity.organisation() && contains(other, key)) {
				c = new Candidate(candidate, 0.7, "\"" + name + "\" has the words of \"" + knownName + "\"");
			}
			if (c != null && (best == null || c.score() > best.score())) {
				best = c;
			}
		}
		return best;
	}

	static boolean similar(String a, String b) {
		if (a.length() < 5 || b.length() < 5) {
			return false;
		}
		int distance = LEVENSHTEIN.apply(a, b);
		return distance >= 0 && distance <= 2 && JARO_WINKLER.apply(a, b) >= 0.88;
	}

	private static boolean honorific(String alias) {
		return Lexicon.HONORIFICS.containsKey(alias.split(" ")[0]) && alias.split(" ").length == 2;
	}

	/** Same surname, one first name the start of the other: "Matt Hancock", "Matthew Hancock". */
	private static boolean shortened(String a, String b) {
		var wa = a.split(" ");
		var wb = b.split(" ");
		if (wa.length != 2 || wb.length != 2 || !wa[1].equals(wb[1]) || wa[0].equals(wb[0])) {
			return false;
		}
		var shorter = wa[0].length() < wb[0].length() ? wa[0] : wb[0];
		var longer = wa[0].length() < wb[0].length() ? wb[0] : wa[0];
		return shorter.length() >= 3 && longer.startsWith(shorter);
	}

	/** Every significant word of the shorter name is in the longer one (at least two of them). */
	private static boolean contains(String a, String b) {
		var wa = words(a);
		var wb = words(b);
		var shorter = wa.size() <= wb.size() ? wa : wb;
		var longer = wa.size() <= wb.size() ? wb : wa;
		return shorter.size() >= 2 && longer.containsAll(shorter);
	}

	private static List<String> words(String name) {
		return List.of(name.split("[^a-z0-9]+")).stream().filter(w -> !w.isEmpty() && !SMALL.contains(w)).toList();
	}

	private static String last(String name) {
		var words = name.split(" ");
		return words[words.length - 1];
	}

	private static boolean compatible(Mention.Type type, KnownEntity candidate) {
		var t = candidate.type();
		return t != null && (type == Mention.Type.UNKNOWN || type == t);
	}

	/** A node id for a new entity: the lowercase, hyphenated name. */
	static String slug(String name) {
		var s = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT).replaceAll("['’]", "").replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
		return s.isEmpty() ? "entity" : s;
	}

	static String round(double d) {
		return String.format(Locale.ROOT, "%.2f", d);
	}
}

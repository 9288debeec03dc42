package org.accountabilitygraph.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

import org.accountabilitygraph.facts.FactFile;
import org.accountabilitygraph.facts.FactSet;

/**
 * The names the graph knows: the registry's entities and those of the fact files, with every alias, so
 * that an article's names resolve to the nodes already there. People, organisations, groups, places,
 * constituencies and offices only; statements and events are the article's own.
 */
public final class KnownEntities {

	private static final List<String> KINDS = List.of("Person", "Organisation", "Group", "Place", "Constituency", "Office");

	private final Map<String, KnownEntity> byId;
	private final java.util.Set<String> registered;
	private final Map<String, List<KnownEntity>> byName = new LinkedHashMap<>();

	/** Every id the registry and the files use, events, decisions and statements included: a proposal's new ids avoid them. */
	private final java.util.Set<String> taken;

	/** @param registered the ids the registry defines (the others are defined by one article's file) */
	public KnownEntities(List<KnownEntity> entities, java.util.Set<String> registered) {
		this(entities, registered, java.util.Set.of());
	}

	/** @param taken every other id the files use (statements, events, decisions, ...) */
	public KnownEntities(List<KnownEntity> entities, java.util.Set<String> registered, java.util.Set<String> taken) {
		this.registered = java.util.Set.copyOf(registered);
		var all = new java.util.HashSet<>(taken);
		all.addAll(registered);
		entities.forEach(e -> all.add(e.id()));
		this.taken = java.util.Set.copyOf(all);
		byId = new LinkedHashMap<>();
		entities.forEach(e -> byId.put(e.id(), e));
		for (var e : entities) {
			var names = new LinkedHashSet<String>();
			names.add(e.name());
			names.addAll(e.aliases());
			names.forEach(n -> byName.computeIfAbsent(key(n), k -> new ArrayList<>()).add(e));
		}
	}

	/** The entities of the registry and of the files {@code include} accepts (the benchmark leaves one out). */
	public static KnownEntities of(FactSet facts, Predicate<FactFile> include) {
		var labels = new LinkedHashMap<String, List<String>>();
		var names = new LinkedHashMap<String, String>();
		var aliases = new LinkedHashMap<String, LinkedHashSet<String>>();
		var anonymous = new LinkedHashMap<String, Boolean>();
		for (var entry : facts.registry().entries().values()) {
			labels.put(entry.id(), entry.labels());
			names.put(entry.id(), String.valueOf(entry.properties().get("name")));
		}
		var registered = new LinkedHashSet<>(labels.keySet());
		var mentioned = new LinkedHashSet<String>();
		for (var file : facts.files()) {
			if (!include.test(file)) {
				continue;
			}
			for (var m : file.entities()) {
				mentioned.add(m.id());
				if (!m.labels().isEmpty()) {
					labels.putIfAbsent(m.id(), m.labels());
				}
				if (m.properties().get("name") instanceof String name) {
					names.putIfAbsent(m.id(), name);
				}
				if (m.properties().get("aliases") instanceof List<?> list) {
					list.forEach(a -> aliases.computeIfAbsent(m.id(), k -> new LinkedHashSet<>()).add(String.valueOf(a)));
				}
				if (Boolean.TRUE.equals(m.properties().get("anonymous"))) {
					anonymous.put(m.id(), true);
				}
			}
		}
		var entities = new ArrayList<KnownEntity>();
		for (var id : labels.keySet()) {
			var l = labels.get(id);
			boolean known = registered.contains(id) || mentioned.contains(id);
			if (known && names.containsKey(id) && l.stream().anyMatch(KINDS::contains)) {
				entities.add(new KnownEntity(id, l, names.get(id), List.copyOf(aliases.getOrDefault(id, new LinkedHashSet<>())),
						anonymous.getOrDefault(id, false)));
			}
		}
		return new KnownEntities(entities, registered, mentioned);
	}

	/** Whether the registry or a file already uses this id, for whatever node. */
	boolean taken(String id) {
		return taken.contains(id);
	}

	/** Whether the registry defines it; an entity only one article's file defines moves there once a second mentions it. */
	boolean registered(String id) {
		return registered.contains(id);
	}

	public List<KnownEntity> all() {
		return List.copyOf(byId.values());
	}

	public KnownEntity get(String id) {
		return byId.get(id);
	}

	/** The entities called exactly this (name or alias, letter case aside). */
	List<KnownEntity> named(String name) {
		return byName.getOrDefault(key(name), List.of());
	}

	/** The type of what the graph calls this, when the name is unambiguous. */
	Mention.Type typeOf(String name) {
		var found = named(name);
		return found.size() == 1 ? found.get(0).type() : null;
	}

	static String key(String name) {
		return name.toLowerCase(Locale.ROOT).replaceAll("[’']", "'").replaceAll("\\s+", " ").trim();
	}
}

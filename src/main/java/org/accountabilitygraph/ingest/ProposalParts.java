package org.accountabilitygraph.ingest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.accountabilitygraph.facts.Registry;

/** A proposal being written: its review list, entities, facts and registry additions, and the ids given so far. */
final class ProposalParts {

	final String text;
	final String shortId;
	final KnownEntities known;
	final List<Map<String, Object>> review = new ArrayList<>();
	final List<Map<String, Object>> entities = new ArrayList<>();
	final List<Map<String, Object>> facts = new ArrayList<>();
	final List<Registry.Entry> additions = new ArrayList<>();
	final Map<ArticleEntity, String> ids = new LinkedHashMap<>();
	final Set<String> usedIds = new HashSet<>();
	/** Each statement's id, for the facts that name it (MADE_IN). */
	final Map<ProposedStatement, String> statementIds = new LinkedHashMap<>();
	/** The inspection proposed for a sentence's rating, for a decision that followed it. */
	final Map<Span, String> inspections = new LinkedHashMap<>();

	ProposalParts(String text, String shortId, KnownEntities known) {
		this.text = text;
		this.shortId = shortId;
		this.known = known;
	}

	String id(ArticleEntity e) {
		return ids.get(e);
	}

	String unique(String id) {
		var candidate = id;
		for (int i = 2; usedIds.contains(candidate) || known.get(candidate) != null || known.taken(candidate); i++) {
			candidate = id + "-" + i;
		}
		return candidate;
	}

	Map<String, Object> fact(String type, String from, String to, String evidence, Map<String, Object> more) {
		var f = new LinkedHashMap<String, Object>();
		f.put("type", type);
		f.put("from", from);
		f.put("to", to);
		if (more != null) {
			f.putAll(more);
		}
		f.put("evidence", evidence.strip());
		boolean duplicate = facts.stream().anyMatch(x -> x.get("type").equals(type) && x.get("from").equals(from) && x.get("to").equals(to));
		if (!duplicate && !from.equals(to)) {
			facts.add(f);
		}
		return f;
	}

	void doubt(String id, String doubt, Double confidence, List<String> alternatives) {
		var d = new LinkedHashMap<String, Object>();
		d.put("id", id);
		d.put("doubt", doubt);
		if (confidence != null) {
			d.put("confidence", Math.round(confidence * 100) / 100.0);
		}
		if (!alternatives.isEmpty()) {
			d.put("alternatives", List.copyOf(alternatives));
		}
		review.add(d);
	}
}

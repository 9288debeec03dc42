package org.accountabilitygraph.ingest;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.io.JsonStringEncoder;

/**
 * Writes a fact file the way the curated ones read: top-level sections, one mapping per entity or fact,
 * strings in double quotes (JSON escapes are valid YAML), short lists inline.
 */
final class YamlWriter {

	private final StringBuilder out = new StringBuilder();

	YamlWriter comment(String line) {
		out.append("# ").append(line).append('\n');
		return this;
	}

	YamlWriter mapping(String key, Map<String, Object> map) {
		out.append(key).append(":\n");
		map.forEach((k, v) -> entry("  ", k, v));
		return this;
	}

	YamlWriter list(String key, List<Map<String, Object>> items) {
		out.append(key).append(':').append(items.isEmpty() ? " []\n" : "\n");
		for (var item : items) {
			boolean first = true;
			for (var e : item.entrySet()) {
				entry(first ? "- " : "  ", e.getKey(), e.getValue());
				first = false;
			}
		}
		return this;
	}

	private void entry(String indent, String key, Object value) {
		if (value == null) {
			return;
		}
		out.append(indent).append(key).append(": ").append(scalar(value)).append('\n');
	}

	static String scalar(Object value) {
		if (value instanceof List<?> list) {
			var b = new StringBuilder("[");
			for (var x : list) {
				if (b.length() > 1) {
					b.append(", ");
				}
				b.append(scalar(x));
			}
			return b.append(']').toString();
		}
		if (value instanceof Number || value instanceof Boolean) {
			return String.valueOf(value);
		}
		return "\"" + new String(JsonStringEncoder.getInstance().quoteAsString(String.valueOf(value))) + "\"";
	}

	@Override
	public String toString() {
		return out.toString();
	}
}

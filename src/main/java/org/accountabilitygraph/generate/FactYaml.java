package org.accountabilitygraph.generate;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.io.JsonStringEncoder;

/**
 * Writes fact files and the registry the way the curated ones read: top-level sections, one mapping per
 * entity or fact, ids and labels bare, every other string in double quotes (JSON escapes are valid YAML),
 * lists inline. Written by hand rather than by Jackson's YAML generator, whose layout differs from the
 * curated files'.
 */
final class FactYaml {

	private final StringBuilder out = new StringBuilder(8192);

	FactYaml comment(String line) {
		out.append("# ").append(line).append('\n');
		return this;
	}

	FactYaml section(String name) {
		out.append(name).append(":\n");
		return this;
	}

	/** A key of a mapping: the first of a list item when {@code first}, else indented under it. */
	FactYaml entry(boolean first, String indent, String key, Object value) {
		out.append(first ? "- " : indent).append(key).append(": ");
		value(value, key.equals("id") || key.equals("from") || key.equals("to") || key.equals("type"));
		out.append('\n');
		return this;
	}

	FactYaml labels(List<String> labels) {
		out.append("  labels: [").append(String.join(", ", labels)).append("]\n");
		return this;
	}

	FactYaml properties(String indent, Map<String, Object> properties) {
		properties.forEach((key, value) -> entry(false, indent, key, value));
		return this;
	}

	private void value(Object value, boolean bare) {
		if (value instanceof List<?> list) {
			out.append('[');
			for (int i = 0; i < list.size(); i++) {
				if (i > 0) {
					out.append(", ");
				}
				value(list.get(i), false);
			}
			out.append(']');
		}
		else if (value instanceof Number || value instanceof Boolean || bare) {
			out.append(value);
		}
		else {
			out.append('"');
			JsonStringEncoder.getInstance().quoteAsString(String.valueOf(value), out);
			out.append('"');
		}
	}

	@Override
	public String toString() {
		return out.toString();
	}
}

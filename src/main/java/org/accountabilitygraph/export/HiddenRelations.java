package org.accountabilitygraph.export;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

import org.accountabilitygraph.query.InvalidParameterException;
import org.accountabilitygraph.query.Parameters;
import org.accountabilitygraph.query.model.Network;
import org.accountabilitygraph.style.NetworkStyle;

/**
 * The relation types unticked in the page's legend ({@code hide=CRITICISED,LEADS}): an export leaves their edges
 * out, as the page's drawing does, and keeps every node, as the page does.
 */
public record HiddenRelations(Set<String> types) {

	public static final HiddenRelations NONE = new HiddenRelations(Set.of());

	public HiddenRelations {
		types = Set.copyOf(types);
	}

	/**
	 * A comma-separated list of relation types of the model (any case; empty entries ignored), or {@link #NONE}
	 * when absent. Anything else fails naming {@code parameter}: a misspelt type would otherwise hide nothing, silently.
	 */
	public static HiddenRelations parse(String parameter, String value) {
		if (value == null || value.isBlank()) {
			return NONE;
		}
		var types = new LinkedHashSet<String>();
		for (var entry : value.split(",")) {
			var type = entry.strip().toUpperCase(Locale.ROOT);
			if (type.isEmpty()) {
				continue;
			}
			if (!NetworkStyle.relationTypes().contains(type)) {
				// the whole list would be 400 characters: name where it is instead
				throw new InvalidParameterException(parameter, "'" + Parameters.abbreviate(entry.strip())
						+ "' is not a relation type; use types such as CRITICISED,LEADS (/api/network-style lists them all)");
			}
			types.add(type);
		}
		return new HiddenRelations(types);
	}

	/** The network without the edges of these types. */
	public Network applyTo(Network network) {
		if (types.isEmpty()) {
			return network;
		}
		return new Network(network.nodes(),
				network.edges().stream().filter(e -> !types.contains(String.valueOf(e.data().get("type")))).toList(),
				network.complete());
	}
}

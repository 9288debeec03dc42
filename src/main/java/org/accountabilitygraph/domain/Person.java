package org.accountabilitygraph.domain;

import java.util.List;

import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;

/** A person; {@code anonymous} speakers are people too, known by their {@code description}. */
@Node("Person")
public record Person(@Id String id, String name, List<String> aliases, String honorific, Boolean anonymous,
		String description, Long age) {
}

package org.accountabilitygraph.domain;

import java.util.List;

import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;

/** An organisation of any kind (trust, regulator, campaign, party, ...). */
@Node("Organisation")
public record Organisation(@Id String id, String name, List<String> aliases, String description) {
}

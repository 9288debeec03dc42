package org.accountabilitygraph.query.model;

/** A person, organisation or group within some steps of an entity, and how many. */
public record Neighbour(EntityRef entity, int distance) {
}

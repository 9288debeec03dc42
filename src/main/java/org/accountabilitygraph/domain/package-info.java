/**
 * The domain as Spring Data Neo4j entities, for simple look-ups by id or property through the
 * repositories here. They map node properties only (no relationships, so nothing is loaded beyond
 * the node asked for); questions that cross relationships go through
 * {@link org.accountabilitygraph.query.KnowledgeGraph} and the named queries.
 */
package org.accountabilitygraph.domain;

// One entity: its labels and properties, the first $roles of its roles over time (led, held office, member
// of, worked for, represented; one per article that attests it, oldest first), how many articles report it
// and the first $sources of them (oldest first), each with the sentence. Both lists are read a page at a time from
// the indexes of the keys the loader writes on roles and mentions (cypher/MODEL.md, "Keys for lists"), however
// many there are; roles of one date, relation, other end and article are ordered by the role's name.
// Example:    :params {id: 'norman-lamb', roles: 200, sources: 50}
MATCH (entity:Entity {id: $id})
CALL (entity) {
  // each relation's first roles from each end, read in order from the index of its keys (see cypher/MODEL.md, "Keys
  // for lists": the key is the role's date, relation, other end, article and role), then the first of them all
  CALL (entity) {
    MATCH (entity)-[role:LEADS]->(other) USING INDEX role:LEADS(holder, holderKey)
    WHERE role.holder = $id AND role.holderKey > ''
    WITH role, other ORDER BY role.holder, role.holderKey LIMIT $roles
    RETURN role, other, role.holderKey AS key
    UNION ALL
    MATCH (other)-[role:LEADS]->(entity) USING INDEX role:LEADS(heldIn, heldInKey)
    WHERE role.heldIn = $id AND role.heldInKey > ''
    WITH role, other ORDER BY role.heldIn, role.heldInKey LIMIT $roles
    RETURN role, other, role.heldInKey AS key
    UNION ALL
    MATCH (entity)-[role:HOLDS_OFFICE]->(other) USING INDEX role:HOLDS_OFFICE(holder, holderKey)
    WHERE role.holder = $id AND role.holderKey > ''
    WITH role, other ORDER BY role.holder, role.holderKey LIMIT $roles
    RETURN role, other, role.holderKey AS key
    UNION ALL
    MATCH (other)-[role:HOLDS_OFFICE]->(entity) USING INDEX role:HOLDS_OFFICE(heldIn, heldInKey)
    WHERE role.heldIn = $id AND role.heldInKey > ''
    WITH role, other ORDER BY role.heldIn, role.heldInKey LIMIT $roles
    RETURN role, other, role.heldInKey AS key
    UNION ALL
    MATCH (entity)-[role:MEMBER_OF]->(other) USING INDEX role:MEMBER_OF(holder, holderKey)
    WHERE role.holder = $id AND role.holderKey > ''
    WITH role, other ORDER BY role.holder, role.holderKey LIMIT $roles
    RETURN role, other, role.holderKey AS key
    UNION ALL
    MATCH (other)-[role:MEMBER_OF]->(entity) USING INDEX role:MEMBER_OF(heldIn, heldInKey)
    WHERE role.heldIn = $id AND role.heldInKey > ''
    WITH role, other ORDER BY role.heldIn, role.heldInKey LIMIT $roles
    RETURN role, other, role.heldInKey AS key
    UNION ALL
    MATCH (entity)-[role:WORKS_FOR]->(other) USING INDEX role:WORKS_FOR(holder, holderKey)
    WHERE role.holder = $id AND role.holderKey > ''
    WITH role, other ORDER BY role.holder, role.holderKey LIMIT $roles
    RETURN role, other, role.holderKey AS key
    UNION ALL
    MATCH (other)-[role:WORKS_FOR]->(entity) USING INDEX role:WORKS_FOR(heldIn, heldInKey)
    WHERE role.heldIn = $id AND role.heldInKey > ''
    WITH role, other ORDER BY role.heldIn, role.heldInKey LIMIT $roles
    RETURN role, other, role.heldInKey AS key
    UNION ALL
    MATCH (entity)-[role:REPRESENTS]->(other) USING INDEX role:REPRESENTS(holder, holderKey)
    WHERE role.holder = $id AND role.holderKey > ''
    WITH role, other ORDER BY role.holder, role.holderKey LIMIT $roles
    RETURN role, other, role.holderKey AS key
    UNION ALL
    MATCH (other)-[role:REPRESENTS]->(entity) USING INDEX role:REPRESENTS(heldIn, heldInKey)
    WHERE role.heldIn = $id AND role.heldInKey > ''
    WITH role, other ORDER BY role.heldIn, role.heldInKey LIMIT $roles
    RETURN role, other, role.heldInKey AS key
  }
  WITH entity, role, other
  ORDER BY key
  LIMIT $roles
  // the articles of the roles shown only (a busy trust is led in tens of thousands of articles)
  OPTIONAL MATCH (article:Article {id: role.article})
  RETURN collect({relation: type(role), direction: CASE WHEN startNode(role) = entity THEN 'out' ELSE 'in' END,
        other: other.id, otherName: coalesce(other.name, other.description, other.id), otherKind: labels(other), role: role.role,
        status: role.status, asOf: role.asOf, startDate: role.startDate, endDate: role.endDate,
        source: article {article: article.id, .title, .publisher,
                         articleDate: coalesce(article.date, coalesce(article.dateEarliest, '..') + '/' + coalesce(article.dateLatest, '..')),
                         .datePrecision, evidence: role.evidence}}) AS roles
}
CALL (entity) {
  // the first mentions in the index of their keys: the article's date (as the mention carries it) and id
  MATCH (entity)-[reported:REPORTED_IN]->() USING INDEX reported:REPORTED_IN(entity, sortKey)
  WHERE reported.entity = $id AND reported.sortKey > ''
  WITH reported
  ORDER BY reported.entity, reported.sortKey
  LIMIT $sources
  MATCH (article:Article {id: reported.article})
  RETURN collect(article {article: article.id, .title, .publisher,
                          articleDate: coalesce(article.date, coalesce(article.dateEarliest, '..') + '/' + coalesce(article.dateLatest, '..')),
                          .datePrecision, evidence: reported.evidence}) AS sources
}
RETURN entity.id AS id, labels(entity) AS labels, properties(entity) AS properties, roles, sources,
       COUNT { (entity)-[:LEADS|HOLDS_OFFICE|MEMBER_OF|WORKS_FOR|REPRESENTS]-() } AS roleCount,
       COUNT { (entity)-[:REPORTED_IN]->() } AS reports;

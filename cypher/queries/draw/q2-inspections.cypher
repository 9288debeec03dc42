// The organisation, its inspections (who conducted them, their ratings and must-do actions) and the
// decisions about it (who decided, which inspection they followed).
// The graph of q2-inspections.cypher's answer, with the same parameters.
MATCH (organisation:Organisation {id: $organisation})
OPTIONAL MATCH inspected = (inspection:Inspection)-[:INSPECTED|RATED]->(organisation)
OPTIONAL MATCH conducted = ()-[:CONDUCTED]->(inspection)
OPTIONAL MATCH required = (inspection)-[:REQUIRED]->(:MustDoAction)
WITH organisation, collect(DISTINCT inspected) + collect(DISTINCT conducted) + collect(DISTINCT required) AS inspections
OPTIONAL MATCH concerns = (decision:Decision)-[:CONCERNS]->(organisation)
OPTIONAL MATCH decided = ()-[:DECIDED|RECOMMENDED]->(decision)
OPTIONAL MATCH followed = (decision)-[:FOLLOWED]->(:Inspection)
RETURN organisation, inspections,
       collect(DISTINCT concerns) + collect(DISTINCT decided) + collect(DISTINCT followed) AS decisions;

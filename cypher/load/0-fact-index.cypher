// The loader's index of every fact by its article. Each fact is a relationship with an `article` property, and the
// nodes at its ends may be shared by thousands of articles (a trust is mentioned, led and talked about in most of
// them): read from those nodes, one article's 35 facts cost reading 650,000 relationships on a national store. With
// this index, taking an article back (1-retract) and an article's view (`article-text`, `article-facts`) read
// exactly its own facts. Full-text because it is the one kind of Neo4j index that covers many relationship types at
// once; the keyword analyzer keeps each id whole, so a query for '"article-d486f7aa"' matches that id exactly. The
// types are every relation of cypher/MODEL.md but REPORTED_IN (a mention, found from the article node); the fact
// files' schema accepts no others, and a test keeps the three lists equal. Made before every load (a store loaded
// by an earlier version gets it then), after the data by a bulk load.
CREATE FULLTEXT INDEX fact_article IF NOT EXISTS
  FOR ()-[fact:LEADS|HOLDS_OFFICE|WORKS_FOR|MEMBER_OF|REPRESENTS|PART_OF|SAID|ON_BEHALF_OF|ABOUT|MADE_IN|CRITICISED|CALLED_FOR|ADDRESSED_TO|CONCERNS|CONDUCTED|INSPECTED|RATED|REQUIRED|FOLLOWED|DECIDED|RECOMMENDED|ORGANISED|ATTENDED|CHAIRED|WROTE|SIGNED|SENT_TO|DIED_IN|ESTABLISHED|TOOK_PLACE_AT|INVOLVED|PUBLISHED|REPORTED_ON]-()
  ON EACH [fact.article]
  OPTIONS {indexConfig: {`fulltext.analyzer`: 'keyword'}};

// Article d486f7aa (data/articles/000_d486f7aa1cc7f0da.txt): after NSFT is rated inadequate for the third
// time, the Campaign to Save Mental Health Services in Norfolk and Suffolk plans protests in London and
// demands that Matt Hancock sack the trust's board; Antek Lejk's earlier response.

// Retraction: remove what an earlier version of this script loaded (its relationships, then nodes no
// article reports any more), so re-applying a corrected script leaves exactly its current content.
MATCH ()-[r {article: "article-d486f7aa"}]->() DELETE r;
MATCH (n) WHERE NOT n:Article AND none(l IN labels(n) WHERE l STARTS WITH "__") AND NOT (n)-[:REPORTED_IN]->()
DETACH DELETE n;

// The article
MERGE (a:Article {id: "article-d486f7aa"})
SET a.title = "Mental health campaigners will head to London to demand better mental health care in the region.",
    a.titleInferred = true,
    a.sourceFile = "data/articles/000_d486f7aa1cc7f0da.txt",
    a.date = "2018", a.datePrecision = "year", a.dateEarliest = null, a.dateLatest = "2018-12-16",
    a.dateReasoning = "NSFT has just been rated inadequate \"for the third time\" (the 2018 report, dated by article 4dedf428); the campaign wrote to Matthew Hancock \"in 2014, more than four years ago\"; the protest \"on December 17\" is still to come, so the article predates 17 December 2018.";

// Organisations
MATCH (a:Article {id: "article-d486f7aa"})
MERGE (n:Organisation {id: "nsft"})
SET n:Trust, n.name = "Norfolk and Suffolk NHS Foundation Trust",
    n.aliases = reduce(acc = coalesce(n.aliases, []), x IN ["NSFT", "Norfolk and Suffolk Foundation Trust", "the region's mental health trust"] | CASE WHEN x IN acc THEN acc ELSE acc + x END)
MERGE (n)-[r:REPORTED_IN {article: a.id}]->(a)
SET r.evidence = "It comes after the region's mental health trust Norfolk and Suffolk Foundation Trust (NSFT) was rated as inadequate for the third time by the Care Quality Commission (CQC).";

MATCH (a:Article {id: "article-d486f7aa"})
MERGE (n:Organisation {id: "cqc"})
SET n:Regulator, n.name = "Care Quality Commission",
    n.aliases = reduce(acc = coalesce(n.aliases, []), x IN ["CQC"] | CASE WHEN x IN acc THEN acc ELSE acc + x END)
MERGE (n)-[r:REPORTED_IN {article: a.id}]->(a)
SET r.evidence = "was rated as inadequate for the third time by the Care Quality Commission (CQC)";

MATCH (a:Article {id: "article-d486f7aa"})
MERGE (n:Organisation {id: "campaign-to-save-mental-health-services"})
SET n:Campaign, n.name = "Campaign to Save Mental Health Services in Norfolk and Suffolk"
MERGE (n)-[r:REPORTED_IN {article: a.id}]->(a)
SET r.evidence = "The Campaign to Save Mental Health Services in Norfolk and Suffolk plans to protest outside the Department of Health and Social Care, before attempting to meet with MPs at Westminster.";

MATCH (a:Article {id: "article-d486f7aa"})
MERGE (n:Organisation {id: "dhsc"})
SET n:GovernmentBody, n.name = "Department of Health and Social Care"
MERGE (n)-[r:REPORTED_IN {article: a.id}]->(a)
SET r.evidence = "plans to protest outside the Department of Health and Social Care";

MATCH (a:Article {id: "article-d486f7aa"})
MERGE (n:Organisation {id: "nhs-england-and-nhs-improvement"})
SET n:HealthBody, n.name = "NHS England and NHS Improvement",
    n.ambiguity = "Named together ('NHS England and NHS Improvement offices'); kept as one body."
MERGE (n)-[r:REPORTED_IN {article: a.id}]->(a)
SET r.evidence = "And they will also demonstrate outside NHS England and NHS Improvement offices on December 17.";

MATCH (a:Article {id: "article-d486f7aa"})
MERGE (n:Organisation {id: "mid-staffordshire-trust"})
SET n:Trust, n.name = "Mid Staffordshire Trust",
    n.description = "Mid Staffs has become a byword for NHS care at its most negligent",
    n.aliases = reduce(acc = coalesce(n.aliases, []), x IN ["Mid Staffs"] | CASE WHEN x IN acc THEN acc ELSE acc + x END)
MERGE (n)-[r:REPORTED_IN {article: a.id}]->(a)
SET r.evidence = "Mid Staffs has become a byword for NHS care at its most negligent, with a number of inquiries launched to get to the bottom of failings at the Mid Staffordshire Trust.";

// People and groups
MATCH (a:Article {id: "article-d486f7aa"})
MERGE (n:Person {id: "matt-hancock"})
SET n:MP, n.name = "Matt Hancock",
    n.aliases = reduce(acc = coalesce(n.aliases, []), x IN ["Matthew Hancock"] | CASE WHEN x IN acc THEN acc ELSE acc + x END)
MERGE (n)-[r:REPORTED_IN {article: a.id}]->(a)
SET r.evidence = "We wrote to the current secretary of state for health and social care, Suffolk MP Matthew Hancock, in 2014";

MATCH (a:Article {id: "article-d486f7aa"})
MERGE (n:Person {id: "antek-lejk"})
SET n.name = "Antek Lejk"
MERGE (n)-[r:REPORTED_IN {article: a.id}]->(a)
SET r.evidence = "NSFT chief executive Antek Lejk previously said";

MATCH (a:Article {id: "article-d486f7aa"})
MERGE (n:Person {id: "campaign-spokesperson-d486f7aa"})
SET n.name = "Spokesman for the Campaign to Save Mental Health Services in Norfolk and Suffolk",
    n.anonymous = true, n.description = "A spokesman for the group"
MERGE (n)-[r:REPORTED_IN {article: a.id}]->(a)
SET r.evidence = "A spokesman for the group said";

MATCH (a:Article {id: "article-d486f7aa"})
MERGE (n:Group {id: "nsft-board-and-senior-management"})
SET n.name = "The Board and senior management of NSFT"
MERGE (n)-[r:REPORTED_IN {article: a.id}]->(a)
SET r.evidence = "sack the Board and senior management of NSFT";

MATCH (a:Article {id: "article-d486f7aa"}), (g:Group {id: "nsft-board-and-senior-management"}), (t:Organisation {id: "nsft"})
MERGE (g)-[r:PART_OF {article: a.id}]->(t)
SET r.evidence = "the Board and senior management of NSFT";

MATCH (a:Article {id: "article-d486f7aa"})
MERGE (n:Group {id: "nsft-board"})
SET n.name = "The board of NSFT"
MERGE (n)-[r:REPORTED_IN {article: a.id}]->(a)
SET r.evidence = "sack the Board and senior management of NSFT";

MATCH (a:Article {id: "article-d486f7aa"}), (g:Group {id: "nsft-board"}), (t:Organisation {id: "nsft"})
MERGE (g)-[r:PART_OF {article: a.id}]->(t)
SET r.evidence = "the Board and senior management of NSFT";

MATCH (a:Article {id: "article-d486f7aa"})
MERGE (n:Group {id: "nsft-new-senior-management-team-2018"})
SET n.name = "NSFT's new senior management team",
    n.ambiguity = "The article does not say whether this new team is part of the 'senior management of NSFT' the campaign wants sacked; kept as a separate group."
MERGE (n)-[r:REPORTED_IN {article: a.id}]->(a)
SET r.evidence = "This will allow our new senior management team to make long-term, sustainable changes";

MATCH (a:Article {id: "article-d486f7aa"}), (g:Group {id: "nsft-new-senior-management-team-2018"}), (t:Organisation {id: "nsft"})
MERGE (g)-[r:PART_OF {article: a.id}]->(t)
SET r.evidence = "This will allow our new senior management team";

MATCH (a:Article {id: "article-d486f7aa"})
MERGE (n:Group {id: "mps-at-westminster-d486f7aa"})
SET n.name = "MPs at Westminster", n.description = "MPs at Westminster"
MERGE (n)-[r:REPORTED_IN {article: a.id}]->(a)
SET r.evidence = "before attempting to meet with MPs at Westminster";

// Places and office
MATCH (a:Article {id: "article-d486f7aa"})
MERGE (n:Place {id: "london"}) SET n.name = "London", n.kind = "city"
MERGE (n)-[r:REPORTED_IN {article: a.id}]->(a)
SET r.evidence = "Mental health campaigners will head to London to demand better mental health care in the region.";

MATCH (a:Article {id: "article-d486f7aa"})
MERGE (n:Place {id: "westminster"}) SET n.name = "Westminster", n.kind = "area"
MERGE (n)-[r:REPORTED_IN {article: a.id}]->(a)
SET r.evidence = "before attempting to meet with MPs at Westminster";

MATCH (a:Article {id: "article-d486f7aa"})
MERGE (n:Place {id: "suffolk"}) SET n.name = "Suffolk", n.kind = "county"
MERGE (n)-[r:REPORTED_IN {article: a.id}]->(a)
SET r.evidence = "Suffolk MP Matthew Hancock";

MATCH (a:Article {id: "article-d486f7aa"})
MERGE (n:Place {id: "norfolk"}) SET n.name = "Norfolk", n.kind = "county"
MERGE (n)-[r:REPORTED_IN {article: a.id}]->(a)
SET r.evidence = "warning him of the worsening crisis in mental health services in Norfolk and Suffolk";

MATCH (a:Article {id: "article-d486f7aa"})
MERGE (n:Office {id: "secretary-of-state-for-health-and-social-care"})
SET n.name = "Secretary of State for Health and Social Care", n.ministerial = true
MERGE (n)-[r:REPORTED_IN {article: a.id}]->(a)
SET r.evidence = "the current secretary of state for health and social care, Suffolk MP Matthew Hancock";

// Roles
MATCH (a:Article {id: "article-d486f7aa"}), (p:Person {id: "matt-hancock"}), (o:Office {id: "secretary-of-state-for-health-and-social-care"})
MERGE (p)-[r:HOLDS_OFFICE {article: a.id}]->(o)
SET r.status = "current", r.asOf = "2018", r.roleAsWritten = "current secretary of state for health and social care",
    r.evidence = "the current secretary of state for health and social care, Suffolk MP Matthew Hancock";

MATCH (a:Article {id: "article-d486f7aa"}), (p:Person {id: "matt-hancock"}), (s:Place {id: "suffolk"})
MERGE (p)-[r:REPRESENTS {article: a.id}]->(s)
SET r.note = "The article names only the county, not the constituency.", r.evidence = "Suffolk MP Matthew Hancock";

MATCH (a:Article {id: "article-d486f7aa"}), (p:Person {id: "antek-lejk"}), (o:Organisation {id: "nsft"})
MERGE (p)-[r:LEADS {article: a.id, role: "chief executive"}]->(o)
SET r.roleAsWritten = "NSFT chief executive", r.status = "current", r.asOf = "2018",
    r.evidence = "NSFT chief executive Antek Lejk previously said";

MATCH (a:Article {id: "article-d486f7aa"}), (p:Person {id: "campaign-spokesperson-d486f7aa"}), (o:Organisation {id: "campaign-to-save-mental-health-services"})
MERGE (p)-[r:MEMBER_OF {article: a.id}]->(o)
SET r.role = "spokesperson",
    r.ambiguity = "'the group' is read as the Campaign named in the paragraph before.",
    r.evidence = "A spokesman for the group said";

// The 2018 inspection: inadequate for the third time; report published "last month"
MATCH (a:Article {id: "article-d486f7aa"})
MERGE (i:Inspection {id: "cqc-inspection-nsft-2018"})
SET i.name = "CQC inspection of NSFT reported in 2018 (inadequate for the third time)", i.status = "completed",
    i.date = "2018", i.datePrecision = "year",
    i.dateReasoning = coalesce(i.dateReasoning, "The report rating the trust inadequate 'for the third time' was published 'last month'; the year comes from the article's date (see its dateReasoning and article 4dedf428).")
MERGE (i)-[r:REPORTED_IN {article: a.id}]->(a)
SET r.evidence = "It comes after the region's mental health trust Norfolk and Suffolk Foundation Trust (NSFT) was rated as inadequate for the third time by the Care Quality Commission (CQC).";

MATCH (a:Article {id: "article-d486f7aa"}), (i:Inspection {id: "cqc-inspection-nsft-2018"}), (c:Organisation {id: "cqc"})
MERGE (c)-[r:CONDUCTED {article: a.id}]->(i)
SET r.evidence = "was rated as inadequate for the third time by the Care Quality Commission (CQC)";

MATCH (a:Article {id: "article-d486f7aa"}), (i:Inspection {id: "cqc-inspection-nsft-2018"}), (t:Organisation {id: "nsft"})
MERGE (i)-[r:INSPECTED {article: a.id}]->(t)
SET r.evidence = "the region's mental health trust Norfolk and Suffolk Foundation Trust (NSFT) was rated as inadequate for the third time by the Care Quality Commission (CQC)";

MATCH (a:Article {id: "article-d486f7aa"}), (i:Inspection {id: "cqc-inspection-nsft-2018"}), (t:Organisation {id: "nsft"})
MERGE (i)-[r:RATED {article: a.id, domain: "overall"}]->(t)
SET r.rating = "inadequate", r.note = "for the third time",
    r.ambiguity = "The article says the trust 'was rated as inadequate'; read as the overall rating.",
    r.evidence = "Norfolk and Suffolk Foundation Trust (NSFT) was rated as inadequate for the third time by the Care Quality Commission (CQC)";

MATCH (a:Article {id: "article-d486f7aa"})
MERGE (e:Event {id: "cqc-report-publication-nsft-2018"})
SET e.kind = "report-publication", e.name = "Publication of the CQC report on NSFT", e.status = "happened",
    e.date = "2018", e.datePrecision = "year", e.dateText = "last month", e.dateLatest = "2018-11-30",
    e.dateReasoning = "The month before the article, whose month is not known; the article is no later than 16 December 2018, so the publication is no later than November 2018."
MERGE (e)-[r:REPORTED_IN {article: a.id}]->(a)
SET r.evidence = "The campaigners also held three days of protests following the CQC report publication last month.";

MATCH (a:Article {id: "article-d486f7aa"}), (e:Event {id: "cqc-report-publication-nsft-2018"}), (i:Inspection {id: "cqc-inspection-nsft-2018"})
MERGE (e)-[r:ABOUT {article: a.id}]->(i)
SET r.evidence = "following the CQC report publication last month",
    r.ambiguity = "'the CQC report publication last month' is read as the report that rated NSFT inadequate for the third time.";

MATCH (a:Article {id: "article-d486f7aa"}), (e:Event {id: "cqc-report-publication-nsft-2018"}), (c:Organisation {id: "cqc"})
MERGE (e)-[r:INVOLVED {article: a.id}]->(c)
SET r.role = "publisher of the report", r.evidence = "the CQC report publication last month";

// Protests
MATCH (a:Article {id: "article-d486f7aa"})
MERGE (e:Event {id: "protest-dhsc-2018"})
SET e.kind = "protest", e.name = "Protest outside the Department of Health and Social Care",
    e.description = "before attempting to meet with MPs at Westminster; to demand better mental health care in the region",
    e.status = "planned", e.date = "2018", e.datePrecision = "year",
    e.dateReasoning = "Planned in the article (2018, no later than 16 December) with no date of its own; read as part of the same London trip as the 17 December demonstration, so 2018.",
    e.ambiguity = "The article does not give the date; it may be the same day as the December 17 demonstration."
MERGE (e)-[r:REPORTED_IN {article: a.id}]->(a)
SET r.evidence = "The Campaign to Save Mental Health Services in Norfolk and Suffolk plans to protest outside the Department of Health and Social Care, before attempting to meet with MPs at Westminster.";

MATCH (a:Article {id: "article-d486f7aa"})
MERGE (e:Event {id: "protest-nhs-england-and-nhs-improvement-2018-12-17"})
SET e.kind = "protest", e.name = "Demonstration outside NHS England and NHS Improvement offices",
    e.status = "planned", e.date = "2018-12-17", e.datePrecision = "day", e.dateText = "December 17",
    e.dateReasoning = "December 17 of the article's year (2018), still to come."
MERGE (e)-[r:REPORTED_IN {article: a.id}]->(a)
SET r.evidence = "And they will also demonstrate outside NHS England and NHS Improvement offices on December 17.";

MATCH (a:Article {id: "article-d486f7aa"})
MERGE (e:Event {id: "meeting-campaign-mps-westminster-2018"})
SET e.kind = "meeting", e.name = "Campaigners attempt to meet MPs at Westminster", e.status = "planned",
    e.date = "2018", e.datePrecision = "year",
    e.dateReasoning = "Planned in the article (2018, no later than 16 December) with no date of its own; read as part of the same London trip as the 17 December demonstration, so 2018."
MERGE (e)-[r:REPORTED_IN {article: a.id}]->(a)
SET r.evidence = "before attempting to meet with MPs at Westminster";

MATCH (a:Article {id: "article-d486f7aa"})
MERGE (e:Event {id: "protests-three-days-after-cqc-report-2018"})
SET e.kind = "protest", e.name = "Three days of protests following the CQC report publication", e.status = "happened",
    e.date = "2018", e.datePrecision = "year", e.dateText = "following the CQC report publication last month",
    e.dateLatest = "2018-12-16",
    e.dateReasoning = "Held after the CQC report was published 'last month' and before the article (no later than 16 December 2018)."
MERGE (e)-[r:REPORTED_IN {article: a.id}]->(a)
SET r.evidence = "The campaigners also held three days of protests following the CQC report publication last month.";

UNWIND [
  ["protest-dhsc-2018", "ORGANISED", "The Campaign to Save Mental Health Services in Norfolk and Suffolk plans to protest outside the Department of Health and Social Care"],
  ["protest-nhs-england-and-nhs-improvement-2018-12-17", "ORGANISED", "And they will also demonstrate outside NHS England and NHS Improvement offices on December 17."],
  ["meeting-campaign-mps-westminster-2018", "ORGANISED", "before attempting to meet with MPs at Westminster"],
  ["protests-three-days-after-cqc-report-2018", "ORGANISED", "The campaigners also held three days of protests"]
] AS row
MATCH (a:Article {id: "article-d486f7aa"}), (c:Organisation {id: "campaign-to-save-mental-health-services"}), (e:Event {id: row[0]})
MERGE (c)-[r:ORGANISED {article: a.id}]->(e)
SET r.evidence = row[2];

UNWIND [
  ["protest-dhsc-2018", "dhsc", "plans to protest outside the Department of Health and Social Care", null],
  ["protest-dhsc-2018", "london", "Mental health campaigners will head to London", "The lead says only 'Mental health campaigners' will head to London; read as the Campaign named in the next sentence, whose protest outside the Department of Health and Social Care is part of that trip."],
  ["protest-nhs-england-and-nhs-improvement-2018-12-17", "nhs-england-and-nhs-improvement", "demonstrate outside NHS England and NHS Improvement offices on December 17", null],
  ["meeting-campaign-mps-westminster-2018", "westminster", "before attempting to meet with MPs at Westminster", null]
] AS row
MATCH (a:Article {id: "article-d486f7aa"}), (e:Event {id: row[0]}), (p {id: row[1]})
MERGE (e)-[r:TOOK_PLACE_AT {article: a.id}]->(p)
SET r.evidence = row[2], r.ambiguity = row[3];

MATCH (a:Article {id: "article-d486f7aa"}), (e:Event {id: "meeting-campaign-mps-westminster-2018"}), (g:Group {id: "mps-at-westminster-d486f7aa"})
MERGE (e)-[r:INVOLVED {article: a.id}]->(g)
SET r.role = "the MPs the campaigners will attempt to meet", r.evidence = "attempting to meet with MPs at Westminster";

// The London actions come after the third inadequate rating
UNWIND ["protest-dhsc-2018", "protest-nhs-england-and-nhs-improvement-2018-12-17", "meeting-campaign-mps-westminster-2018"] AS id
MATCH (a:Article {id: "article-d486f7aa"}), (e:Event {id: id}), (i:Inspection {id: "cqc-inspection-nsft-2018"})
MERGE (e)-[r:FOLLOWED {article: a.id}]->(i)
SET r.evidence = "It comes after the region's mental health trust Norfolk and Suffolk Foundation Trust (NSFT) was rated as inadequate for the third time by the Care Quality Commission (CQC).",
    r.ambiguity = "'It' is the planned action in London; read as covering both protests and the attempt to meet MPs.";

MATCH (a:Article {id: "article-d486f7aa"}), (e:Event {id: "protests-three-days-after-cqc-report-2018"}), (p:Event {id: "cqc-report-publication-nsft-2018"})
MERGE (e)-[r:FOLLOWED {article: a.id}]->(p)
SET r.evidence = "three days of protests following the CQC report publication last month";

MATCH (a:Article {id: "article-d486f7aa"}), (e:Event {id: "protests-three-days-after-cqc-report-2018"}), (t:Organisation {id: "nsft"})
MERGE (e)-[r:ABOUT {article: a.id}]->(t)
SET r.ambiguity = "The article does not say what the protests targeted; read as the trust, the report's subject.",
    r.evidence = "held three days of protests following the CQC report publication";

// The campaign's letter to Matthew Hancock in 2014
MATCH (a:Article {id: "article-d486f7aa"})
MERGE (e:Event {id: "letter-campaign-to-hancock-2014"})
SET e.kind = "letter", e.name = "The campaign's letter to Matthew Hancock",
    e.description = "warning him of the worsening crisis in mental health services in Norfolk and Suffolk; he did not reply",
    e.status = "happened", e.date = "2014", e.datePrecision = "year", e.dateText = "in 2014, more than four years ago"
MERGE (e)-[r:REPORTED_IN {article: a.id}]->(a)
SET r.evidence = "We wrote to the current secretary of state for health and social care, Suffolk MP Matthew Hancock, in 2014, more than four years ago, warning him of the worsening crisis in mental health services in Norfolk and Suffolk.";

MATCH (a:Article {id: "article-d486f7aa"}), (e:Event {id: "letter-campaign-to-hancock-2014"}), (c:Organisation {id: "campaign-to-save-mental-health-services"})
MERGE (c)-[r:WROTE {article: a.id}]->(e)
SET r.ambiguity = "Known from the spokesman's 'We wrote'; read as the campaign.",
    r.evidence = "We wrote to the current secretary of state for health and social care, Suffolk MP Matthew Hancock, in 2014";

MATCH (a:Article {id: "article-d486f7aa"}), (e:Event {id: "letter-campaign-to-hancock-2014"}), (p:Person {id: "matt-hancock"})
MERGE (e)-[r:SENT_TO {article: a.id}]->(p)
SET r.note = "He didn't even reply.",
    r.evidence = "We wrote to the current secretary of state for health and social care, Suffolk MP Matthew Hancock, in 2014";

UNWIND ["norfolk", "suffolk"] AS id
MATCH (a:Article {id: "article-d486f7aa"}), (e:Event {id: "letter-campaign-to-hancock-2014"}), (p:Place {id: id})
MERGE (e)-[r:ABOUT {article: a.id}]->(p)
SET r.evidence = "warning him of the worsening crisis in mental health services in Norfolk and Suffolk";

// What the 2014 letter said (reported writing)
MATCH (a:Article {id: "article-d486f7aa"})
MERGE (s:Statement {id: "statement-d486f7aa-04"})
SET s.kind = "reported", s.medium = "letter", s.date = "2014", s.datePrecision = "year",
    s.dateText = "in 2014, more than four years ago",
    s.text = "warning him of the worsening crisis in mental health services in Norfolk and Suffolk"
MERGE (s)-[r:REPORTED_IN {article: a.id}]->(a)
SET r.evidence = "We wrote to the current secretary of state for health and social care, Suffolk MP Matthew Hancock, in 2014, more than four years ago, warning him of the worsening crisis in mental health services in Norfolk and Suffolk.";

MATCH (a:Article {id: "article-d486f7aa"}), (s:Statement {id: "statement-d486f7aa-04"}),
      (c:Organisation {id: "campaign-to-save-mental-health-services"}), (h:Person {id: "matt-hancock"}),
      (e:Event {id: "letter-campaign-to-hancock-2014"})
MERGE (c)-[r1:SAID {article: a.id}]->(s)
SET r1.evidence = "We wrote to the current secretary of state for health and social care, Suffolk MP Matthew Hancock, in 2014, more than four years ago, warning him",
    r1.ambiguity = "Known from the spokesman's 'We wrote'; the writer is read as the campaign."
MERGE (s)-[r2:MADE_IN {article: a.id}]->(e)
SET r2.evidence = "We wrote to the current secretary of state for health and social care, Suffolk MP Matthew Hancock, in 2014, more than four years ago, warning him"
MERGE (s)-[r3:ADDRESSED_TO {article: a.id}]->(h)
SET r3.evidence = "Suffolk MP Matthew Hancock, in 2014, more than four years ago, warning him of the worsening crisis";

UNWIND ["norfolk", "suffolk"] AS id
MATCH (a:Article {id: "article-d486f7aa"}), (s:Statement {id: "statement-d486f7aa-04"}), (p:Place {id: id})
MERGE (s)-[r:ABOUT {article: a.id}]->(p)
SET r.evidence = "warning him of the worsening crisis in mental health services in Norfolk and Suffolk";

// Statements of the campaign's spokesman
MATCH (a:Article {id: "article-d486f7aa"})
MERGE (s:Statement {id: "statement-d486f7aa-01"})
SET s.kind = "quote", s.date = "2018", s.datePrecision = "year",
    s.dateReasoning = "Given for this article, which is from 2018 (see the article's dateReasoning).",
    s.text = "We now need to hold those responsible for the current disastrous toleration of repeated failure and unnecessary deaths to account. The mental health Mid Staffs must be stopped."
MERGE (s)-[r:REPORTED_IN {article: a.id}]->(a)
SET r.evidence = "A spokesman for the group said: 'We now need to hold those responsible for the current disastrous toleration of repeated failure and unnecessary deaths to account. The mental health Mid Staffs must be stopped.'";

MATCH (a:Article {id: "article-d486f7aa"})
MERGE (s:Statement {id: "statement-d486f7aa-02"})
SET s.kind = "quote", s.date = "2018", s.datePrecision = "year",
    s.dateReasoning = "Given for this article, which is from 2018 (see the article's dateReasoning).",
    s.text = "We wrote to the current secretary of state for health and social care, Suffolk MP Matthew Hancock, in 2014, more than four years ago, warning him of the worsening crisis in mental health services in Norfolk and Suffolk. He didn't even reply. Now is the time for him to do the right thing and sack the Board and senior management of NSFT and bring in new and competent management from the best NHS trusts in the country."
MERGE (s)-[r:REPORTED_IN {article: a.id}]->(a)
SET r.evidence = "The spokesman added: 'We wrote to the current secretary of state for health and social care, Suffolk MP Matthew Hancock, in 2014";

UNWIND [["statement-d486f7aa-01", "A spokesman for the group said: 'We now need to hold those responsible"],
        ["statement-d486f7aa-02", "The spokesman added: 'We wrote to the current secretary of state for health and social care"]] AS row
MATCH (a:Article {id: "article-d486f7aa"}), (p:Person {id: "campaign-spokesperson-d486f7aa"}), (s:Statement {id: row[0]}),
      (c:Organisation {id: "campaign-to-save-mental-health-services"})
MERGE (p)-[said:SAID {article: a.id}]->(s)
SET said.evidence = row[1]
MERGE (s)-[r:ON_BEHALF_OF {article: a.id}]->(c)
SET r.evidence = "A spokesman for the group said",
    r.note = CASE row[0] WHEN "statement-d486f7aa-02" THEN "'The spokesman added' refers back to 'A spokesman for the group'." END;

UNWIND [
  ["statement-d486f7aa-01", "nsft", "hold those responsible for the current disastrous toleration of repeated failure and unnecessary deaths to account",
   "The quote does not name 'those responsible'; read as the trust (and its leadership), whose board the spokesman then asks to be sacked."],
  ["statement-d486f7aa-01", "mid-staffordshire-trust", "The mental health Mid Staffs must be stopped.",
   "A comparison: the region's mental health failings are likened to Mid Staffs; the Mid Staffordshire Trust is not itself the subject."],
  ["statement-d486f7aa-02", "matt-hancock", "He didn't even reply.", null],
  ["statement-d486f7aa-02", "letter-campaign-to-hancock-2014", "We wrote to the current secretary of state for health and social care, Suffolk MP Matthew Hancock, in 2014", null],
  ["statement-d486f7aa-02", "nsft-board-and-senior-management", "sack the Board and senior management of NSFT", null],
  ["statement-d486f7aa-02", "nsft-board", "sack the Board and senior management of NSFT", null],
  ["statement-d486f7aa-02", "nsft", "sack the Board and senior management of NSFT", null]
] AS row
MATCH (a:Article {id: "article-d486f7aa"}), (s:Statement {id: row[0]}), (t {id: row[1]})
MERGE (s)-[r:ABOUT {article: a.id}]->(t)
SET r.evidence = row[2], r.ambiguity = row[3];

// The inquiries into Mid Staffs (the paragraph after the first quote)
MATCH (a:Article {id: "article-d486f7aa"})
MERGE (e:Event {id: "inquiries-mid-staffordshire-trust"})
SET e.kind = "inquiry", e.name = "Inquiries into failings at the Mid Staffordshire Trust", e.status = "happened",
    e.description = "a number of inquiries launched to get to the bottom of failings at the Mid Staffordshire Trust",
    e.date = null, e.datePrecision = "range", e.dateLatest = "2018-12-16",
    e.dateReasoning = "Already launched when the article was written (no later than 16 December 2018); the text gives no other date."
MERGE (e)-[r:REPORTED_IN {article: a.id}]->(a)
SET r.evidence = "with a number of inquiries launched to get to the bottom of failings at the Mid Staffordshire Trust";

MATCH (a:Article {id: "article-d486f7aa"}), (e:Event {id: "inquiries-mid-staffordshire-trust"}), (m:Organisation {id: "mid-staffordshire-trust"})
MERGE (e)-[r:ABOUT {article: a.id}]->(m)
SET r.evidence = "inquiries launched to get to the bottom of failings at the Mid Staffordshire Trust";

// Criticism by the campaign
UNWIND [
  ["nsft", "statement-d486f7aa-01", "the current disastrous toleration of repeated failure and unnecessary deaths", "We now need to hold those responsible for the current disastrous toleration of repeated failure and unnecessary deaths to account.",
   "The quote does not name 'those responsible'; read as the trust (and its leadership), whose board the spokesman then asks to be sacked."],
  ["nsft-board-and-senior-management", "statement-d486f7aa-02", "should be sacked and replaced with competent management", "sack the Board and senior management of NSFT and bring in new and competent management from the best NHS trusts in the country", null],
  ["matt-hancock", "statement-d486f7aa-02", "did not reply to the campaign's 2014 letter", "warning him of the worsening crisis in mental health services in Norfolk and Suffolk. He didn't even reply.", null]
] AS row
MATCH (a:Article {id: "article-d486f7aa"}), (c:Organisation {id: "campaign-to-save-mental-health-services"}), (t {id: row[0]})
MERGE (c)-[r:CRITICISED {article: a.id}]->(t)
SET r.statement = row[1], r.summary = row[2], r.evidence = row[3], r.ambiguity = row[4];

// The call to sack the board
MATCH (a:Article {id: "article-d486f7aa"})
MERGE (c:CallForAction {id: "call-campaign-sack-nsft-board-2018"})
SET c.action = "sack the Board and senior management of NSFT and bring in new and competent management from the best NHS trusts in the country",
    c.date = "2018", c.datePrecision = "year",
    c.dateReasoning = "Made in the spokesman's statement for this article, which is from 2018 (see the article's dateReasoning)."
MERGE (c)-[r:REPORTED_IN {article: a.id}]->(a)
SET r.evidence = "Now is the time for him to do the right thing and sack the Board and senior management of NSFT and bring in new and competent management from the best NHS trusts in the country.";

MATCH (a:Article {id: "article-d486f7aa"}), (call:CallForAction {id: "call-campaign-sack-nsft-board-2018"}), (c:Organisation {id: "campaign-to-save-mental-health-services"})
MERGE (c)-[r:CALLED_FOR {article: a.id}]->(call)
SET r.statement = "statement-d486f7aa-02", r.evidence = "Now is the time for him to do the right thing and sack the Board and senior management of NSFT";

MATCH (a:Article {id: "article-d486f7aa"}), (call:CallForAction {id: "call-campaign-sack-nsft-board-2018"}), (p:Person {id: "matt-hancock"})
MERGE (call)-[r:ADDRESSED_TO {article: a.id}]->(p)
SET r.evidence = "Now is the time for him to do the right thing and sack the Board and senior management of NSFT";

UNWIND ["nsft", "nsft-board-and-senior-management", "nsft-board"] AS id
MATCH (a:Article {id: "article-d486f7aa"}), (call:CallForAction {id: "call-campaign-sack-nsft-board-2018"}), (t {id: id})
MERGE (call)-[r:CONCERNS {article: a.id}]->(t)
SET r.evidence = "sack the Board and senior management of NSFT";

MATCH (a:Article {id: "article-d486f7aa"})
MERGE (c:CallForAction {id: "call-campaign-better-mental-health-care-2018"})
SET c.action = "better mental health care in the region", c.date = "2018", c.datePrecision = "year",
    c.dateReasoning = "The purpose of the London trip the article announces; the article is from 2018 (see its dateReasoning)."
MERGE (c)-[r:REPORTED_IN {article: a.id}]->(a)
SET r.evidence = "Mental health campaigners will head to London to demand better mental health care in the region.";

MATCH (a:Article {id: "article-d486f7aa"}), (call:CallForAction {id: "call-campaign-better-mental-health-care-2018"}), (c:Organisation {id: "campaign-to-save-mental-health-services"})
MERGE (c)-[r:CALLED_FOR {article: a.id}]->(call)
SET r.evidence = "Mental health campaigners will head to London to demand better mental health care in the region.",
    r.ambiguity = "The lead says only 'Mental health campaigners'; read as the Campaign named in the next sentence.";

UNWIND ["protest-dhsc-2018", "protest-nhs-england-and-nhs-improvement-2018-12-17"] AS id
MATCH (a:Article {id: "article-d486f7aa"}), (call:CallForAction {id: "call-campaign-better-mental-health-care-2018"}), (e:Event {id: id})
MERGE (call)-[r:MADE_IN {article: a.id}]->(e)
SET r.evidence = "Mental health campaigners will head to London to demand better mental health care in the region.",
    r.ambiguity = "The demand is the purpose of the trip to London; read as made at the campaign's protests: the one outside the Department of Health and Social Care and, through 'also', the 17 December demonstration (the article does not say where those offices are).";

UNWIND ["norfolk", "suffolk"] AS id
MATCH (a:Article {id: "article-d486f7aa"}), (call:CallForAction {id: "call-campaign-better-mental-health-care-2018"}), (p:Place {id: id})
MERGE (call)-[r:ABOUT {article: a.id}]->(p)
SET r.evidence = "to demand better mental health care in the region",
    r.ambiguity = "'the region' is read as Norfolk and Suffolk: the area of the Campaign and of 'the region's mental health trust' NSFT.";

// The calls in the spokesman's first quote
UNWIND [
  {id: "call-campaign-hold-responsible-to-account-2018",
   action: "hold those responsible for the current disastrous toleration of repeated failure and unnecessary deaths to account",
   evidence: "We now need to hold those responsible for the current disastrous toleration of repeated failure and unnecessary deaths to account."},
  {id: "call-campaign-stop-mental-health-mid-staffs-2018",
   action: "The mental health Mid Staffs must be stopped",
   evidence: "The mental health Mid Staffs must be stopped."}
] AS row
MATCH (a:Article {id: "article-d486f7aa"})
MERGE (call:CallForAction {id: row.id})
SET call.action = row.action, call.date = "2018", call.datePrecision = "year",
    call.dateReasoning = "Made in the spokesman's statement for this article, which is from 2018 (see the article's dateReasoning)."
MERGE (call)-[r:REPORTED_IN {article: a.id}]->(a)
SET r.evidence = row.evidence;

UNWIND [
  ["call-campaign-hold-responsible-to-account-2018", "We now need to hold those responsible for the current disastrous toleration of repeated failure and unnecessary deaths to account."],
  ["call-campaign-stop-mental-health-mid-staffs-2018", "The mental health Mid Staffs must be stopped."]
] AS row
MATCH (a:Article {id: "article-d486f7aa"}), (call:CallForAction {id: row[0]}),
      (c:Organisation {id: "campaign-to-save-mental-health-services"}), (t:Organisation {id: "nsft"})
MERGE (c)-[cf:CALLED_FOR {article: a.id}]->(call)
SET cf.statement = "statement-d486f7aa-01", cf.evidence = row[1]
MERGE (call)-[co:CONCERNS {article: a.id}]->(t)
SET co.evidence = row[1],
    co.ambiguity = "The quote names neither 'those responsible' nor the 'mental health Mid Staffs'; read as the trust rated inadequate for the third time, whose board the spokesman then asks to be sacked.";

// Antek Lejk's earlier response (on behalf of the trust)
MATCH (a:Article {id: "article-d486f7aa"})
MERGE (s:Statement {id: "statement-d486f7aa-03"})
SET s.kind = "quote", s.date = null, s.datePrecision = "range", s.dateLatest = "2018-12-16",
    s.dateText = "previously",
    s.dateReasoning = "'previously said': before the article (no later than 16 December 2018) and after the draft report was received; no earlier bound in the text.",
    s.text = "Although we have been working hard to make improvements, we recognise that the actions we have taken so far have not resulted in the rapid progress which both the CQC and our Trust had hoped for. Since receiving the draft report, we have been taking action to address the immediate concerns found by the CQC and listening to our staff and service users to make sure we fully understand the deeper challenges faced by the Trust. This will allow our new senior management team to make long-term, sustainable changes which are based on their knowledge and experience and also draw on best practice from across the wider NHS. We are determined to get things right.",
    s.ambiguity = "The article says only that he 'previously said' this; the medium is not given."
MERGE (s)-[r:REPORTED_IN {article: a.id}]->(a)
SET r.evidence = "NSFT chief executive Antek Lejk previously said: 'Although we have been working hard to make improvements";

MATCH (a:Article {id: "article-d486f7aa"}), (p:Person {id: "antek-lejk"}), (s:Statement {id: "statement-d486f7aa-03"}), (t:Organisation {id: "nsft"})
MERGE (p)-[said:SAID {article: a.id}]->(s)
SET said.evidence = "NSFT chief executive Antek Lejk previously said: 'Although we have been working hard to make improvements"
MERGE (s)-[r:ON_BEHALF_OF {article: a.id}]->(t)
SET r.evidence = "we recognise that the actions we have taken so far have not resulted in the rapid progress which both the CQC and our Trust had hoped for";

UNWIND [
  ["nsft", "the deeper challenges faced by the Trust"],
  ["cqc-inspection-nsft-2018", "Since receiving the draft report, we have been taking action to address the immediate concerns found by the CQC"],
  ["cqc", "the rapid progress which both the CQC and our Trust had hoped for"],
  ["nsft-new-senior-management-team-2018", "This will allow our new senior management team to make long-term, sustainable changes"]
] AS row
MATCH (a:Article {id: "article-d486f7aa"}), (s:Statement {id: "statement-d486f7aa-03"}), (t {id: row[0]})
MERGE (s)-[r:ABOUT {article: a.id}]->(t)
SET r.evidence = row[1];

// NSFT's receipt of the draft report (in Antek Lejk's statement)
MATCH (a:Article {id: "article-d486f7aa"})
MERGE (e:Event {id: "nsft-receives-draft-cqc-report-2018"})
SET e.kind = "report-receipt", e.name = "NSFT receives the CQC's draft report", e.status = "happened",
    e.date = null, e.datePrecision = "range", e.dateLatest = "2018-12-16",
    e.dateReasoning = "Before Antek Lejk's statement, which is before the article (no later than 16 December 2018); the text gives no date."
MERGE (e)-[r:REPORTED_IN {article: a.id}]->(a)
SET r.evidence = "Since receiving the draft report, we have been taking action to address the immediate concerns found by the CQC";

MATCH (a:Article {id: "article-d486f7aa"}), (e:Event {id: "nsft-receives-draft-cqc-report-2018"}), (t:Organisation {id: "nsft"}),
      (i:Inspection {id: "cqc-inspection-nsft-2018"}), (s:Statement {id: "statement-d486f7aa-03"})
MERGE (e)-[r1:INVOLVED {article: a.id}]->(t)
SET r1.role = "recipient of the draft report", r1.evidence = "Since receiving the draft report, we have been taking action"
MERGE (e)-[r2:ABOUT {article: a.id}]->(i)
SET r2.evidence = "Since receiving the draft report, we have been taking action to address the immediate concerns found by the CQC",
    r2.ambiguity = "Read as the draft of the report that rated the trust inadequate for the third time."
MERGE (s)-[r3:FOLLOWED {article: a.id}]->(e)
SET r3.evidence = "Since receiving the draft report, we have been taking action";

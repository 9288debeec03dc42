// Article 60032d35 (data/articles/003_60032d35399492d0.txt): at a meeting of MPs, health leaders and
// ministers, Duncan Baker asks the mental health minister Gillian Keegan for special administration of
// NSFT; Chloe Smith's demands; 140 doctors' letter; NSFT's chair and deputy chief executive respond;
// a former consultant describes a blame culture.

// Retraction: remove what an earlier version of this script loaded (its relationships, then nodes no
// article reports any more), so re-applying a corrected script leaves exactly its current content.
MATCH ()-[r {article: "article-60032d35"}]->() DELETE r;
MATCH (n) WHERE NOT n:Article AND none(l IN labels(n) WHERE l STARTS WITH "__") AND NOT (n)-[:REPORTED_IN]->()
DETACH DELETE n;

// The article
MERGE (a:Article {id: "article-60032d35"})
SET a.title = "A Tory MP has taken his calls for the region's mental health trust to be taken over by the government directly to top ministers.",
    a.titleInferred = true,
    a.sourceFile = "data/articles/003_60032d35399492d0.txt",
    a.publisher = "Eastern Daily Press",
    a.publisherEvidence = "Image captions begin 'Eastern Daily Press:'.",
    a.date = "2022", a.datePrecision = "year", a.dateEarliest = null, a.dateLatest = "2022-09-30",
    a.dateReasoning = "The former consultant left NSFT \"last year\", resigning \"in 2021\", so the article is from 2022; firmer plans are expected \"towards the end of September\" and the re-inspection \"this autumn\", so it predates the end of September 2022.";

MATCH (a:Article {id: "article-60032d35"})
MERGE (o:Organisation {id: "eastern-daily-press"})
SET o:MediaOutlet, o.name = "Eastern Daily Press"
MERGE (o)-[r:REPORTED_IN {article: a.id}]->(a)
SET r.evidence = "Eastern Daily Press: Care minister Gillian Keegan.";

MATCH (a:Article {id: "article-60032d35"}), (o:Organisation {id: "eastern-daily-press"})
MERGE (o)-[r:PUBLISHED {article: a.id}]->(a)
SET r.ambiguity = "Inferred from the 'Eastern Daily Press:' prefix of the image captions.",
    r.evidence = "Eastern Daily Press: Care minister Gillian Keegan.";

// Image credit in the caption of Chloe Smith's photograph
MATCH (a:Article {id: "article-60032d35"})
MERGE (p:Person {id: "noah-vickers"})
SET p.name = "Noah Vickers"
MERGE (p)-[r:REPORTED_IN {article: a.id}]->(a)
SET r.evidence = "Image: Noah Vickers/Local Democracy Reporting Service"
MERGE (o:Organisation {id: "local-democracy-reporting-service"})
SET o:MediaOutlet, o.name = "Local Democracy Reporting Service"
MERGE (o)-[r2:REPORTED_IN {article: a.id}]->(a)
SET r2.evidence = "Image: Noah Vickers/Local Democracy Reporting Service";

MATCH (a:Article {id: "article-60032d35"}), (p:Person {id: "noah-vickers"}), (o:Organisation {id: "local-democracy-reporting-service"})
MERGE (p)-[r:REPORTED_ON {article: a.id}]->(a)
SET r.role = "image credit (photograph of Chloe Smith)",
    r.evidence = "Chloe Smith, Conservative MP for Norwich North (Image: Noah Vickers/Local Democracy Reporting Service)"
MERGE (p)-[w:WORKS_FOR {article: a.id}]->(o)
SET w.ambiguity = "Inferred from the credit 'Noah Vickers/Local Democracy Reporting Service'; the article says nothing more about him.",
    w.evidence = "Image: Noah Vickers/Local Democracy Reporting Service";

// Organisations
MATCH (a:Article {id: "article-60032d35"})
MERGE (n:Organisation {id: "nsft"})
SET n:Trust, n.name = "Norfolk and Suffolk NHS Foundation Trust",
    n.aliases = reduce(acc = coalesce(n.aliases, []), x IN ["NSFT", "the region's mental health trust"] | CASE WHEN x IN acc THEN acc ELSE acc + x END)
MERGE (n)-[r:REPORTED_IN {article: a.id}]->(a)
SET r.evidence = "appealed to mental health minister Gillian Keegan to step in over the struggles at the Norfolk and Suffolk NHS Foundation Trust (NSFT)";

MATCH (a:Article {id: "article-60032d35"})
MERGE (n:Organisation {id: "cqc"})
SET n:Regulator, n.name = "Care Quality Commission",
    n.aliases = reduce(acc = coalesce(n.aliases, []), x IN ["CQC"] | CASE WHEN x IN acc THEN acc ELSE acc + x END)
MERGE (n)-[r:REPORTED_IN {article: a.id}]->(a)
SET r.evidence = "within the six-month Care Quality Commission (CQC) window";

MATCH (a:Article {id: "article-60032d35"})
MERGE (n:Organisation {id: "uk-government"})
SET n:GovernmentBody, n.name = "UK Government",
    n.aliases = reduce(acc = coalesce(n.aliases, []), x IN ["the government"] | CASE WHEN x IN acc THEN acc ELSE acc + x END)
MERGE (n)-[r:REPORTED_IN {article: a.id}]->(a)
SET r.evidence = "calls for the region's mental health trust to be taken over by the government";

MATCH (a:Article {id: "article-60032d35"})
MERGE (n:Organisation {id: "conservative-party"})
SET n:PoliticalParty, n.name = "Conservative Party",
    n.aliases = reduce(acc = coalesce(n.aliases, []), x IN ["Tory", "Conservative"] | CASE WHEN x IN acc THEN acc ELSE acc + x END)
MERGE (n)-[r:REPORTED_IN {article: a.id}]->(a)
SET r.evidence = "Chloe Smith, Conservative MP for Norwich North";

MATCH (a:Article {id: "article-60032d35"})
MERGE (n:Organisation {id: "labour-party"})
SET n:PoliticalParty, n.name = "Labour Party",
    n.aliases = reduce(acc = coalesce(n.aliases, []), x IN ["Labour"] | CASE WHEN x IN acc THEN acc ELSE acc + x END)
MERGE (n)-[r:REPORTED_IN {article: a.id}]->(a)
SET r.evidence = "Labour MP Clive Lewis";

MATCH (a:Article {id: "article-60032d35"})
MERGE (n:Organisation {id: "police"})
SET n:PublicService, n.name = "The police", n.description = "the police (force not named)"
MERGE (n)-[r:REPORTED_IN {article: a.id}]->(a)
SET r.evidence = "We have heard concerns from the police that they are having to respond to a lot of calls they should not have to";

MATCH (a:Article {id: "article-60032d35"})
MERGE (n:Organisation {id: "norfolk-and-suffolk-integrated-care-systems"})
SET n:HealthBody, n.name = "Norfolk and Suffolk's integrated care systems",
    n.ambiguity = "The article names the systems of both counties together; kept as one node."
MERGE (n)-[r:REPORTED_IN {article: a.id}]->(a)
SET r.evidence = "representatives from the CQC and Norfolk and Suffolk's integrated care systems";

// People
UNWIND [
  {id: "duncan-baker", name: "Duncan Baker", mp: true, honorific: "Mr", aliases: ["Mr Baker"], evidence: "North Norfolk MP Duncan Baker appealed to mental health minister Gillian Keegan"},
  {id: "gillian-keegan", name: "Gillian Keegan", mp: false, aliases: [], evidence: "mental health minister Gillian Keegan"},
  {id: "clive-lewis", name: "Clive Lewis", mp: true, aliases: [], evidence: "calls previously made by Labour MP Clive Lewis for the government to step in"},
  {id: "chloe-smith", name: "Chloe Smith", mp: true, aliases: [], evidence: "The meeting was also attended by Norwich North MP Chloe Smith"},
  {id: "matt-hancock", name: "Matt Hancock", mp: true, aliases: [], evidence: "Suffolk MPs including former health secretary Matt Hancock"},
  {id: "zoe-billingham", name: "Zoe Billingham", mp: false, honorific: "Mrs", aliases: ["Mrs Billingham", "Mrs Bellingham"], evidence: "The meeting was also attended by NSFT chairman Zoe Billingham"},
  {id: "alex-lewis", name: "Alex Lewis", mp: false, aliases: [], evidence: "Alex Lewis (chief medical director)"},
  {id: "cath-byford", name: "Cath Byford", mp: false, aliases: [], evidence: "Cath Byford, deputy chief executive at NSFT, said"}
] AS person
MATCH (a:Article {id: "article-60032d35"})
MERGE (n:Person {id: person.id})
SET n.name = person.name, n.honorific = coalesce(person.honorific, n.honorific),
    n.aliases = reduce(acc = coalesce(n.aliases, []), x IN person.aliases | CASE WHEN x IN acc THEN acc ELSE acc + x END)
MERGE (n)-[r:REPORTED_IN {article: a.id}]->(a)
SET r.evidence = person.evidence
WITH n, person WHERE person.mp
SET n:MP;

MATCH (p:Person {id: "zoe-billingham"})
SET p.aliasNotes = "The article once calls her 'Mrs Bellingham', a misspelling: the woman to whom the doctors' letter was addressed, who then speaks as 'Mrs Billingham', chair of the trust.";

MATCH (a:Article {id: "article-60032d35"})
MERGE (n:Person {id: "former-nsft-consultant-60032d35"})
SET n.name = "Former NSFT consultant (anonymous)", n.anonymous = true,
    n.description = "A former doctor who left NSFT last year; the consultant, who wished to remain anonymous"
MERGE (n)-[r:REPORTED_IN {article: a.id}]->(a)
SET r.evidence = "A former doctor who left NSFT last year has described their departure as \"the best decision of my life\".";

// Groups
UNWIND [
  {id: "nsft-doctors-letter-signatories-2022", name: "140 NSFT doctors who co-signed a letter", size: 140,
   evidence: "a letter co-signed by 140 of its doctors branded its services as \"unsafe\" and described \"demoralisation\" among its staff"},
  {id: "suffolk-mps", name: "Suffolk MPs", size: null, evidence: "Suffolk MPs including former health secretary Matt Hancock"},
  {id: "nsft-medical-staffing-committee", name: "NSFT medical staffing committee", size: null,
   evidence: "led an extraordinary meeting with members of the medical staffing committee to discuss its concerns"},
  {id: "nsft-board", name: "The board of NSFT", size: null, evidence: "The board is committed to keeping these important conversations going."},
  {id: "nsft-bosses-2022", name: "NSFT bosses", size: null, evidence: "NSFT bosses have welcomed the letter and have vowed to work with its medical staff to address these issues."}
] AS g
MATCH (a:Article {id: "article-60032d35"})
MERGE (n:Group {id: g.id})
SET n.name = g.name, n.size = g.size
MERGE (n)-[r:REPORTED_IN {article: a.id}]->(a)
SET r.evidence = g.evidence;

UNWIND [
  ["nsft-doctors-letter-signatories-2022", "a letter co-signed by 140 of its doctors"],
  ["nsft-medical-staffing-committee", "led an extraordinary meeting with members of the medical staffing committee"],
  ["nsft-board", "strengthen the culture at our trust and want all of our staff to play a part. The board is committed"],
  ["nsft-bosses-2022", "NSFT bosses have welcomed the letter"]
] AS row
MATCH (a:Article {id: "article-60032d35"}), (g:Group {id: row[0]}), (t:Organisation {id: "nsft"})
MERGE (g)-[r:PART_OF {article: a.id}]->(t)
SET r.evidence = row[1];

MATCH ()-[r:PART_OF {article: "article-60032d35"}]->(:Organisation {id: "nsft"})
WHERE startNode(r).id = "nsft-medical-staffing-committee"
SET r.ambiguity = "The article does not call it NSFT's committee; read so because the trust's chair led its meeting about the doctors' letter.";

MATCH (a:Article {id: "article-60032d35"}), (p:Person {id: "matt-hancock"}), (g:Group {id: "suffolk-mps"})
MERGE (p)-[r:MEMBER_OF {article: a.id}]->(g)
SET r.evidence = "Suffolk MPs including former health secretary Matt Hancock";

// Offices, seats, parties, roles
UNWIND [
  {id: "minister-for-mental-health-and-care", name: "Mental health minister", aliases: ["mental health minister", "Care minister"],
   evidence: "mental health minister Gillian Keegan"},
  {id: "secretary-of-state-for-health-and-social-care", name: "Secretary of State for Health and Social Care", aliases: ["health secretary"],
   evidence: "former health secretary Matt Hancock"}
] AS office
MATCH (a:Article {id: "article-60032d35"})
MERGE (o:Office {id: office.id})
SET o.name = office.name, o.ministerial = true,
    o.aliases = reduce(acc = coalesce(o.aliases, []), x IN office.aliases | CASE WHEN x IN acc THEN acc ELSE acc + x END)
MERGE (o)-[r:REPORTED_IN {article: a.id}]->(a)
SET r.evidence = office.evidence;

MATCH (o:Office {id: "minister-for-mental-health-and-care"})
SET o.ambiguity = "The text calls her 'mental health minister' and, in a caption, 'Care minister'; kept as one office.";

MATCH (a:Article {id: "article-60032d35"}), (p:Person {id: "gillian-keegan"}), (o:Office {id: "minister-for-mental-health-and-care"})
MERGE (p)-[r:HOLDS_OFFICE {article: a.id}]->(o)
SET r.status = "current", r.asOf = "2022", r.roleAsWritten = "mental health minister; Care minister",
    r.evidence = "appealed to mental health minister Gillian Keegan to step in";

MATCH (a:Article {id: "article-60032d35"}), (p:Person {id: "matt-hancock"}), (o:Office {id: "secretary-of-state-for-health-and-social-care"})
MERGE (p)-[r:HOLDS_OFFICE {article: a.id}]->(o)
SET r.status = "former", r.asOf = "2022", r.roleAsWritten = "former health secretary",
    r.evidence = "Suffolk MPs including former health secretary Matt Hancock";

UNWIND [
  {id: "north-norfolk", name: "North Norfolk", person: "duncan-baker", evidence: "North Norfolk MP Duncan Baker"},
  {id: "norwich-north", name: "Norwich North", person: "chloe-smith", evidence: "Chloe Smith, Conservative MP for Norwich North"}
] AS seat
MATCH (a:Article {id: "article-60032d35"}), (p:Person {id: seat.person})
MERGE (c:Constituency {id: seat.id})
SET c.name = seat.name
MERGE (c)-[r:REPORTED_IN {article: a.id}]->(a)
SET r.evidence = seat.evidence
MERGE (p)-[rep:REPRESENTS {article: a.id}]->(c)
SET rep.evidence = seat.evidence;

MATCH (a:Article {id: "article-60032d35"})
MERGE (s:Place {id: "suffolk"}) SET s.name = "Suffolk", s.kind = "county"
MERGE (s)-[r:REPORTED_IN {article: a.id}]->(a)
SET r.evidence = "Suffolk MPs including former health secretary Matt Hancock";

MATCH (a:Article {id: "article-60032d35"}), (p:Person {id: "matt-hancock"}), (s:Place {id: "suffolk"})
MERGE (p)-[r:REPRESENTS {article: a.id}]->(s)
SET r.note = "The article names only the county ('Suffolk MPs'), not the constituency.",
    r.evidence = "Suffolk MPs including former health secretary Matt Hancock";

UNWIND [
  ["duncan-baker", "conservative-party", "A Tory MP has taken his calls for the region's mental health trust to be taken over by the government directly to top ministers."],
  ["chloe-smith", "conservative-party", "Chloe Smith, Conservative MP for Norwich North"],
  ["clive-lewis", "labour-party", "Labour MP Clive Lewis"]
] AS row
MATCH (a:Article {id: "article-60032d35"}), (p:Person {id: row[0]}), (o:Organisation {id: row[1]})
MERGE (p)-[r:MEMBER_OF {article: a.id}]->(o)
SET r.role = "MP", r.evidence = row[2];

MATCH ()-[r:MEMBER_OF {article: "article-60032d35"}]->(:Organisation {id: "conservative-party"})
WHERE startNode(r).id = "duncan-baker"
SET r.ambiguity = "The lead calls him 'A Tory MP' without naming him; the next paragraph names Duncan Baker.";

UNWIND [
  {person: "zoe-billingham", role: "chair", written: "NSFT chairman; chair of NSFT; the chair of the trust", evidence: "The meeting was also attended by NSFT chairman Zoe Billingham"},
  {person: "alex-lewis", role: "chief medical director", written: "chief medical director", evidence: "Alex Lewis (chief medical director)"},
  {person: "cath-byford", role: "deputy chief executive", written: "deputy chief executive at NSFT", evidence: "Cath Byford, deputy chief executive at NSFT, said"}
] AS row
MATCH (a:Article {id: "article-60032d35"}), (p:Person {id: row.person}), (t:Organisation {id: "nsft"})
MERGE (p)-[r:LEADS {article: a.id, role: row.role}]->(t)
SET r.roleAsWritten = row.written, r.status = "current", r.asOf = "2022", r.evidence = row.evidence;

MATCH ()-[r:LEADS {article: "article-60032d35", role: "chief medical director"}]->()
SET r.ambiguity = "He is not said to be of NSFT in so many words; Mrs Billingham, the trust's chair, names him with his title. Cath Byford also speaks of 'our new chief medical officer', perhaps the same post.";

MATCH (a:Article {id: "article-60032d35"}), (p:Person {id: "former-nsft-consultant-60032d35"}), (t:Organisation {id: "nsft"})
MERGE (p)-[r:WORKS_FOR {article: a.id}]->(t)
SET r.role = "consultant", r.status = "former", r.endDate = "2021", r.startDate = null,
    r.note = "around four years working for the trust, resigning in 2021",
    r.evidence = "They spent around four years working for the trust, before tendering their resignation in 2021.";

// The meeting of MPs, health leaders and ministers (Thursday morning)
MATCH (a:Article {id: "article-60032d35"})
MERGE (e:Event {id: "meeting-mps-ministers-nsft-2022"})
SET e.kind = "meeting", e.name = "Meeting of MPs, health leaders and ministers about NSFT",
    e.description = "crunch talks about the trust's future", e.status = "happened",
    e.date = "2022", e.datePrecision = "year", e.dateText = "Thursday morning"
MERGE (e)-[r:REPORTED_IN {article: a.id}]->(a)
SET r.evidence = "During a meeting of MPs, health leaders and ministers on Thursday morning, North Norfolk MP Duncan Baker appealed to mental health minister Gillian Keegan to step in";

UNWIND [
  {id: "duncan-baker", evidence: "During a meeting of MPs, health leaders and ministers on Thursday morning, North Norfolk MP Duncan Baker appealed"},
  {id: "gillian-keegan", evidence: "During a meeting of MPs, health leaders and ministers on Thursday morning, North Norfolk MP Duncan Baker appealed to mental health minister Gillian Keegan",
   ambiguity: "Her presence is inferred from being appealed to during the meeting; the text does not list her among those who attended."},
  {id: "chloe-smith", evidence: "The meeting was also attended by Norwich North MP Chloe Smith"},
  {id: "zoe-billingham", evidence: "The meeting was also attended by NSFT chairman Zoe Billingham"},
  {id: "suffolk-mps", evidence: "The meeting was also attended by NSFT chairman Zoe Billingham, Suffolk MPs including former health secretary Matt Hancock, representatives from the CQC and Norfolk and Suffolk's integrated care systems."},
  {id: "matt-hancock", evidence: "The meeting was also attended by NSFT chairman Zoe Billingham, Suffolk MPs including former health secretary Matt Hancock, representatives from the CQC and Norfolk and Suffolk's integrated care systems."},
  {id: "cqc", note: "attended through representatives",
   evidence: "The meeting was also attended by NSFT chairman Zoe Billingham, Suffolk MPs including former health secretary Matt Hancock, representatives from the CQC and Norfolk and Suffolk's integrated care systems."},
  {id: "norfolk-and-suffolk-integrated-care-systems", note: "attended through representatives",
   evidence: "The meeting was also attended by NSFT chairman Zoe Billingham, Suffolk MPs including former health secretary Matt Hancock, representatives from the CQC and Norfolk and Suffolk's integrated care systems."}
] AS row
MATCH (a:Article {id: "article-60032d35"}), (e:Event {id: "meeting-mps-ministers-nsft-2022"}), (x {id: row.id})
MERGE (x)-[r:ATTENDED {article: a.id}]->(e)
SET r.evidence = row.evidence, r.ambiguity = row.ambiguity, r.note = row.note;

MATCH (a:Article {id: "article-60032d35"})
MERGE (g:Group {id: "ministers-60032d35"})
SET g.name = "Ministers", g.description = "ministers (not named)"
MERGE (g)-[r:REPORTED_IN {article: a.id}]->(a)
SET r.evidence = "During a meeting of MPs, health leaders and ministers on Thursday morning";

MATCH (a:Article {id: "article-60032d35"}), (g:Group {id: "ministers-60032d35"}), (e:Event {id: "meeting-mps-ministers-nsft-2022"})
MERGE (g)-[r:ATTENDED {article: a.id}]->(e)
SET r.ambiguity = "Which ministers besides Gillian Keegan is not said.",
    r.evidence = "During a meeting of MPs, health leaders and ministers on Thursday morning";

MATCH (a:Article {id: "article-60032d35"}), (e:Event {id: "meeting-mps-ministers-nsft-2022"}), (t:Organisation {id: "nsft"})
MERGE (e)-[r:ABOUT {article: a.id}]->(t)
SET r.evidence = "during crunch talks about the trust's future";

// The 140 doctors' letter
MATCH (a:Article {id: "article-60032d35"})
MERGE (e:Event {id: "letter-140-doctors-2022"})
SET e.kind = "letter", e.name = "Letter co-signed by 140 NSFT doctors",
    e.description = "branded the trust's services as \"unsafe\" and described \"demoralisation\" among its staff",
    e.status = "happened", e.date = "2022", e.datePrecision = "year", e.dateText = "this week"
MERGE (e)-[r:REPORTED_IN {article: a.id}]->(a)
SET r.evidence = "The trust's difficulties were further emphasised this week after a letter co-signed by 140 of its doctors branded its services as \"unsafe\" and described \"demoralisation\" among its staff.";

MATCH (a:Article {id: "article-60032d35"}), (e:Event {id: "letter-140-doctors-2022"}), (g:Group {id: "nsft-doctors-letter-signatories-2022"})
MERGE (g)-[r:SIGNED {article: a.id}]->(e)
SET r.evidence = "a letter co-signed by 140 of its doctors";

MATCH (a:Article {id: "article-60032d35"}), (e:Event {id: "letter-140-doctors-2022"}), (p:Person {id: "zoe-billingham"})
MERGE (e)-[r:SENT_TO {article: a.id}]->(p)
SET r.ambiguity = "The article names the addressee 'Mrs Bellingham', read as Zoe Billingham.",
    r.evidence = "Meanwhile, Mrs Bellingham, to who the doctors' letter was addressed";

MATCH (a:Article {id: "article-60032d35"}), (e:Event {id: "letter-140-doctors-2022"}), (t:Organisation {id: "nsft"})
MERGE (e)-[r:ABOUT {article: a.id}]->(t)
SET r.evidence = "branded its services as \"unsafe\"";

MATCH (a:Article {id: "article-60032d35"})
MERGE (s:Statement {id: "statement-60032d35-01"})
SET s.kind = "reported", s.medium = "letter", s.date = "2022", s.datePrecision = "year",
    s.text = "branded its services as \"unsafe\" and described \"demoralisation\" among its staff"
MERGE (s)-[r:REPORTED_IN {article: a.id}]->(a)
SET r.evidence = "a letter co-signed by 140 of its doctors branded its services as \"unsafe\" and described \"demoralisation\" among its staff";

MATCH (a:Article {id: "article-60032d35"}), (s:Statement {id: "statement-60032d35-01"}), (g:Group {id: "nsft-doctors-letter-signatories-2022"}),
      (e:Event {id: "letter-140-doctors-2022"}), (t:Organisation {id: "nsft"})
MERGE (g)-[said:SAID {article: a.id}]->(s)
SET said.evidence = "a letter co-signed by 140 of its doctors branded its services as \"unsafe\""
MERGE (s)-[m:MADE_IN {article: a.id}]->(e)
SET m.evidence = "a letter co-signed by 140 of its doctors"
MERGE (s)-[ab:ABOUT {article: a.id}]->(t)
SET ab.evidence = "branded its services as \"unsafe\" and described \"demoralisation\" among its staff"
MERGE (g)-[c:CRITICISED {article: a.id}]->(t)
SET c.statement = "statement-60032d35-01", c.summary = "services \"unsafe\"; \"demoralisation\" among staff",
    c.evidence = "a letter co-signed by 140 of its doctors branded its services as \"unsafe\" and described \"demoralisation\" among its staff";

MATCH (a:Article {id: "article-60032d35"})
MERGE (s:Statement {id: "statement-60032d35-02"})
SET s.kind = "reported", s.date = "2022", s.datePrecision = "year",
    s.text = "NSFT bosses have welcomed the letter and have vowed to work with its medical staff to address these issues."
MERGE (s)-[r:REPORTED_IN {article: a.id}]->(a)
SET r.evidence = "NSFT bosses have welcomed the letter and have vowed to work with its medical staff to address these issues.";

MATCH (a:Article {id: "article-60032d35"}), (s:Statement {id: "statement-60032d35-02"}), (g:Group {id: "nsft-bosses-2022"}),
      (e:Event {id: "letter-140-doctors-2022"}), (t:Organisation {id: "nsft"})
MERGE (g)-[said:SAID {article: a.id}]->(s)
SET said.evidence = "NSFT bosses have welcomed the letter and have vowed to work with its medical staff"
MERGE (s)-[ob:ON_BEHALF_OF {article: a.id}]->(t)
SET ob.evidence = "NSFT bosses have welcomed the letter"
MERGE (s)-[ab:ABOUT {article: a.id}]->(e)
SET ab.evidence = "NSFT bosses have welcomed the letter";

// Duncan Baker's appeal to Gillian Keegan at the meeting (second paragraph)
MATCH (a:Article {id: "article-60032d35"})
MERGE (s:Statement {id: "statement-60032d35-13"})
SET s.kind = "reported", s.medium = "spoken", s.date = "2022", s.datePrecision = "year", s.dateText = "Thursday morning",
    s.text = "appealed to mental health minister Gillian Keegan to step in over the struggles at the Norfolk and Suffolk NHS Foundation Trust (NSFT)"
MERGE (s)-[r:REPORTED_IN {article: a.id}]->(a)
SET r.evidence = "North Norfolk MP Duncan Baker appealed to mental health minister Gillian Keegan to step in over the struggles at the Norfolk and Suffolk NHS Foundation Trust (NSFT)";

MATCH (a:Article {id: "article-60032d35"}), (s:Statement {id: "statement-60032d35-13"}), (p:Person {id: "duncan-baker"}),
      (k:Person {id: "gillian-keegan"}), (t:Organisation {id: "nsft"}), (e:Event {id: "meeting-mps-ministers-nsft-2022"})
MERGE (p)-[r1:SAID {article: a.id}]->(s)
SET r1.evidence = "North Norfolk MP Duncan Baker appealed to mental health minister Gillian Keegan to step in"
MERGE (s)-[r2:ADDRESSED_TO {article: a.id}]->(k)
SET r2.evidence = "appealed to mental health minister Gillian Keegan to step in"
MERGE (s)-[r3:ABOUT {article: a.id}]->(t)
SET r3.evidence = "to step in over the struggles at the Norfolk and Suffolk NHS Foundation Trust (NSFT)"
MERGE (s)-[r4:MADE_IN {article: a.id}]->(e)
SET r4.evidence = "During a meeting of MPs, health leaders and ministers on Thursday morning, North Norfolk MP Duncan Baker appealed";

// Duncan Baker's calls and statement
MATCH (a:Article {id: "article-60032d35"})
MERGE (c:CallForAction {id: "call-duncan-baker-special-administration-2022"})
SET c.action = "special administration to now follow", c.date = "2022", c.datePrecision = "year",
    c.ambiguity = "The lead's 'calls for the region's mental health trust to be taken over by the government' is read as this call for special administration; the lead does not name Mr Baker ('A Tory MP')."
MERGE (c)-[r:REPORTED_IN {article: a.id}]->(a)
SET r.evidence = "I raised specifically my wishes for special administration to now follow";

MATCH (a:Article {id: "article-60032d35"}), (c:CallForAction {id: "call-duncan-baker-special-administration-2022"}), (p:Person {id: "duncan-baker"})
MERGE (p)-[r:CALLED_FOR {article: a.id}]->(c)
SET r.statement = "statement-60032d35-03",
    r.evidence = "I raised specifically my wishes for special administration to now follow";

UNWIND [["ADDRESSED_TO", "gillian-keegan", "appealed to mental health minister Gillian Keegan to step in over the struggles at the Norfolk and Suffolk NHS Foundation Trust (NSFT)"],
        ["CONCERNS", "nsft", "my wishes for special administration to now follow"]] AS row
MATCH (a:Article {id: "article-60032d35"}), (c:CallForAction {id: "call-duncan-baker-special-administration-2022"}), (x {id: row[1]})
FOREACH (_ IN CASE WHEN row[0] = "ADDRESSED_TO" THEN [1] ELSE [] END |
  MERGE (c)-[r:ADDRESSED_TO {article: a.id}]->(x) SET r.evidence = row[2])
FOREACH (_ IN CASE WHEN row[0] = "CONCERNS" THEN [1] ELSE [] END |
  MERGE (c)-[r:CONCERNS {article: a.id}]->(x) SET r.evidence = row[2]);

MATCH (a:Article {id: "article-60032d35"}), (c:CallForAction {id: "call-duncan-baker-special-administration-2022"}), (e:Event {id: "meeting-mps-ministers-nsft-2022"})
MERGE (c)-[r:MADE_IN {article: a.id}]->(e)
SET r.evidence = "During a meeting of MPs, health leaders and ministers on Thursday morning, North Norfolk MP Duncan Baker appealed to mental health minister Gillian Keegan to step in";

MATCH (a:Article {id: "article-60032d35"})
MERGE (c:CallForAction {id: "call-clive-lewis-government-step-in-2022"})
SET c.action = "the government to step in", c.date = null, c.datePrecision = "range", c.dateLatest = "2022-09-30",
    c.dateText = "previously",
    c.dateReasoning = "Made before the 2022 meeting this article reports, so no later than the article (end of September 2022); no earlier bound in the text."
MERGE (c)-[r:REPORTED_IN {article: a.id}]->(a)
SET r.evidence = "Mr Baker echoed calls previously made by Labour MP Clive Lewis for the government to step in.";

MATCH (a:Article {id: "article-60032d35"}), (c:CallForAction {id: "call-clive-lewis-government-step-in-2022"}), (p:Person {id: "clive-lewis"})
MERGE (p)-[r:CALLED_FOR {article: a.id}]->(c)
SET r.evidence = "calls previously made by Labour MP Clive Lewis for the government to step in";

MATCH (a:Article {id: "article-60032d35"}), (c:CallForAction {id: "call-clive-lewis-government-step-in-2022"}), (p:Person {id: "duncan-baker"})
MERGE (p)-[r:CALLED_FOR {article: a.id}]->(c)
SET r.note = "echoed", r.evidence = "Mr Baker echoed calls previously made by Labour MP Clive Lewis for the government to step in.";

MATCH (a:Article {id: "article-60032d35"}), (c:CallForAction {id: "call-clive-lewis-government-step-in-2022"}), (g:Organisation {id: "uk-government"}), (t:Organisation {id: "nsft"})
MERGE (c)-[r:ADDRESSED_TO {article: a.id}]->(g)
SET r.evidence = "for the government to step in"
MERGE (c)-[r2:CONCERNS {article: a.id}]->(t)
SET r2.ambiguity = "The call is to 'step in', in a paragraph about the trust's future; read as concerning the trust.",
    r2.evidence = "during crunch talks about the trust's future, Mr Baker echoed calls previously made by Labour MP Clive Lewis for the government to step in";

UNWIND [
  {id: "statement-60032d35-14", speaker: "duncan-baker", text: "Mr Baker echoed calls previously made by Labour MP Clive Lewis for the government to step in",
   date: "2022", precision: "year", latest: null, dateText: "during crunch talks about the trust's future", reasoning: null,
   ambiguity: "May report the same words as his appeal to Gillian Keegan at the same meeting (statement-60032d35-13); kept apart because the article reports it separately, as an echo of Clive Lewis's calls.",
   evidence: "during crunch talks about the trust's future, Mr Baker echoed calls previously made by Labour MP Clive Lewis for the government to step in"},
  {id: "statement-60032d35-15", speaker: "clive-lewis", text: "calls previously made by Labour MP Clive Lewis for the government to step in",
   date: null, precision: "range", latest: "2022-09-30", dateText: "previously",
   reasoning: "Made before the 2022 meeting this article reports, so no later than the article (end of September 2022); no earlier bound in the text.",
   ambiguity: "The article reports the calls only, not their words, when or where they were made.",
   evidence: "calls previously made by Labour MP Clive Lewis for the government to step in"}
] AS st
MATCH (a:Article {id: "article-60032d35"}), (p:Person {id: st.speaker}), (g:Organisation {id: "uk-government"}), (t:Organisation {id: "nsft"})
MERGE (s:Statement {id: st.id})
SET s.kind = "reported", s.text = st.text, s.date = st.date, s.datePrecision = st.precision, s.dateLatest = st.latest,
    s.dateText = st.dateText, s.dateReasoning = st.reasoning, s.ambiguity = st.ambiguity
MERGE (s)-[r:REPORTED_IN {article: a.id}]->(a)
SET r.evidence = st.evidence
MERGE (p)-[sd:SAID {article: a.id}]->(s)
SET sd.evidence = st.evidence
MERGE (s)-[ad:ADDRESSED_TO {article: a.id}]->(g)
SET ad.evidence = "for the government to step in"
MERGE (s)-[ab:ABOUT {article: a.id}]->(t)
SET ab.ambiguity = "The call is to 'step in', in a sentence about the trust's future; read as concerning the trust.",
    ab.evidence = "during crunch talks about the trust's future, Mr Baker echoed calls previously made by Labour MP Clive Lewis for the government to step in";

MATCH (a:Article {id: "article-60032d35"}), (s:Statement {id: "statement-60032d35-14"}), (e:Event {id: "meeting-mps-ministers-nsft-2022"})
MERGE (s)-[r:MADE_IN {article: a.id}]->(e)
SET r.ambiguity = "The 'crunch talks about the trust's future' are read as the Thursday meeting.",
    r.evidence = "during crunch talks about the trust's future, Mr Baker echoed calls";

MATCH (p:Person)-[r:CALLED_FOR {article: "article-60032d35"}]->(:CallForAction {id: "call-clive-lewis-government-step-in-2022"})
SET r.statement = CASE p.id WHEN "clive-lewis" THEN "statement-60032d35-15" ELSE "statement-60032d35-14" END;

MATCH (a:Article {id: "article-60032d35"}), (p:Person {id: "clive-lewis"}), (t:Organisation {id: "nsft"})
MERGE (p)-[r:CRITICISED {article: a.id}]->(t)
SET r.statement = "statement-60032d35-15", r.summary = "called for the government to step in at the trust",
    r.ambiguity = "Read as criticism of the trust: the article reports only his calls 'for the government to step in', which Mr Baker echoed while appealing for help 'over the struggles at' the trust. It quotes no words of his and does not say he criticised the trust in so many words.",
    r.evidence = "calls previously made by Labour MP Clive Lewis for the government to step in";

MATCH (a:Article {id: "article-60032d35"})
MERGE (s:Statement {id: "statement-60032d35-03"})
SET s.kind = "quote", s.medium = "spoken", s.date = "2022", s.datePrecision = "year", s.dateText = "Following the meeting",
    s.text = "Many issues were raised with MPs including the doctors' letter. I raised specifically my wishes for special administration to now follow and gave my belief that the trust is not able to improve itself within the six-month Care Quality Commission (CQC) window. We will hear of firmer plans of the full range of options for the future of the trust now towards the end of September."
MERGE (s)-[r:REPORTED_IN {article: a.id}]->(a)
SET r.evidence = "Following the meeting, he said: \"Many issues were raised with MPs including the doctors' letter.";

MATCH (a:Article {id: "article-60032d35"}), (s:Statement {id: "statement-60032d35-03"}), (p:Person {id: "duncan-baker"})
MERGE (p)-[r:SAID {article: a.id}]->(s)
SET r.evidence = "Following the meeting, he said: \"Many issues were raised with MPs including the doctors' letter.";

UNWIND [
  ["meeting-mps-ministers-nsft-2022", "Many issues were raised with MPs including the doctors' letter."],
  ["letter-140-doctors-2022", "Many issues were raised with MPs including the doctors' letter."],
  ["nsft", "gave my belief that the trust is not able to improve itself within the six-month Care Quality Commission (CQC) window"],
  ["cqc", "the six-month Care Quality Commission (CQC) window"]
] AS row
MATCH (a:Article {id: "article-60032d35"}), (s:Statement {id: "statement-60032d35-03"}), (t {id: row[0]})
MERGE (s)-[r:ABOUT {article: a.id}]->(t)
SET r.evidence = row[1];

MATCH (a:Article {id: "article-60032d35"}), (p:Person {id: "duncan-baker"}), (t:Organisation {id: "nsft"})
MERGE (p)-[r:CRITICISED {article: a.id}]->(t)
SET r.statement = "statement-60032d35-03", r.summary = "the trust is not able to improve itself within the six-month CQC window",
    r.evidence = "gave my belief that the trust is not able to improve itself within the six-month Care Quality Commission (CQC) window";

MATCH (a:Article {id: "article-60032d35"}), (s:Statement {id: "statement-60032d35-03"}), (m:Event {id: "meeting-mps-ministers-nsft-2022"}), (l:Event {id: "letter-140-doctors-2022"})
MERGE (s)-[r1:FOLLOWED {article: a.id}]->(m)
SET r1.evidence = "Following the meeting, he said"
MERGE (m)-[r2:FOLLOWED {article: a.id}]->(l)
SET r2.evidence = "Many issues were raised with MPs including the doctors' letter.";

MATCH (a:Article {id: "article-60032d35"})
MERGE (e:Event {id: "nsft-future-options-plans-2022-09"})
SET e.kind = "announcement", e.name = "Firmer plans of the full range of options for the future of NSFT", e.status = "planned",
    e.date = "2022-09", e.datePrecision = "month", e.dateText = "towards the end of September",
    e.dateReasoning = "September of the article's year (2022), still to come when Mr Baker spoke."
MERGE (e)-[r:REPORTED_IN {article: a.id}]->(a)
SET r.evidence = "We will hear of firmer plans of the full range of options for the future of the trust now towards the end of September.";

MATCH (a:Article {id: "article-60032d35"}), (e:Event {id: "nsft-future-options-plans-2022-09"}), (t:Organisation {id: "nsft"}), (s:Statement {id: "statement-60032d35-03"})
MERGE (e)-[r1:ABOUT {article: a.id}]->(t)
SET r1.evidence = "the full range of options for the future of the trust"
MERGE (s)-[r2:ABOUT {article: a.id}]->(e)
SET r2.evidence = "We will hear of firmer plans of the full range of options for the future of the trust now towards the end of September.";

// Chloe Smith
MATCH (a:Article {id: "article-60032d35"})
MERGE (s:Statement {id: "statement-60032d35-04"})
SET s.kind = "quote", s.medium = "spoken", s.date = "2022", s.datePrecision = "year",
    s.text = "This was a determined meeting with MPs determined to be able to get what our constituents need and that is proper improvements culminating this month. I asked for assurances that the CQC's 'must do' list will be done and for assurances that the trust will be working with other public services too. We have heard concerns from the police that they are having to respond to a lot of calls they should not have to and the trust needs to work with them to address these pressures. What we need to see is urgent and drastic improvement so that everybody can have confidence in the trust. I am looking for serious improvements from the trust right now and I hope that they can deliver that. If they can not, there will be serious options on the table for their future."
MERGE (s)-[r:REPORTED_IN {article: a.id}]->(a)
SET r.evidence = "The meeting was also attended by Norwich North MP Chloe Smith, who said: \"This was a determined meeting with MPs";

MATCH (a:Article {id: "article-60032d35"}), (s:Statement {id: "statement-60032d35-04"}), (p:Person {id: "chloe-smith"})
MERGE (p)-[r:SAID {article: a.id}]->(s)
SET r.evidence = "The meeting was also attended by Norwich North MP Chloe Smith, who said: \"This was a determined meeting with MPs";

UNWIND [
  ["meeting-mps-ministers-nsft-2022", "This was a determined meeting with MPs determined to be able to get what our constituents need"],
  ["nsft", "What we need to see is urgent and drastic improvement so that everybody can have confidence in the trust."],
  ["police", "We have heard concerns from the police that they are having to respond to a lot of calls they should not have to"],
  ["cqc", "I asked for assurances that the CQC's 'must do' list will be done"]
] AS row
MATCH (a:Article {id: "article-60032d35"}), (s:Statement {id: "statement-60032d35-04"}), (t {id: row[0]})
MERGE (s)-[r:ABOUT {article: a.id}]->(t)
SET r.evidence = row[1];

// The police's concerns, reported inside Chloe Smith's quote
MATCH (a:Article {id: "article-60032d35"})
MERGE (s:Statement {id: "statement-60032d35-16"})
SET s.kind = "reported", s.date = "2022", s.datePrecision = "year",
    s.dateReasoning = "Heard by Chloe Smith by the time of the 2022 meeting ('We have heard'); read as from the article's year (2022).",
    s.text = "concerns from the police that they are having to respond to a lot of calls they should not have to",
    s.ambiguity = "Reported second-hand by Chloe Smith; when and to whom the police raised these concerns is not said."
MERGE (s)-[r:REPORTED_IN {article: a.id}]->(a)
SET r.evidence = "We have heard concerns from the police that they are having to respond to a lot of calls they should not have to";

MATCH (a:Article {id: "article-60032d35"}), (s:Statement {id: "statement-60032d35-16"}), (p:Organisation {id: "police"}), (t:Organisation {id: "nsft"})
MERGE (p)-[r1:SAID {article: a.id}]->(s)
SET r1.evidence = "We have heard concerns from the police that they are having to respond to a lot of calls they should not have to"
MERGE (s)-[r2:ABOUT {article: a.id}]->(t)
SET r2.ambiguity = "The police's concern is about calls they must answer; the link to the trust is Chloe Smith's ('the trust needs to work with them').",
    r2.evidence = "the trust needs to work with them to address these pressures";

UNWIND [
  {id: "call-chloe-smith-must-do-assurances-2022", action: "assurances that the CQC's 'must do' list will be done and that the trust will be working with other public services too",
   evidence: "I asked for assurances that the CQC's 'must do' list will be done and for assurances that the trust will be working with other public services too."},
  {id: "call-chloe-smith-urgent-improvement-2022", action: "urgent and drastic improvement",
   evidence: "What we need to see is urgent and drastic improvement so that everybody can have confidence in the trust."},
  {id: "call-chloe-smith-serious-improvements-now-2022", action: "serious improvements from the trust right now",
   evidence: "I am looking for serious improvements from the trust right now and I hope that they can deliver that. If they can not, there will be serious options on the table for their future."}
] AS call
MATCH (a:Article {id: "article-60032d35"}), (p:Person {id: "chloe-smith"}), (t:Organisation {id: "nsft"})
MERGE (c:CallForAction {id: call.id})
SET c.action = call.action, c.date = "2022", c.datePrecision = "year"
MERGE (c)-[r:REPORTED_IN {article: a.id}]->(a)
SET r.evidence = call.evidence
MERGE (p)-[cf:CALLED_FOR {article: a.id}]->(c)
SET cf.statement = "statement-60032d35-04", cf.evidence = call.evidence
MERGE (c)-[co:CONCERNS {article: a.id}]->(t)
SET co.evidence = call.evidence;

MATCH (a:Article {id: "article-60032d35"}), (p:Person {id: "chloe-smith"}), (t:Organisation {id: "nsft"})
MERGE (p)-[r:CRITICISED {article: a.id}]->(t)
SET r.statement = "statement-60032d35-04", r.summary = "urgent and drastic improvement needed",
    r.ambiguity = "Read as criticism from her demand for 'urgent and drastic improvement' and her warning of 'serious options on the table'; she does not criticise the trust in so many words.",
    r.evidence = "What we need to see is urgent and drastic improvement so that everybody can have confidence in the trust.";

// The CQC re-inspection due this autumn
MATCH (a:Article {id: "article-60032d35"})
MERGE (i:Inspection {id: "cqc-inspection-nsft-2022"})
SET i.name = "CQC re-inspection of NSFT due in autumn 2022", i.status = "planned",
    i.date = "2022", i.datePrecision = "year", i.dateText = "this autumn",
    i.description = "it is understood ministers see this as its final opportunity to prove that it can bring about the improvements it needs"
MERGE (i)-[r:REPORTED_IN {article: a.id}]->(a)
SET r.evidence = "The trust is due to be re-inspected by the CQC this autumn and it is understood ministers see this as its final opportunity to prove that it can bring about the improvements it needs.";

MATCH (a:Article {id: "article-60032d35"}), (i:Inspection {id: "cqc-inspection-nsft-2022"}), (c:Organisation {id: "cqc"}), (t:Organisation {id: "nsft"})
MERGE (c)-[r:CONDUCTED {article: a.id}]->(i)
SET r.evidence = "The trust is due to be re-inspected by the CQC this autumn"
MERGE (i)-[r2:INSPECTED {article: a.id}]->(t)
SET r2.evidence = "The trust is due to be re-inspected by the CQC this autumn";

// The extraordinary meeting of the medical staffing committee
MATCH (a:Article {id: "article-60032d35"})
MERGE (e:Event {id: "meeting-nsft-medical-staffing-committee-2022"})
SET e.kind = "meeting", e.name = "Extraordinary meeting of NSFT's medical staffing committee",
    e.description = "to discuss the doctors' concerns", e.status = "happened", e.date = "2022", e.datePrecision = "year"
MERGE (e)-[r:REPORTED_IN {article: a.id}]->(a)
SET r.evidence = "Meanwhile, Mrs Bellingham, to who the doctors' letter was addressed, led an extraordinary meeting with members of the medical staffing committee to discuss its concerns.";

MATCH (a:Article {id: "article-60032d35"}), (e:Event {id: "meeting-nsft-medical-staffing-committee-2022"}), (p:Person {id: "zoe-billingham"})
MERGE (p)-[r:CHAIRED {article: a.id}]->(e)
SET r.ambiguity = "The article says 'Mrs Bellingham' led the meeting; read as Zoe Billingham.",
    r.evidence = "Mrs Bellingham, to who the doctors' letter was addressed, led an extraordinary meeting";

UNWIND [
  ["alex-lewis", "Alex Lewis (chief medical director) and I were able to discuss their concerns in more detail"],
  ["nsft-medical-staffing-committee", "led an extraordinary meeting with members of the medical staffing committee"]
] AS row
MATCH (a:Article {id: "article-60032d35"}), (e:Event {id: "meeting-nsft-medical-staffing-committee-2022"}), (x {id: row[0]})
MERGE (x)-[r:ATTENDED {article: a.id}]->(e)
SET r.evidence = row[1];

MATCH (a:Article {id: "article-60032d35"}), (e:Event {id: "meeting-nsft-medical-staffing-committee-2022"}), (l:Event {id: "letter-140-doctors-2022"})
MERGE (e)-[r:FOLLOWED {article: a.id}]->(l)
SET r.ambiguity = "'its concerns' is read as the concerns of the doctors' letter (just named); it could be the committee's.",
    r.evidence = "Mrs Bellingham, to who the doctors' letter was addressed, led an extraordinary meeting with members of the medical staffing committee to discuss its concerns";

// Zoe Billingham's statements: after the committee, and on Twitter
MATCH (a:Article {id: "article-60032d35"})
MERGE (s:Statement {id: "statement-60032d35-05"})
SET s.kind = "quote", s.medium = "spoken", s.date = "2022", s.datePrecision = "year", s.dateText = "after the medical staffing committee",
    s.text = "Alex Lewis (chief medical director) and I were able to discuss their concerns in more detail and listen to their valuable suggestions for improvement in the future. We are under no illusion that we have a lot to do to strengthen the culture at our trust and want all of our staff to play a part. The board is committed to keeping these important conversations going. As the chair of the trust, I will be scheduling regular discussions with our doctors so that we can listen to their views and use their insight to guide future improvements."
MERGE (s)-[r:REPORTED_IN {article: a.id}]->(a)
SET r.evidence = "Speaking after the medical staffing committee, Mrs Billingham said";

MATCH (a:Article {id: "article-60032d35"})
MERGE (e:Event {id: "tweet-zoe-billingham-2022"})
SET e.kind = "tweet", e.name = "Zoe Billingham's tweet after the meeting with doctors", e.status = "happened",
    e.date = "2022", e.datePrecision = "year", e.dateText = "Following the meeting"
MERGE (e)-[r:REPORTED_IN {article: a.id}]->(a)
SET r.evidence = "Following the meeting, she posted on Twitter, writing";

MATCH (a:Article {id: "article-60032d35"}), (e:Event {id: "tweet-zoe-billingham-2022"}), (p:Person {id: "zoe-billingham"})
MERGE (p)-[r:WROTE {article: a.id}]->(e)
SET r.evidence = "Following the meeting, she posted on Twitter, writing";

MATCH (a:Article {id: "article-60032d35"})
MERGE (s:Statement {id: "statement-60032d35-06"})
SET s.kind = "quote", s.medium = "tweet", s.date = "2022", s.datePrecision = "year",
    s.text = "Good to talk to many of our hard-working, overstretched doctors to hear their concerns, analysis and clearly stated wish to be fully involved in taking our improvement forward. You will be - that’s a promise. We can only get better if we do this together."
MERGE (s)-[r:REPORTED_IN {article: a.id}]->(a)
SET r.evidence = "Following the meeting, she posted on Twitter, writing: \"Good to talk to many of our hard-working, overstretched doctors";

UNWIND [["statement-60032d35-05", "Speaking after the medical staffing committee, Mrs Billingham said"],
        ["statement-60032d35-06", "Following the meeting, she posted on Twitter, writing"]] AS row
MATCH (a:Article {id: "article-60032d35"}), (p:Person {id: "zoe-billingham"}), (s:Statement {id: row[0]}),
      (t:Organisation {id: "nsft"}), (g:Group {id: "nsft-doctors-letter-signatories-2022"})
MERGE (p)-[said:SAID {article: a.id}]->(s)
SET said.evidence = row[1]
MERGE (s)-[ob:ON_BEHALF_OF {article: a.id}]->(t)
SET ob.evidence = CASE row[0] WHEN "statement-60032d35-05" THEN "As the chair of the trust, I will be scheduling regular discussions with our doctors" ELSE "many of our hard-working, overstretched doctors" END;

UNWIND [
  ["statement-60032d35-06", "tweet-zoe-billingham-2022", "MADE_IN", "she posted on Twitter, writing"],
  ["statement-60032d35-05", "meeting-nsft-medical-staffing-committee-2022", "ABOUT", "Alex Lewis (chief medical director) and I were able to discuss their concerns in more detail"],
  ["statement-60032d35-05", "nsft", "ABOUT", "we have a lot to do to strengthen the culture at our trust"],
  ["statement-60032d35-05", "nsft-board", "ABOUT", "The board is committed to keeping these important conversations going."],
  ["statement-60032d35-05", "alex-lewis", "ABOUT", "Alex Lewis (chief medical director) and I were able to discuss their concerns"],
  ["statement-60032d35-06", "meeting-nsft-medical-staffing-committee-2022", "ABOUT", "Good to talk to many of our hard-working, overstretched doctors to hear their concerns"],
  ["statement-60032d35-06", "nsft", "ABOUT", "We can only get better if we do this together."]
] AS row
MATCH (a:Article {id: "article-60032d35"}), (s:Statement {id: row[0]}), (t {id: row[1]})
FOREACH (_ IN CASE WHEN row[2] = "MADE_IN" THEN [1] ELSE [] END |
  MERGE (s)-[r:MADE_IN {article: a.id}]->(t) SET r.evidence = row[3])
FOREACH (_ IN CASE WHEN row[2] = "ABOUT" THEN [1] ELSE [] END |
  MERGE (s)-[r:ABOUT {article: a.id}]->(t) SET r.evidence = row[3]);

MATCH (s:Statement {id: "statement-60032d35-06"})
SET s.ambiguity = "'Following the meeting' is read as the medical staffing committee meeting described just before.";

UNWIND [
  ["statement-60032d35-05", "FOLLOWED", "meeting-nsft-medical-staffing-committee-2022", "Speaking after the medical staffing committee, Mrs Billingham said"],
  ["statement-60032d35-06", "FOLLOWED", "meeting-nsft-medical-staffing-committee-2022", "Following the meeting, she posted on Twitter"],
  ["statement-60032d35-05", "ABOUT", "nsft-medical-staffing-committee", "Alex Lewis (chief medical director) and I were able to discuss their concerns in more detail and listen to their valuable suggestions"],
  ["statement-60032d35-06", "ABOUT", "nsft-medical-staffing-committee", "Good to talk to many of our hard-working, overstretched doctors to hear their concerns"]
] AS row
MATCH (a:Article {id: "article-60032d35"}), (s:Statement {id: row[0]}), (t {id: row[2]})
FOREACH (_ IN CASE WHEN row[1] = "FOLLOWED" THEN [1] ELSE [] END |
  MERGE (s)-[r:FOLLOWED {article: a.id}]->(t) SET r.evidence = row[3])
FOREACH (_ IN CASE WHEN row[1] = "ABOUT" THEN [1] ELSE [] END |
  MERGE (s)-[r:ABOUT {article: a.id}]->(t) SET r.evidence = row[3]);

// Zoe Billingham's pledge of regular discussions with the trust's doctors
MATCH (a:Article {id: "article-60032d35"})
MERGE (e:Event {id: "nsft-chair-regular-discussions-with-doctors-2022"})
SET e.kind = "meeting", e.name = "Regular discussions between NSFT's chair and its doctors", e.status = "planned",
    e.date = null, e.datePrecision = "range", e.dateEarliest = "2022", e.dateText = "I will be scheduling",
    e.dateReasoning = "Pledged in the article's year (2022) for the future; no end is given."
MERGE (e)-[r:REPORTED_IN {article: a.id}]->(a)
SET r.evidence = "I will be scheduling regular discussions with our doctors so that we can listen to their views and use their insight to guide future improvements.";

MATCH (a:Article {id: "article-60032d35"}), (e:Event {id: "nsft-chair-regular-discussions-with-doctors-2022"}), (p:Person {id: "zoe-billingham"}), (s:Statement {id: "statement-60032d35-05"})
MERGE (p)-[r1:ORGANISED {article: a.id}]->(e)
SET r1.evidence = "As the chair of the trust, I will be scheduling regular discussions with our doctors"
MERGE (s)-[r2:ABOUT {article: a.id}]->(e)
SET r2.evidence = "I will be scheduling regular discussions with our doctors";

// Face-to-face events for staff
MATCH (a:Article {id: "article-60032d35"})
MERGE (e:Event {id: "nsft-staff-face-to-face-events-2022"})
SET e.kind = "meeting", e.name = "Face-to-face events for NSFT staff to discuss their concerns", e.status = "planned",
    e.date = "2022", e.datePrecision = "year",
    e.ambiguity = "'understood to have set up': not confirmed by the trust in the article."
MERGE (e)-[r:REPORTED_IN {article: a.id}]->(a)
SET r.evidence = "The trust is also understood to have set up a series of further face-to-face events for staff members to discuss their concerns.";

MATCH (a:Article {id: "article-60032d35"}), (e:Event {id: "nsft-staff-face-to-face-events-2022"}), (t:Organisation {id: "nsft"})
MERGE (t)-[r:ORGANISED {article: a.id}]->(e)
SET r.evidence = "The trust is also understood to have set up a series of further face-to-face events for staff members";

// Cath Byford
MATCH (a:Article {id: "article-60032d35"})
MERGE (s:Statement {id: "statement-60032d35-07"})
SET s.kind = "quote", s.date = "2022", s.datePrecision = "year",
    s.text = "We share the concerns raised by our medical colleagues. We value their views and are committed to working closely with them as we continue to make improvements on behalf of our service users and their families. One of our new chief medical officer's top priorities is to engage fully with our medical staff to make sure they are given every opportunity to make a valuable contribution to these improvements."
MERGE (s)-[r:REPORTED_IN {article: a.id}]->(a)
SET r.evidence = "Cath Byford, deputy chief executive at NSFT, said: “We share the concerns raised by our medical colleagues.";

MATCH (a:Article {id: "article-60032d35"}), (s:Statement {id: "statement-60032d35-07"}), (p:Person {id: "cath-byford"}), (t:Organisation {id: "nsft"})
MERGE (p)-[said:SAID {article: a.id}]->(s)
SET said.evidence = "Cath Byford, deputy chief executive at NSFT, said"
MERGE (s)-[ob:ON_BEHALF_OF {article: a.id}]->(t)
SET ob.evidence = "Cath Byford, deputy chief executive at NSFT, said";

UNWIND [
  ["letter-140-doctors-2022", "We share the concerns raised by our medical colleagues."],
  ["nsft-doctors-letter-signatories-2022", "We value their views and are committed to working closely with them"],
  ["alex-lewis", "One of our new chief medical officer's top priorities is to engage fully with our medical staff"]
] AS row
MATCH (a:Article {id: "article-60032d35"}), (s:Statement {id: "statement-60032d35-07"}), (t {id: row[0]})
MERGE (s)-[r:ABOUT {article: a.id}]->(t)
SET r.evidence = row[1];

MATCH (:Statement {id: "statement-60032d35-07"})-[r:ABOUT {article: "article-60032d35"}]->(x)
WHERE x.id IN ["letter-140-doctors-2022", "nsft-doctors-letter-signatories-2022"]
SET r.ambiguity = "'our medical colleagues' is read as the 140 doctors who signed the letter; it may mean the trust's medical staff generally.";

MATCH (a:Article {id: "article-60032d35"}), (s:Statement {id: "statement-60032d35-07"}), (p:Person {id: "alex-lewis"})
MATCH (s)-[r:ABOUT {article: a.id}]->(p)
SET r.ambiguity = "'our new chief medical officer' is not named; read as Alex Lewis, called 'chief medical director' earlier.";

// The former consultant
UNWIND [
  {id: "statement-60032d35-08", kind: "reported", text: "described their departure as \"the best decision of my life\"",
   said: "A former doctor who left NSFT last year has described their departure as \"the best decision of my life\".",
   aboutTrust: "A former doctor who left NSFT last year has described their departure as \"the best decision of my life\"."},
  {id: "statement-60032d35-09", kind: "reported", text: "they was left to feel that their \"face did not fit\" within the trust",
   said: "The consultant, who wished to remain anonymous, said that they was left to feel that their \"face did not fit\" within the trust.",
   aboutTrust: "they was left to feel that their \"face did not fit\" within the trust"},
  {id: "statement-60032d35-10", kind: "quote",
   text: "It felt like four solid years of being shoved under the bus. Every time something went wrong it felt as though the executives would look around for a clinician to pin the blame on. The trust desperately needs to stop this blame culture and start properly supporting its staff.",
   said: "They said: \"It felt like four solid years of being shoved under the bus.",
   aboutTrust: "The trust desperately needs to stop this blame culture and start properly supporting its staff."},
  {id: "statement-60032d35-11", kind: "reported", text: "they were often felt they were not able to defend themselves or speak out about their concerns",
   said: "They said they were often felt they were not able to defend themselves or speak out about their concerns.",
   aboutTrust: "They said they were often felt they were not able to defend themselves or speak out about their concerns.",
   aboutAmbiguity: "About their time at the trust, which the sentence does not name."},
  {id: "statement-60032d35-12", kind: "quote", text: "I felt that if I did not leave the job it would kill me.",
   said: "They added: \"I felt that if I did not leave the job it would kill me.\"", aboutTrust: null}
] AS st
MATCH (a:Article {id: "article-60032d35"}), (p:Person {id: "former-nsft-consultant-60032d35"}), (t:Organisation {id: "nsft"})
MERGE (s:Statement {id: st.id})
SET s.kind = st.kind, s.text = st.text, s.date = "2022", s.datePrecision = "year"
MERGE (s)-[r:REPORTED_IN {article: a.id}]->(a)
SET r.evidence = st.said
MERGE (p)-[said:SAID {article: a.id}]->(s)
SET said.evidence = st.said
FOREACH (_ IN CASE WHEN st.aboutTrust IS NOT NULL THEN [1] ELSE [] END |
  MERGE (s)-[ab:ABOUT {article: a.id}]->(t)
  SET ab.evidence = st.aboutTrust, ab.ambiguity = st.aboutAmbiguity);

MATCH (a:Article {id: "article-60032d35"}), (p:Person {id: "former-nsft-consultant-60032d35"}), (t:Organisation {id: "nsft"})
MERGE (p)-[r:CRITICISED {article: a.id}]->(t)
SET r.statement = "statement-60032d35-10", r.summary = "a blame culture; executives look for a clinician to pin the blame on",
    r.evidence = "The trust desperately needs to stop this blame culture and start properly supporting its staff.";

MATCH (a:Article {id: "article-60032d35"})
MERGE (g:Group {id: "nsft-executives-60032d35"})
SET g.name = "NSFT executives", g.description = "the executives"
MERGE (g)-[r:REPORTED_IN {article: a.id}]->(a)
SET r.evidence = "it felt as though the executives would look around for a clinician to pin the blame on";

MATCH (a:Article {id: "article-60032d35"}), (g:Group {id: "nsft-executives-60032d35"}), (t:Organisation {id: "nsft"}),
      (p:Person {id: "former-nsft-consultant-60032d35"}), (s:Statement {id: "statement-60032d35-10"})
MERGE (g)-[po:PART_OF {article: a.id}]->(t)
SET po.ambiguity = "'the executives' are read as NSFT's, the trust the consultant worked for; the sentence does not name it. Whether they are the 'NSFT bosses' of the earlier paragraph is not said, so they are kept apart.",
    po.evidence = "the executives would look around for a clinician to pin the blame on. The trust desperately needs to stop this blame culture"
MERGE (p)-[c:CRITICISED {article: a.id}]->(g)
SET c.statement = "statement-60032d35-10", c.summary = "would look around for a clinician to pin the blame on",
    c.evidence = "Every time something went wrong it felt as though the executives would look around for a clinician to pin the blame on."
MERGE (s)-[ab:ABOUT {article: a.id}]->(g)
SET ab.evidence = "the executives would look around for a clinician to pin the blame on";

MATCH (a:Article {id: "article-60032d35"})
MERGE (e:Event {id: "resignation-former-nsft-consultant-2021"})
SET e.kind = "resignation", e.name = "A consultant resigns from NSFT", e.status = "happened",
    e.date = "2021", e.datePrecision = "year", e.dateText = "in 2021"
MERGE (e)-[r:REPORTED_IN {article: a.id}]->(a)
SET r.evidence = "They spent around four years working for the trust, before tendering their resignation in 2021.";

MATCH (a:Article {id: "article-60032d35"}), (e:Event {id: "resignation-former-nsft-consultant-2021"}), (p:Person {id: "former-nsft-consultant-60032d35"}), (t:Organisation {id: "nsft"})
MERGE (e)-[r:INVOLVED {article: a.id}]->(p)
SET r.role = "resigned", r.evidence = "before tendering their resignation in 2021"
MERGE (e)-[r2:INVOLVED {article: a.id}]->(t)
SET r2.role = "the employer left", r2.evidence = "A former doctor who left NSFT last year";

UNWIND [
  ["statement-60032d35-08", "has described their departure as \"the best decision of my life\""],
  ["statement-60032d35-12", "I felt that if I did not leave the job it would kill me."]
] AS row
MATCH (a:Article {id: "article-60032d35"}), (s:Statement {id: row[0]}), (e:Event {id: "resignation-former-nsft-consultant-2021"})
MERGE (s)-[r:ABOUT {article: a.id}]->(e)
SET r.evidence = row[1];

// Dates: everything dated only by the article's year says how that year was worked out
MATCH (n)-[:REPORTED_IN {article: "article-60032d35"}]->(:Article)
WHERE n.date = "2022" AND n.dateReasoning IS NULL
SET n.dateReasoning = "The article's year (2022): the former consultant left NSFT \"last year\", resigning \"in 2021\"; the text dates this no more precisely.";

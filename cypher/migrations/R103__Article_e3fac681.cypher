// Article e3fac681 (data/articles/002_e3fac681ad5b1689.txt): after its October-November 2019 inspection
// the CQC rates NSFT "requires improvement" and the Chief Inspector of Hospitals recommends it stays in
// special measures; five must-do improvements; the family of Peggy Copeman and the campaign respond.

// Retraction: remove what an earlier version of this script loaded (its relationships, then nodes no
// article reports any more), so re-applying a corrected script leaves exactly its current content.
MATCH ()-[r {article: "article-e3fac681"}]->() DELETE r;
MATCH (n) WHERE NOT n:Article AND none(l IN labels(n) WHERE l STARTS WITH "__") AND NOT (n)-[:REPORTED_IN]->()
DETACH DELETE n;

// The article
MERGE (a:Article {id: "article-e3fac681"})
SET a.title = "WATCH: ITV Anglia's Rob Setchell reports on the response to the CQC report.",
    a.titleInferred = true,
    a.sourceFile = "data/articles/002_e3fac681ad5b1689.txt",
    a.publisher = "ITV Anglia",
    a.publisherEvidence = "The article embeds video reports by ITV Anglia's Rob Setchell and ITV Anglia presenters; the text does not otherwise name its publisher.",
    a.date = null, a.datePrecision = "range", a.dateEarliest = "2019-11-06", a.dateLatest = null,
    a.dateReasoning = "It responds to the report on the inspection \"between 7 October and 6 November 2019\", so it is later than 6 November 2019; nothing in the text bounds it above.";

MATCH (a:Article {id: "article-e3fac681"})
MERGE (o:Organisation {id: "itv-anglia"})
SET o:MediaOutlet, o.name = "ITV Anglia"
MERGE (o)-[r:REPORTED_IN {article: a.id}]->(a)
SET r.evidence = "WATCH: ITV Anglia's Rob Setchell reports on the response to the CQC report.";

MATCH (a:Article {id: "article-e3fac681"}), (o:Organisation {id: "itv-anglia"})
MERGE (o)-[r:PUBLISHED {article: a.id}]->(a)
SET r.ambiguity = "Inferred from the embedded ITV Anglia videos; the publisher is not stated.",
    r.evidence = "WATCH: ITV Anglia's Rob Setchell reports on the response to the CQC report.";

// Organisations
MATCH (a:Article {id: "article-e3fac681"})
MERGE (n:Organisation {id: "nsft"})
SET n:Trust, n.name = "Norfolk and Suffolk NHS Foundation Trust",
    n.aliases = reduce(acc = coalesce(n.aliases, []), x IN ["NSFT"] | CASE WHEN x IN acc THEN acc ELSE acc + x END)
MERGE (n)-[r:REPORTED_IN {article: a.id}]->(a)
SET r.evidence = "England's Chief Inspector of Hospitals has recommended Norfolk and Suffolk NHS Foundation Trust (NSFT) remains in special measures following a Care Quality Commission inspection.";

MATCH (a:Article {id: "article-e3fac681"})
MERGE (n:Organisation {id: "cqc"})
SET n:Regulator, n.name = "Care Quality Commission",
    n.aliases = reduce(acc = coalesce(n.aliases, []), x IN ["CQC"] | CASE WHEN x IN acc THEN acc ELSE acc + x END)
MERGE (n)-[r:REPORTED_IN {article: a.id}]->(a)
SET r.evidence = "following a Care Quality Commission inspection";

MATCH (a:Article {id: "article-e3fac681"})
MERGE (n:Organisation {id: "campaign-to-save-mental-health-services"})
SET n:Campaign, n.name = "Campaign to Save Mental Health Services in Norfolk and Suffolk",
    n.description = "Pressure group"
MERGE (n)-[r:REPORTED_IN {article: a.id}]->(a)
SET r.evidence = "Pressure group 'Campaign to Save Mental Health Services in Norfolk and Suffolk' cited Peggy's story in their response to the report.";

// People
UNWIND [
  {id: "ted-baker", name: "Ted Baker", honorific: "Professor", aliases: ["Professor Ted Baker", "the Chief Inspector"],
   evidence: "Professor Ted Baker, Chief Inspector of Hospitals said"},
  {id: "jonathan-warren", name: "Jonathan Warren", honorific: null, aliases: [],
   evidence: "speak to NSFT Chief Executive Jonathan Warren"},
  {id: "nick-fulcher", name: "Nick Fulcher", honorific: null, aliases: [],
   evidence: "Her son-in-law, Nick Fulcher, said it was hard to see where improvements had been made."},
  {id: "rob-setchell", name: "Rob Setchell", honorific: null, aliases: [],
   evidence: "ITV Anglia's Rob Setchell reports on the response to the CQC report"},
  {id: "jonathan-wills", name: "Jonathan Wills", honorific: null, aliases: [],
   evidence: "ITV Anglia presenters Jonathan Wills and Becky Jago speak to NSFT Chief Executive Jonathan Warren"},
  {id: "becky-jago", name: "Becky Jago", honorific: null, aliases: [],
   evidence: "ITV Anglia presenters Jonathan Wills and Becky Jago speak to NSFT Chief Executive Jonathan Warren"}
] AS person
MATCH (a:Article {id: "article-e3fac681"})
MERGE (n:Person {id: person.id})
SET n.name = person.name, n.honorific = coalesce(person.honorific, n.honorific),
    n.aliases = reduce(acc = coalesce(n.aliases, []), x IN person.aliases | CASE WHEN x IN acc THEN acc ELSE acc + x END)
MERGE (n)-[r:REPORTED_IN {article: a.id}]->(a)
SET r.evidence = person.evidence;

MATCH (a:Article {id: "article-e3fac681"})
MERGE (n:Person {id: "peggy-copeman"})
SET n.name = "Peggy Copeman", n.age = 81,
    n.aliases = reduce(acc = coalesce(n.aliases, []), x IN ["Peggy"] | CASE WHEN x IN acc THEN acc ELSE acc + x END)
MERGE (n)-[r:REPORTED_IN {article: a.id}]->(a)
SET r.evidence = "Peggy Copeman, 81, died on the side of the M11 while being transported from one mental health hospital in Devon to another in Norfolk.";

MATCH (a:Article {id: "article-e3fac681"})
MERGE (g:Group {id: "peggy-copeman-family"})
SET g.name = "One Norfolk family",
    g.description = "One Norfolk family",
    g.ambiguity = "The article does not say outright that the 'Norfolk family' is Peggy Copeman's; the next paragraphs tell her story and quote her son-in-law, so it is read as hers."
MERGE (g)-[r:REPORTED_IN {article: a.id}]->(a)
SET r.evidence = "One Norfolk family have criticised the rating, saying it is \"taking the mick\".";

MATCH (a:Article {id: "article-e3fac681"}), (p:Person {id: "nick-fulcher"}), (g:Group {id: "peggy-copeman-family"})
MERGE (p)-[r:MEMBER_OF {article: a.id}]->(g)
SET r.role = "son-in-law of Peggy Copeman", r.evidence = "Her son-in-law, Nick Fulcher";

MATCH (a:Article {id: "article-e3fac681"}), (p:Person {id: "peggy-copeman"}), (g:Group {id: "peggy-copeman-family"})
MERGE (p)-[r:MEMBER_OF {article: a.id}]->(g)
SET r.role = "deceased relative",
    r.ambiguity = "The family's relative whose death is recounted; she is not one of those who criticised the rating. Her tie to the family is read from 'Her son-in-law, Nick Fulcher'.",
    r.evidence = "Her son-in-law, Nick Fulcher";

// Offices and roles
MATCH (a:Article {id: "article-e3fac681"})
MERGE (o:Office {id: "chief-inspector-of-hospitals"})
SET o.name = "Chief Inspector of Hospitals",
    o.aliases = reduce(acc = coalesce(o.aliases, []), x IN ["England's Chief Inspector of Hospitals"] | CASE WHEN x IN acc THEN acc ELSE acc + x END)
MERGE (o)-[r:REPORTED_IN {article: a.id}]->(a)
SET r.evidence = "England's Chief Inspector of Hospitals has recommended";

MATCH (a:Article {id: "article-e3fac681"}), (p:Person {id: "ted-baker"}), (o:Office {id: "chief-inspector-of-hospitals"})
MERGE (p)-[r:HOLDS_OFFICE {article: a.id}]->(o)
SET r.status = "current", r.evidence = "Professor Ted Baker, Chief Inspector of Hospitals said";

MATCH (a:Article {id: "article-e3fac681"}), (p:Person {id: "jonathan-warren"}), (o:Organisation {id: "nsft"})
MERGE (p)-[r:LEADS {article: a.id, role: "chief executive"}]->(o)
SET r.roleAsWritten = "NSFT Chief Executive", r.status = "current",
    r.evidence = "speak to NSFT Chief Executive Jonathan Warren";

UNWIND [["rob-setchell", "reporter", "ITV Anglia's Rob Setchell reports on the response to the CQC report"],
        ["jonathan-wills", "presenter", "ITV Anglia presenters Jonathan Wills and Becky Jago"],
        ["becky-jago", "presenter", "ITV Anglia presenters Jonathan Wills and Becky Jago"]] AS row
MATCH (a:Article {id: "article-e3fac681"}), (p:Person {id: row[0]}), (o:Organisation {id: "itv-anglia"})
MERGE (p)-[r:WORKS_FOR {article: a.id}]->(o)
SET r.role = row[1], r.evidence = row[2];

MATCH (a:Article {id: "article-e3fac681"}), (p:Person {id: "rob-setchell"})
MERGE (p)-[r:REPORTED_ON {article: a.id}]->(a)
SET r.role = "video report on the response to the CQC report",
    r.evidence = "WATCH: ITV Anglia's Rob Setchell reports on the response to the CQC report.";

MATCH (a:Article {id: "article-e3fac681"})
MERGE (e:Event {id: "interview-itv-anglia-jonathan-warren"})
SET e.kind = "interview", e.name = "ITV Anglia presenters speak to NSFT chief executive Jonathan Warren",
    e.status = "happened", e.date = null, e.datePrecision = "range", e.dateEarliest = "2019-11-06",
    e.dateReasoning = "Shown with the responses to the report on the inspection that ended on 6 November 2019."
MERGE (e)-[r:REPORTED_IN {article: a.id}]->(a)
SET r.evidence = "WATCH: ITV Anglia presenters Jonathan Wills and Becky Jago speak to NSFT Chief Executive Jonathan Warren.";

UNWIND ["jonathan-wills", "becky-jago", "jonathan-warren"] AS id
MATCH (a:Article {id: "article-e3fac681"}), (p:Person {id: id}), (e:Event {id: "interview-itv-anglia-jonathan-warren"})
MERGE (p)-[r:ATTENDED {article: a.id}]->(e)
SET r.evidence = "ITV Anglia presenters Jonathan Wills and Becky Jago speak to NSFT Chief Executive Jonathan Warren";

// The history: 2015 inspection, special measures 2015, 2016, 2017
MATCH (a:Article {id: "article-e3fac681"})
MERGE (i:Inspection {id: "cqc-inspection-nsft-2015"})
SET i.name = "CQC inspection of NSFT in 2015", i.status = "completed", i.date = "2015", i.datePrecision = "year"
MERGE (i)-[r:REPORTED_IN {article: a.id}]->(a)
SET r.evidence = "The trust was rated 'inadequate' overall and placed into special measures following an inspection in 2015.";

MATCH (a:Article {id: "article-e3fac681"}), (i:Inspection {id: "cqc-inspection-nsft-2015"}), (t:Organisation {id: "nsft"})
MERGE (i)-[r:INSPECTED {article: a.id}]->(t)
SET r.evidence = "The trust was rated 'inadequate' overall and placed into special measures following an inspection in 2015.";

MATCH (a:Article {id: "article-e3fac681"}), (i:Inspection {id: "cqc-inspection-nsft-2015"}), (t:Organisation {id: "nsft"})
MERGE (i)-[r:RATED {article: a.id, domain: "overall"}]->(t)
SET r.rating = "inadequate", r.evidence = "The trust was rated 'inadequate' overall and placed into special measures following an inspection in 2015.";

MATCH (a:Article {id: "article-e3fac681"}), (i:Inspection {id: "cqc-inspection-nsft-2015"}), (c:Organisation {id: "cqc"})
MERGE (c)-[r:CONDUCTED {article: a.id}]->(i)
SET r.ambiguity = "The article does not name the 2015 inspector; the paragraph follows one about a Care Quality Commission inspection.",
    r.evidence = "following an inspection in 2015";

UNWIND [
  {id: "special-measures-nsft-2015", outcome: "placed", date: "2015", inspection: "cqc-inspection-nsft-2015",
   dateReasoning: "Placed 'following an inspection in 2015' and removed in 2016; read as 2015.",
   ambiguity: "The article dates the inspection, not the placement, to 2015.",
   evidence: "The trust was rated 'inadequate' overall and placed into special measures following an inspection in 2015."},
  {id: "special-measures-nsft-2016", outcome: "removed", date: "2016", inspection: null,
   evidence: "The trust was removed from special measures in 2016, then placed back in 2017."},
  {id: "special-measures-nsft-2017", outcome: "placed-back", date: "2017", inspection: null,
   evidence: "The trust was removed from special measures in 2016, then placed back in 2017."}
] AS d
MATCH (a:Article {id: "article-e3fac681"}), (t:Organisation {id: "nsft"})
MERGE (n:Decision {id: d.id})
SET n.kind = "special-measures", n.outcome = d.outcome, n.date = d.date, n.datePrecision = "year",
    n.dateReasoning = d.dateReasoning, n.ambiguity = d.ambiguity
MERGE (n)-[r:REPORTED_IN {article: a.id}]->(a)
SET r.evidence = d.evidence
MERGE (n)-[c:CONCERNS {article: a.id}]->(t)
SET c.evidence = d.evidence;

MATCH (a:Article {id: "article-e3fac681"}), (d:Decision {id: "special-measures-nsft-2015"}), (i:Inspection {id: "cqc-inspection-nsft-2015"})
MERGE (d)-[r:FOLLOWED {article: a.id}]->(i)
SET r.evidence = "placed into special measures following an inspection in 2015";

// The 2019 inspection and its ratings
MATCH (a:Article {id: "article-e3fac681"})
MERGE (i:Inspection {id: "cqc-inspection-nsft-2019"})
SET i.name = "CQC inspection of NSFT, 7 October to 6 November 2019", i.status = "completed",
    i.startDate = "2019-10-07", i.endDate = "2019-11-06", i.date = null, i.datePrecision = "range",
    i.dateEarliest = "2019-10-07", i.dateLatest = "2019-11-06",
    i.dateText = "between 7 October and 6 November 2019"
MERGE (i)-[r:REPORTED_IN {article: a.id}]->(a)
SET r.evidence = "In their return, between 7 October and 6 November 2019, inspectors found the trust had made some improvements and their rating has improved to 'requires improvement'.";

MATCH (a:Article {id: "article-e3fac681"}), (i:Inspection {id: "cqc-inspection-nsft-2019"}), (c:Organisation {id: "cqc"})
MERGE (c)-[r:CONDUCTED {article: a.id}]->(i)
SET r.evidence = "following a Care Quality Commission inspection";

MATCH (a:Article {id: "article-e3fac681"}), (i:Inspection {id: "cqc-inspection-nsft-2019"}), (t:Organisation {id: "nsft"})
MERGE (i)-[r:INSPECTED {article: a.id}]->(t)
SET r.evidence = "In their return, between 7 October and 6 November 2019, inspectors found the trust had made some improvements";

UNWIND [
  ["overall", "requires improvement", "inspectors found the trust had made some improvements and their rating has improved to 'requires improvement'"],
  ["safe", "requires improvement", "It got 'requires improvement' for whether services are safe, responsive, effective and well-led"],
  ["responsive", "requires improvement", "It got 'requires improvement' for whether services are safe, responsive, effective and well-led"],
  ["effective", "requires improvement", "It got 'requires improvement' for whether services are safe, responsive, effective and well-led"],
  ["well-led", "requires improvement", "It got 'requires improvement' for whether services are safe, responsive, effective and well-led"],
  ["caring", "good", "'good' for whether services are caring"]
] AS rating
MATCH (a:Article {id: "article-e3fac681"}), (i:Inspection {id: "cqc-inspection-nsft-2019"}), (t:Organisation {id: "nsft"})
MERGE (i)-[r:RATED {article: a.id, domain: rating[0]}]->(t)
SET r.rating = rating[1], r.evidence = rating[2],
    r.note = CASE rating[0] WHEN "overall" THEN "improved" ELSE null END;

// The inspectors' finding (reported)
MATCH (a:Article {id: "article-e3fac681"}), (c:Organisation {id: "cqc"}), (i:Inspection {id: "cqc-inspection-nsft-2019"}), (t:Organisation {id: "nsft"})
MERGE (s:Statement {id: "statement-e3fac681-09"})
SET s.kind = "reported", s.text = "inspectors found the trust had made some improvements",
    s.date = null, s.datePrecision = "range", s.dateEarliest = "2019-10-07",
    s.dateReasoning = "A finding of the inspection held between 7 October and 6 November 2019."
MERGE (s)-[r:REPORTED_IN {article: a.id}]->(a)
SET r.evidence = "In their return, between 7 October and 6 November 2019, inspectors found the trust had made some improvements"
MERGE (c)-[x:SAID {article: a.id}]->(s)
SET x.evidence = "inspectors found the trust had made some improvements",
    x.ambiguity = "The article says 'inspectors'; they are read as the CQC's, since this is the return visit of the Care Quality Commission inspection."
MERGE (s)-[y:ABOUT {article: a.id}]->(t)
SET y.evidence = "inspectors found the trust had made some improvements"
MERGE (s)-[z:ABOUT {article: a.id}]->(i)
SET z.evidence = "In their return, between 7 October and 6 November 2019, inspectors found";

// Remains in special measures
MATCH (a:Article {id: "article-e3fac681"}), (t:Organisation {id: "nsft"}), (i:Inspection {id: "cqc-inspection-nsft-2019"})
MERGE (d:Decision {id: "special-measures-nsft-2019"})
SET d.kind = "special-measures", d.outcome = "remains", d.date = null, d.datePrecision = "range", d.dateEarliest = "2019-11-06",
    d.dateReasoning = "Recommended following the inspection that ended on 6 November 2019.",
    d.description = "The CQC believe more improvement is needed and so the trust will remain in special measures"
MERGE (d)-[r:REPORTED_IN {article: a.id}]->(a)
SET r.evidence = "However, the CQC believe more improvement is needed and so the trust will remain in special measures."
MERGE (d)-[c:CONCERNS {article: a.id}]->(t)
SET c.evidence = "the trust will remain in special measures"
MERGE (d)-[f:FOLLOWED {article: a.id}]->(i)
SET f.evidence = "has recommended Norfolk and Suffolk NHS Foundation Trust (NSFT) remains in special measures following a Care Quality Commission inspection";

MATCH (a:Article {id: "article-e3fac681"}), (d:Decision {id: "special-measures-nsft-2019"}), (p:Person {id: "ted-baker"})
MERGE (p)-[r:RECOMMENDED {article: a.id}]->(d)
SET r.ambiguity = "The recommendation is attributed to 'England's Chief Inspector of Hospitals'; Ted Baker is named as Chief Inspector of Hospitals later in the article.",
    r.evidence = "England's Chief Inspector of Hospitals has recommended Norfolk and Suffolk NHS Foundation Trust (NSFT) remains in special measures";

// The recommendation and the CQC's view, as reported speech
MATCH (a:Article {id: "article-e3fac681"}), (p:Person {id: "ted-baker"}), (d:Decision {id: "special-measures-nsft-2019"}),
      (t:Organisation {id: "nsft"}), (c:Organisation {id: "cqc"})
MERGE (s:Statement {id: "statement-e3fac681-08"})
SET s.kind = "reported", s.text = "has recommended Norfolk and Suffolk NHS Foundation Trust (NSFT) remains in special measures",
    s.date = null, s.datePrecision = "range", s.dateEarliest = "2019-11-06",
    s.dateReasoning = "Made following the inspection that ended on 6 November 2019."
MERGE (s)-[r:REPORTED_IN {article: a.id}]->(a)
SET r.evidence = "England's Chief Inspector of Hospitals has recommended Norfolk and Suffolk NHS Foundation Trust (NSFT) remains in special measures following a Care Quality Commission inspection."
MERGE (p)-[x:SAID {article: a.id}]->(s)
SET x.evidence = "England's Chief Inspector of Hospitals has recommended",
    x.ambiguity = "The sentence names the office, not the person; Ted Baker is named as Chief Inspector of Hospitals later in the article."
MERGE (s)-[y:ABOUT {article: a.id}]->(d)
SET y.evidence = "has recommended Norfolk and Suffolk NHS Foundation Trust (NSFT) remains in special measures"
MERGE (s)-[z:ABOUT {article: a.id}]->(t)
SET z.evidence = "has recommended Norfolk and Suffolk NHS Foundation Trust (NSFT) remains in special measures"
MERGE (s)-[b:ON_BEHALF_OF {article: a.id}]->(c)
SET b.evidence = "England's Chief Inspector of Hospitals has recommended Norfolk and Suffolk NHS Foundation Trust (NSFT) remains in special measures following a Care Quality Commission inspection.",
    b.ambiguity = "The article does not say for whom the Chief Inspector spoke; read as for the Care Quality Commission, whose inspection the recommendation follows.";

MATCH (a:Article {id: "article-e3fac681"}), (c:Organisation {id: "cqc"}), (d:Decision {id: "special-measures-nsft-2019"}), (t:Organisation {id: "nsft"})
MERGE (s:Statement {id: "statement-e3fac681-10"})
SET s.kind = "reported", s.text = "the CQC believe more improvement is needed",
    s.date = null, s.datePrecision = "range", s.dateEarliest = "2019-11-06",
    s.dateReasoning = "Stated after the inspection that ended on 6 November 2019."
MERGE (s)-[r:REPORTED_IN {article: a.id}]->(a)
SET r.evidence = "However, the CQC believe more improvement is needed and so the trust will remain in special measures."
MERGE (c)-[x:SAID {article: a.id}]->(s)
SET x.evidence = "the CQC believe more improvement is needed"
MERGE (s)-[y:ABOUT {article: a.id}]->(t)
SET y.evidence = "the CQC believe more improvement is needed"
MERGE (s)-[z:ABOUT {article: a.id}]->(d)
SET z.evidence = "the CQC believe more improvement is needed and so the trust will remain in special measures";

// Must-do improvements and the services they concern
UNWIND [
  {id: "learning-disability-inpatient-service", name: "Learning disability inpatient service", evidence: "the learning disability inpatient service"},
  {id: "children-and-young-person-service", name: "Children and young person service", evidence: "in the children and young person service"},
  {id: "adhd-service", name: "Service for attention deficit hyperactivity disorder patients", evidence: "for attention deficit hyperactivity disorder patients",
   ambiguity: "The article names the patients ('attention deficit hyperactivity disorder patients'), not a service; the service is inferred."},
  {id: "health-based-places-of-safety", name: "Health-based places of safety", evidence: "health-based places of safety"}
] AS svc
MATCH (a:Article {id: "article-e3fac681"}), (t:Organisation {id: "nsft"})
MERGE (s:Service {id: "nsft-" + svc.id})
SET s.name = svc.name, s.ambiguity = svc.ambiguity
MERGE (s)-[r:REPORTED_IN {article: a.id}]->(a)
SET r.evidence = svc.evidence
MERGE (s)-[p:PART_OF {article: a.id}]->(t)
SET p.evidence = svc.evidence;

UNWIND [
  {n: 1, text: "Ensure the internal and external environments of the learning disability inpatient service are clean, secure, maintained and suitable for the purpose for which they are being used",
   services: ["nsft-learning-disability-inpatient-service"]},
  {n: 2, text: "Review their systems to ensure that patients have risk assessments and care plans in the children and young person service",
   services: ["nsft-children-and-young-person-service"]},
  {n: 3, text: "Ensure adequate staff resources are available to reduce the patient waiting lists for triage, assessment and treatment in the children and young person service and for attention deficit hyperactivity disorder patients",
   services: ["nsft-children-and-young-person-service", "nsft-adhd-service"]},
  {n: 4, text: "Ensure that contemporaneous records are kept for people who use health-based places of safety. The trust should ensure that medicines audits are robust, and all medication errors are reported and investigated as per trust policy",
   services: ["nsft-health-based-places-of-safety"]},
  {n: 5, text: "Ensure there are enough staff to safely manage the health-based places of safety and to meet emergency referral targets",
   services: ["nsft-health-based-places-of-safety"]}
] AS action
MATCH (a:Article {id: "article-e3fac681"}), (i:Inspection {id: "cqc-inspection-nsft-2019"})
MERGE (m:MustDoAction {id: "cqc-inspection-nsft-2019-must-do-" + action.n})
SET m.text = action.text, m.ordinal = action.n
MERGE (m)-[r:REPORTED_IN {article: a.id}]->(a)
SET r.evidence = action.text
MERGE (i)-[q:REQUIRED {article: a.id}]->(m)
SET q.evidence = "The trust has been told it must make the following improvements"
WITH a, m, action
UNWIND action.services AS serviceId
MATCH (s:Service {id: serviceId})
MERGE (m)-[c:CONCERNS {article: a.id}]->(s)
SET c.evidence = action.text;

MATCH (m:MustDoAction {id: "cqc-inspection-nsft-2019-must-do-4"})
SET m.ambiguity = "The fourth item also says the trust 'should' ensure medicines audits are robust; it is kept with the item it is printed in.";

// Peggy Copeman's death
MATCH (a:Article {id: "article-e3fac681"})
MERGE (e:Event {id: "death-peggy-copeman"})
SET e.kind = "death", e.name = "Death of Peggy Copeman on the M11",
    e.description = "died on the side of the M11 while being transported from one mental health hospital in Devon to another in Norfolk; she had been sent to the south west by NSFT because there were not enough bed spaces in Norfolk, and died on the journey home a few days later",
    e.status = "happened", e.date = null, e.datePrecision = "range", e.dateLatest = null,
    e.ambiguity = "The article gives no date for her death."
MERGE (e)-[r:REPORTED_IN {article: a.id}]->(a)
SET r.evidence = "Peggy Copeman, 81, died on the side of the M11 while being transported from one mental health hospital in Devon to another in Norfolk.";

MATCH (a:Article {id: "article-e3fac681"}), (p:Person {id: "peggy-copeman"}), (e:Event {id: "death-peggy-copeman"})
MERGE (p)-[r:DIED_IN {article: a.id}]->(e)
SET r.evidence = "Peggy Copeman, 81, died on the side of the M11";

UNWIND [
  {id: "m11", name: "M11", kind: "road", evidence: "died on the side of the M11"},
  {id: "devon", name: "Devon", kind: "county", evidence: "from one mental health hospital in Devon to another in Norfolk"},
  {id: "norfolk", name: "Norfolk", kind: "county", evidence: "from one mental health hospital in Devon to another in Norfolk"}
] AS place
MATCH (a:Article {id: "article-e3fac681"})
MERGE (p:Place {id: place.id})
SET p.name = place.name, p.kind = place.kind
MERGE (p)-[r:REPORTED_IN {article: a.id}]->(a)
SET r.evidence = place.evidence;

MATCH (a:Article {id: "article-e3fac681"}), (e:Event {id: "death-peggy-copeman"}), (p:Place {id: "m11"})
MERGE (e)-[r:TOOK_PLACE_AT {article: a.id}]->(p)
SET r.evidence = "died on the side of the M11";

MATCH (a:Article {id: "article-e3fac681"}), (e:Event {id: "death-peggy-copeman"}), (t:Organisation {id: "nsft"})
MERGE (e)-[r:INVOLVED {article: a.id}]->(t)
SET r.role = "had sent her to the south west because there were not enough bed spaces in Norfolk",
    r.evidence = "She had been sent to the south west by NSFT because there were not enough bed spaces in Norfolk.";

UNWIND [["devon", "transported from one mental health hospital in Devon to another in Norfolk"],
        ["norfolk", "transported from one mental health hospital in Devon to another in Norfolk"]] AS row
MATCH (a:Article {id: "article-e3fac681"}), (e:Event {id: "death-peggy-copeman"}), (p:Place {id: row[0]})
MERGE (e)-[r:INVOLVED {article: a.id}]->(p)
SET r.role = CASE row[0] WHEN "devon" THEN "journey from a mental health hospital here" ELSE "journey to a mental health hospital here" END,
    r.evidence = row[1];

// The CQC report the responses are to
MATCH (a:Article {id: "article-e3fac681"})
MERGE (e:Event {id: "cqc-report-publication-nsft-2019"})
SET e.kind = "report-publication", e.name = "Publication of the CQC report on NSFT (October-November 2019 inspection)",
    e.status = "happened", e.date = null, e.datePrecision = "range", e.dateEarliest = "2019-11-06",
    e.dateReasoning = "The report is on the inspection \"between 7 October and 6 November 2019\", so it came after 6 November 2019."
MERGE (e)-[r:REPORTED_IN {article: a.id}]->(a)
SET r.evidence = "WATCH: ITV Anglia's Rob Setchell reports on the response to the CQC report.";

MATCH (a:Article {id: "article-e3fac681"}), (e:Event {id: "cqc-report-publication-nsft-2019"}), (i:Inspection {id: "cqc-inspection-nsft-2019"})
MERGE (e)-[r:ABOUT {article: a.id}]->(i)
SET r.evidence = "their response to the report",
    r.ambiguity = "The article does not say in so many words that 'the CQC report' is on the 7 October - 6 November 2019 inspection; the whole article is about that inspection.";

MATCH (a:Article {id: "article-e3fac681"}), (e:Event {id: "cqc-report-publication-nsft-2019"}), (c:Organisation {id: "cqc"})
MERGE (e)-[r:INVOLVED {article: a.id}]->(c)
SET r.role = "publisher of the report", r.evidence = "the response to the CQC report";

// Responses: the family, Nick Fulcher, the campaign
MATCH (a:Article {id: "article-e3fac681"})
MERGE (s:Statement {id: "statement-e3fac681-01"})
SET s.kind = "reported", s.text = "have criticised the rating, saying it is \"taking the mick\"",
    s.date = null, s.datePrecision = "range", s.dateEarliest = "2019-11-06",
    s.dateReasoning = "A response to the report on the inspection that ended on 6 November 2019."
MERGE (s)-[r:REPORTED_IN {article: a.id}]->(a)
SET r.evidence = "One Norfolk family have criticised the rating, saying it is \"taking the mick\".";

MATCH (a:Article {id: "article-e3fac681"}), (g:Group {id: "peggy-copeman-family"}), (s:Statement {id: "statement-e3fac681-01"})
MERGE (g)-[r:SAID {article: a.id}]->(s)
SET r.evidence = "One Norfolk family have criticised the rating, saying it is \"taking the mick\".";

MATCH (a:Article {id: "article-e3fac681"})
MERGE (s:Statement {id: "statement-e3fac681-02"})
SET s.kind = "reported", s.text = "it was hard to see where improvements had been made",
    s.date = null, s.datePrecision = "range", s.dateEarliest = "2019-11-06",
    s.dateReasoning = "A response to the report on the inspection that ended on 6 November 2019."
MERGE (s)-[r:REPORTED_IN {article: a.id}]->(a)
SET r.evidence = "Her son-in-law, Nick Fulcher, said it was hard to see where improvements had been made.";

MATCH (a:Article {id: "article-e3fac681"}), (p:Person {id: "nick-fulcher"}), (s:Statement {id: "statement-e3fac681-02"})
MERGE (p)-[r:SAID {article: a.id}]->(s)
SET r.evidence = "Her son-in-law, Nick Fulcher, said it was hard to see where improvements had been made.";

MATCH (a:Article {id: "article-e3fac681"}), (p:Person {id: "nick-fulcher"}), (s:Statement {id: "statement-e3fac681-02"}), (g:Group {id: "peggy-copeman-family"})
MERGE (s)-[r:ON_BEHALF_OF {article: a.id}]->(g)
SET r.ambiguity = "He may speak for himself only; read with the family's criticism before it.",
    r.evidence = "Her son-in-law, Nick Fulcher, said";

UNWIND ["statement-e3fac681-01", "statement-e3fac681-02"] AS id
MATCH (a:Article {id: "article-e3fac681"}), (s:Statement {id: id}), (i:Inspection {id: "cqc-inspection-nsft-2019"})
MERGE (s)-[r:ABOUT {article: a.id}]->(i)
SET r.evidence = CASE id WHEN "statement-e3fac681-01" THEN "One Norfolk family have criticised the rating"
                 ELSE "said it was hard to see where improvements had been made" END;

MATCH (a:Article {id: "article-e3fac681"}), (s:Statement {id: "statement-e3fac681-02"}), (t:Organisation {id: "nsft"})
MERGE (s)-[r:ABOUT {article: a.id}]->(t)
SET r.ambiguity = "The improvements in question are read as the trust's, which the inspectors found it had made.",
    r.evidence = "said it was hard to see where improvements had been made";

MATCH (a:Article {id: "article-e3fac681"}), (g:Group {id: "peggy-copeman-family"}), (i:Inspection {id: "cqc-inspection-nsft-2019"})
MERGE (g)-[r:CRITICISED {article: a.id}]->(i)
SET r.statement = "statement-e3fac681-01", r.summary = "the rating is \"taking the mick\"",
    r.evidence = "One Norfolk family have criticised the rating, saying it is \"taking the mick\".";

MATCH (a:Article {id: "article-e3fac681"}), (p:Person {id: "nick-fulcher"}), (i:Inspection {id: "cqc-inspection-nsft-2019"})
MERGE (p)-[r:CRITICISED {article: a.id}]->(i)
SET r.statement = "statement-e3fac681-02", r.summary = "hard to see where improvements had been made",
    r.ambiguity = "Read as disputing the report's finding that the trust had improved; it may equally be criticism of the trust itself.",
    r.evidence = "Her son-in-law, Nick Fulcher, said it was hard to see where improvements had been made.";

MATCH (a:Article {id: "article-e3fac681"})
MERGE (s:Statement {id: "statement-e3fac681-03"})
SET s.kind = "quote",
    s.text = "This report is bad but we don't believe it fully reflects the awful reality of mental health services in Norfolk and Suffolk. Services for children and young people are unsafe, if people can get a service at all. It is a scandal that must be addressed urgently.",
    s.date = null, s.datePrecision = "range", s.dateEarliest = "2019-11-06",
    s.dateReasoning = "The campaign's response to the report on the inspection that ended on 6 November 2019.",
    s.ambiguity = "The quotation is attributed by a caption naming the campaign, not a person."
MERGE (s)-[r:REPORTED_IN {article: a.id}]->(a)
SET r.evidence = "This report is bad but we don't believe it fully reflects the awful reality of mental health services in Norfolk and Suffolk.";

MATCH (a:Article {id: "article-e3fac681"}), (c:Organisation {id: "campaign-to-save-mental-health-services"}), (s:Statement {id: "statement-e3fac681-03"})
MERGE (c)-[r:SAID {article: a.id}]->(s)
SET r.evidence = "It is a scandal that must be addressed urgently. Campaign to Save Mental Health Services in Norfolk and Suffolk";

MATCH (a:Article {id: "article-e3fac681"}), (c:Organisation {id: "campaign-to-save-mental-health-services"}), (s:Statement {id: "statement-e3fac681-03"})
MERGE (s)-[r:ON_BEHALF_OF {article: a.id}]->(c)
SET r.evidence = "Campaign to Save Mental Health Services in Norfolk and Suffolk cited Peggy's story in their response to the report.";

UNWIND [
  ["cqc-inspection-nsft-2019", "This report is bad but we don't believe it fully reflects the awful reality of mental health services in Norfolk and Suffolk.", null],
  ["cqc-report-publication-nsft-2019", "This report is bad but we don't believe it fully reflects the awful reality of mental health services in Norfolk and Suffolk.", null],
  ["nsft", "Services for children and young people are unsafe, if people can get a service at all.",
   "The quotation speaks of 'mental health services in Norfolk and Suffolk' and children's services without naming NSFT; read as the trust's services, as the report is on NSFT."],
  ["nsft-children-and-young-person-service", "Services for children and young people are unsafe, if people can get a service at all.",
   "The campaign's 'Services for children and young people' differs from 'the children and young person service' of the must-do list; read as the same service, and as NSFT's."]
] AS row
MATCH (a:Article {id: "article-e3fac681"}), (s:Statement {id: "statement-e3fac681-03"}), (t {id: row[0]})
MERGE (s)-[r:ABOUT {article: a.id}]->(t)
SET r.evidence = row[1], r.ambiguity = row[2];

MATCH (a:Article {id: "article-e3fac681"}), (c:Organisation {id: "campaign-to-save-mental-health-services"}), (t:Organisation {id: "nsft"})
MERGE (c)-[r:CRITICISED {article: a.id}]->(t)
SET r.statement = "statement-e3fac681-03", r.summary = "services for children and young people are unsafe; a scandal that must be addressed urgently",
    r.ambiguity = "The quotation criticises 'mental health services in Norfolk and Suffolk' and children's services without naming NSFT; read as the trust's services, as the report is on NSFT.",
    r.evidence = "Services for children and young people are unsafe, if people can get a service at all. It is a scandal that must be addressed urgently.";

MATCH (a:Article {id: "article-e3fac681"}), (c:Organisation {id: "campaign-to-save-mental-health-services"}), (i:Inspection {id: "cqc-inspection-nsft-2019"})
MERGE (c)-[r:CRITICISED {article: a.id}]->(i)
SET r.statement = "statement-e3fac681-03", r.summary = "the report does not fully reflect the awful reality",
    r.evidence = "This report is bad but we don't believe it fully reflects the awful reality of mental health services in Norfolk and Suffolk.";

MATCH (a:Article {id: "article-e3fac681"}), (c:Organisation {id: "campaign-to-save-mental-health-services"}),
      (e:Event {id: "death-peggy-copeman"}), (p:Person {id: "peggy-copeman"}), (rep:Event {id: "cqc-report-publication-nsft-2019"})
MERGE (s:Statement {id: "statement-e3fac681-11"})
SET s.kind = "reported", s.text = "cited Peggy's story in their response to the report",
    s.date = null, s.datePrecision = "range", s.dateEarliest = "2019-11-06",
    s.dateReasoning = "Part of the campaign's response to the report on the inspection that ended on 6 November 2019."
MERGE (s)-[r:REPORTED_IN {article: a.id}]->(a)
SET r.evidence = "Pressure group 'Campaign to Save Mental Health Services in Norfolk and Suffolk' cited Peggy's story in their response to the report."
MERGE (c)-[x:SAID {article: a.id}]->(s)
SET x.evidence = "Pressure group 'Campaign to Save Mental Health Services in Norfolk and Suffolk' cited Peggy's story in their response to the report."
MERGE (s)-[b:ON_BEHALF_OF {article: a.id}]->(c)
SET b.evidence = "Pressure group 'Campaign to Save Mental Health Services in Norfolk and Suffolk' cited Peggy's story in their response to the report."
MERGE (s)-[y:ABOUT {article: a.id}]->(e)
SET y.evidence = "cited Peggy's story"
MERGE (s)-[w:ABOUT {article: a.id}]->(p)
SET w.evidence = "cited Peggy's story"
MERGE (s)-[z:ABOUT {article: a.id}]->(rep)
SET z.evidence = "their response to the report";

MATCH (a:Article {id: "article-e3fac681"})
MERGE (c:CallForAction {id: "call-campaign-address-children-services-2019"})
SET c.action = "must be addressed urgently",
    c.date = null, c.datePrecision = "range", c.dateEarliest = "2019-11-06",
    c.dateReasoning = "Made in the campaign's response to the report on the inspection that ended on 6 November 2019."
MERGE (c)-[r:REPORTED_IN {article: a.id}]->(a)
SET r.evidence = "It is a scandal that must be addressed urgently.";

MATCH (a:Article {id: "article-e3fac681"}), (call:CallForAction {id: "call-campaign-address-children-services-2019"}),
      (o:Organisation {id: "campaign-to-save-mental-health-services"})
MERGE (o)-[r:CALLED_FOR {article: a.id}]->(call)
SET r.statement = "statement-e3fac681-03",
    r.evidence = "It is a scandal that must be addressed urgently.";

UNWIND ["nsft-children-and-young-person-service", "nsft"] AS id
MATCH (a:Article {id: "article-e3fac681"}), (call:CallForAction {id: "call-campaign-address-children-services-2019"}), (t {id: id})
MERGE (call)-[r:CONCERNS {article: a.id}]->(t)
SET r.evidence = "Services for children and young people are unsafe, if people can get a service at all. It is a scandal that must be addressed urgently.",
    r.ambiguity = "'It' is read as the unsafe services for children and young people, and those as NSFT's; the quotation names neither NSFT nor who must act.";

// Professor Ted Baker, Chief Inspector of Hospitals
UNWIND [
  {id: "statement-e3fac681-04", kind: "quote",
   text: "At this inspection, we found that although some of the concerns had not fully been addressed, there had been a shift in approach and foundations had been laid to improve the direction of travel. Most staff inspectors spoke with felt more listened to, empowered and believed the trust is moving forwards.",
   said: "Professor Ted Baker, Chief Inspector of Hospitals said: \"At this inspection, we found that although some of the concerns had not fully been addressed"},
  {id: "statement-e3fac681-05", kind: "quote",
   text: "Whilst governance processes had improved, they had not yet fully ensured that performance and risk were managed well. For instance, waiting lists remained high in the specialist children and young people community mental health teams.",
   said: "He added: \"Whilst governance processes had improved, they had not yet fully ensured that performance and risk were managed well."},
  {id: "statement-e3fac681-06", kind: "reported",
   text: "some stakeholders didn't feel that changes had positively impacted all patients, with feedback advising that some still did not feel listened to",
   said: "The Chief Inspector also said some stakeholders didn't feel that changes had positively impacted all patients, with feedback advising that some still did not feel listened to."}
] AS st
MATCH (a:Article {id: "article-e3fac681"}), (p:Person {id: "ted-baker"}), (i:Inspection {id: "cqc-inspection-nsft-2019"}),
      (c:Organisation {id: "cqc"}), (t:Organisation {id: "nsft"})
MERGE (s:Statement {id: st.id})
SET s.kind = st.kind, s.text = st.text, s.date = null, s.datePrecision = "range", s.dateEarliest = "2019-11-06",
    s.dateReasoning = "Said about the inspection that ended on 6 November 2019, after it."
MERGE (s)-[r:REPORTED_IN {article: a.id}]->(a)
SET r.evidence = st.said
MERGE (p)-[said:SAID {article: a.id}]->(s)
SET said.evidence = st.said
MERGE (s)-[about:ABOUT {article: a.id}]->(i)
SET about.evidence = st.said
MERGE (s)-[t2:ABOUT {article: a.id}]->(t)
SET t2.evidence = st.said
MERGE (s)-[behalf:ON_BEHALF_OF {article: a.id}]->(c)
SET behalf.ambiguity = "The article names him only as Chief Inspector of Hospitals, speaking of 'this inspection', a Care Quality Commission inspection.",
    behalf.evidence = "England's Chief Inspector of Hospitals has recommended Norfolk and Suffolk NHS Foundation Trust (NSFT) remains in special measures following a Care Quality Commission inspection.";

MATCH (a:Article {id: "article-e3fac681"}), (s:Statement {id: "statement-e3fac681-05"}), (v:Service {id: "nsft-children-and-young-person-service"})
MERGE (s)-[r:ABOUT {article: a.id}]->(v)
SET r.ambiguity = "'The specialist children and young people community mental health teams' differ in wording from 'the children and young person service' of the must-do list; read as the same service.",
    r.evidence = "waiting lists remained high in the specialist children and young people community mental health teams";

// The closing line: unattributed in the text, it continues the Chief Inspector's findings.
MATCH (a:Article {id: "article-e3fac681"}), (p:Person {id: "ted-baker"}), (t:Organisation {id: "nsft"})
MERGE (s:Statement {id: "statement-e3fac681-07"})
SET s.kind = "reported", s.text = "Poor communication was also a key feature of feedback from patients and their families.",
    s.date = null, s.datePrecision = "range", s.dateEarliest = "2019-11-06",
    s.dateReasoning = "Read as said about the inspection that ended on 6 November 2019, after it.",
    s.ambiguity = "The sentence names no speaker; it follows the Chief Inspector's remarks and is read as part of his findings, but may be the article's own summary of the report."
MERGE (s)-[r:REPORTED_IN {article: a.id}]->(a)
SET r.evidence = "Poor communication was also a key feature of feedback from patients and their families."
MERGE (p)-[said:SAID {article: a.id}]->(s)
SET said.evidence = "Poor communication was also a key feature of feedback from patients and their families.",
    said.ambiguity = "Attribution inferred from the preceding sentence, 'The Chief Inspector also said some stakeholders didn't feel that changes had positively impacted all patients'."
MERGE (s)-[about:ABOUT {article: a.id}]->(t)
SET about.evidence = "Poor communication was also a key feature of feedback from patients and their families.";

MATCH (a:Article {id: "article-e3fac681"}), (s:Statement {id: "statement-e3fac681-07"}),
      (i:Inspection {id: "cqc-inspection-nsft-2019"}), (c:Organisation {id: "cqc"})
MERGE (s)-[r:ABOUT {article: a.id}]->(i)
SET r.ambiguity = "Read, like the Chief Inspector's other remarks, as a finding of this inspection.",
    r.evidence = "Poor communication was also a key feature of feedback from patients and their families."
MERGE (s)-[b:ON_BEHALF_OF {article: a.id}]->(c)
SET b.evidence = "England's Chief Inspector of Hospitals has recommended Norfolk and Suffolk NHS Foundation Trust (NSFT) remains in special measures following a Care Quality Commission inspection.",
    b.ambiguity = "Read, like the rest of the Chief Inspector's remarks, as spoken for the Care Quality Commission, whose inspection he reports on.";

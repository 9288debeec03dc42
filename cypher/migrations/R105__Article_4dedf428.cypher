// Article 4dedf428 (data/articles/004_4dedf428fcbb1244.txt): Norman Lamb, MP for North Norfolk, writes
// to the health secretary Matt Hancock after the CQC rates NSFT inadequate for the third time.

// Retraction: remove what an earlier version of this script loaded (its relationships, then nodes no
// article reports any more), so re-applying a corrected script leaves exactly its current content.
MATCH ()-[r {article: "article-4dedf428"}]->() DELETE r;
MATCH (n) WHERE NOT n:Article AND none(l IN labels(n) WHERE l STARTS WITH "__") AND NOT (n)-[:REPORTED_IN]->()
DETACH DELETE n;

// The article
MERGE (a:Article {id: "article-4dedf428"})
SET a.title = "A Norfolk MP has asked the health secretary to meet with his constituents who 'felt they have been let down' by the region's mental health trust.",
    a.titleInferred = true,
    a.sourceFile = "data/articles/004_4dedf428fcbb1244.txt",
    a.date = "2018", a.datePrecision = "year", a.dateEarliest = "2018-12-06", a.dateLatest = null,
    a.dateReasoning = "Norman Lamb's letter is \"dated Thursday, December 6\", after a CQC report rating the trust inadequate \"for the third time\"; article e3fac681 has the trust placed back in special measures in 2017, and 6 December fell on a Thursday in 2018. The article reports the letter, so it is from 6 December 2018 or later; 2018 is the most likely year but a later publication cannot be excluded from the text.";

// People, organisations, offices, places. This article adds no alias for Matt Hancock: an earlier version
// added his name itself and an office ("the health secretary", on the Office node below), so both are taken off.
MATCH (a:Article {id: "article-4dedf428"})
MERGE (n:Person {id: "norman-lamb"})
SET n:MP, n.name = "Norman Lamb",
    n.aliases = reduce(acc = coalesce(n.aliases, []), x IN ["Mr Lamb"] | CASE WHEN x IN acc THEN acc ELSE acc + x END)
MERGE (n)-[r:REPORTED_IN {article: a.id}]->(a)
SET r.evidence = "In a letter to Matt Hancock, secretary of state for health, north Norfolk MP Norman Lamb said he had attended a meeting with constituents";

MATCH (a:Article {id: "article-4dedf428"})
MERGE (n:Person {id: "matt-hancock"})
SET n:MP, n.name = "Matt Hancock",
    n.aliases = [x IN coalesce(n.aliases, []) WHERE NOT x IN ["Matt Hancock", "the health secretary"]]
MERGE (n)-[r:REPORTED_IN {article: a.id}]->(a)
SET r.evidence = "In a letter to Matt Hancock, secretary of state for health";

MATCH (a:Article {id: "article-4dedf428"})
MERGE (n:Person {id: "antek-lejk"})
SET n.name = "Antek Lejk"
MERGE (n)-[r:REPORTED_IN {article: a.id}]->(a)
SET r.evidence = "In a statement issued by the trust after the publication of the CQC report, Antek Lejk, chief executive, said he was 'obviously disappointed' but 'fully accepted' the regulator's findings.";

MATCH (a:Article {id: "article-4dedf428"})
MERGE (n:Person {id: "trust-spokesperson-4dedf428"})
SET n.name = "Spokesperson for Norfolk and Suffolk NHS Foundation Trust", n.anonymous = true,
    n.description = "A spokesperson for the trust"
MERGE (n)-[r:REPORTED_IN {article: a.id}]->(a)
SET r.evidence = "A spokesperson for the trust declined to comment specifically on Mr Lamb's letter.";

MATCH (a:Article {id: "article-4dedf428"})
MERGE (n:Organisation {id: "nsft"})
SET n:Trust, n.name = "Norfolk and Suffolk NHS Foundation Trust",
    n.aliases = reduce(acc = coalesce(n.aliases, []), x IN ["NSFT", "the region's mental health trust"] | CASE WHEN x IN acc THEN acc ELSE acc + x END)
MERGE (n)-[r:REPORTED_IN {article: a.id}]->(a)
SET r.evidence = "constituents who felt the Norfolk and Suffolk NHS Foundation Trust (NSFT) had let them down";

MATCH (a:Article {id: "article-4dedf428"})
MERGE (n:Organisation {id: "cqc"})
SET n:Regulator, n.name = "Care Quality Commission",
    n.aliases = reduce(acc = coalesce(n.aliases, []), x IN ["CQC"] | CASE WHEN x IN acc THEN acc ELSE acc + x END)
MERGE (n)-[r:REPORTED_IN {article: a.id}]->(a)
SET r.evidence = "His letter follows the Care Quality Commission's (CQC) report into standards at the trust";

MATCH (a:Article {id: "article-4dedf428"})
MERGE (n:Organisation {id: "liberal-democrats"})
SET n:PoliticalParty, n.name = "Liberal Democrats",
    n.aliases = reduce(acc = coalesce(n.aliases, []), x IN ["Liberal Democrat"] | CASE WHEN x IN acc THEN acc ELSE acc + x END)
MERGE (n)-[r:REPORTED_IN {article: a.id}]->(a)
SET r.evidence = "The Liberal Democrat MP and former health minister added";

MATCH (a:Article {id: "article-4dedf428"})
MERGE (n:Organisation {id: "samaritans"})
SET n.name = "Samaritans", n.description = "a free helpline, 116 123, from anywhere in the UK"
REMOVE n:Charity
MERGE (n)-[r:REPORTED_IN {article: a.id}]->(a)
SET r.evidence = "The free Samaritans helpline can be accessed by calling 116 123 from anywhere in the UK.";

MATCH (a:Article {id: "article-4dedf428"})
MERGE (n:Office {id: "secretary-of-state-for-health-and-social-care"})
SET n.name = "Secretary of State for Health and Social Care", n.ministerial = true,
    n.aliases = reduce(acc = coalesce(n.aliases, []), x IN ["secretary of state for health", "health secretary"] | CASE WHEN x IN acc THEN acc ELSE acc + x END)
MERGE (n)-[r:REPORTED_IN {article: a.id}]->(a)
SET r.evidence = "Matt Hancock, secretary of state for health";

MATCH (a:Article {id: "article-4dedf428"})
MERGE (n:Office {id: "health-minister"})
SET n.name = "Health minister", n.ministerial = true
MERGE (n)-[r:REPORTED_IN {article: a.id}]->(a)
SET r.evidence = "The Liberal Democrat MP and former health minister added";

MATCH (a:Article {id: "article-4dedf428"})
MERGE (n:Constituency {id: "north-norfolk"})
SET n.name = "North Norfolk"
MERGE (n)-[r:REPORTED_IN {article: a.id}]->(a)
SET r.evidence = "I attended a meeting on Friday, November 30 in Sheringham in my North Norfolk constituency";

MATCH (a:Article {id: "article-4dedf428"})
MERGE (n:Place {id: "sheringham"})
SET n.name = "Sheringham"
REMOVE n.kind
MERGE (n)-[r:REPORTED_IN {article: a.id}]->(a)
SET r.evidence = "I attended a meeting on Friday, November 30 in Sheringham in my North Norfolk constituency";

MATCH (a:Article {id: "article-4dedf428"})
MERGE (n:Place {id: "norfolk"})
SET n.name = "Norfolk", n.kind = "county"
MERGE (n)-[r:REPORTED_IN {article: a.id}]->(a)
SET r.evidence = "A Norfolk MP has asked the health secretary";

MATCH (a:Article {id: "article-4dedf428"})
MERGE (n:Group {id: "norfolk-and-suffolk-mps"})
SET n.name = "The region's MPs", n.description = "MPs of the region served by NSFT (Norfolk and Suffolk), named only collectively",
    n.ambiguity = "'the region' is not named; read as the region served by NSFT (Norfolk and Suffolk), after the lead's 'the region's mental health trust'."
MERGE (n)-[r:REPORTED_IN {article: a.id}]->(a)
SET r.evidence = "prompted calls from the region's MPs for it to be placed into special administration";

MATCH (a:Article {id: "article-4dedf428"})
MERGE (n:Group {id: "sheringham-meeting-constituents-2018"})
SET n.name = "Norman Lamb's constituents at the Sheringham meeting",
    n.description = "many people who felt they had been let down by NSFT; some had lost loved ones through suicide",
    n.ambiguity = "'constituents' comes from the sentence 'he had attended a meeting with constituents'; read as the same people as those who attended the Sheringham meeting in his constituency."
MERGE (n)-[r:REPORTED_IN {article: a.id}]->(a)
SET r.evidence = "I attended a meeting on Friday, November 30 in Sheringham in my North Norfolk constituency attended by many people who felt they had been let down by NSFT. Some who were there had lost loved ones through suicide.";

// Roles, seat, party
MATCH (a:Article {id: "article-4dedf428"}), (p:Person {id: "norman-lamb"}), (c:Constituency {id: "north-norfolk"})
MERGE (p)-[r:REPRESENTS {article: a.id}]->(c)
SET r.evidence = "north Norfolk MP Norman Lamb";

MATCH (a:Article {id: "article-4dedf428"}), (c:Constituency {id: "north-norfolk"}), (p:Place {id: "norfolk"})
MERGE (c)-[r:PART_OF {article: a.id}]->(p)
SET r.evidence = "A Norfolk MP",
    r.ambiguity = "Inferred from the MP for North Norfolk (north Norfolk MP Norman Lamb) being called 'A Norfolk MP' in the lead.";

MATCH (a:Article {id: "article-4dedf428"}), (p:Person {id: "norman-lamb"}), (o:Organisation {id: "liberal-democrats"})
MERGE (p)-[r:MEMBER_OF {article: a.id}]->(o)
SET r.role = "MP", r.evidence = "The Liberal Democrat MP and former health minister added";

MATCH (a:Article {id: "article-4dedf428"}), (p:Person {id: "norman-lamb"}), (o:Office {id: "health-minister"})
MERGE (p)-[r:HOLDS_OFFICE {article: a.id}]->(o)
SET r.status = "former", r.asOf = "2018", r.evidence = "The Liberal Democrat MP and former health minister added";

MATCH (a:Article {id: "article-4dedf428"}), (p:Person {id: "matt-hancock"}), (o:Office {id: "secretary-of-state-for-health-and-social-care"})
MERGE (p)-[r:HOLDS_OFFICE {article: a.id}]->(o)
SET r.status = "current", r.asOf = "2018", r.roleAsWritten = "secretary of state for health",
    r.evidence = "In a letter to Matt Hancock, secretary of state for health";

MATCH (a:Article {id: "article-4dedf428"}), (p:Person {id: "antek-lejk"}), (o:Organisation {id: "nsft"})
MERGE (p)-[r:LEADS {article: a.id, role: "chief executive"}]->(o)
SET r.roleAsWritten = "chief executive", r.status = "current", r.asOf = "2018",
    r.evidence = "In a statement issued by the trust after the publication of the CQC report, Antek Lejk, chief executive, said";

MATCH (a:Article {id: "article-4dedf428"}), (p:Person {id: "trust-spokesperson-4dedf428"}), (o:Organisation {id: "nsft"})
MERGE (p)-[r:WORKS_FOR {article: a.id}]->(o)
SET r.role = "spokesperson", r.evidence = "A spokesperson for the trust";

// The CQC report (2018): inadequate for the third time
MATCH (a:Article {id: "article-4dedf428"})
MERGE (i:Inspection {id: "cqc-inspection-nsft-2018"})
SET i.name = "CQC inspection of NSFT reported in 2018 (inadequate for the third time)", i.status = "completed",
    i.date = "2018", i.datePrecision = "year", i.dateLatest = "2018-12-06",
    i.dateReasoning = "Before Norman Lamb's letter of Thursday 6 December 2018, which 'follows' the report; the text itself gives only this upper bound, and the year 2018 rests on the article's date (see its dateReasoning) and on the trust's statement answering the report ('Since receiving the report')."
MERGE (i)-[r:REPORTED_IN {article: a.id}]->(a)
SET r.evidence = "His letter follows the Care Quality Commission's (CQC) report into standards at the trust, which Mr Lamb said was 'damning'.";

MATCH (a:Article {id: "article-4dedf428"}), (i:Inspection {id: "cqc-inspection-nsft-2018"}), (c:Organisation {id: "cqc"})
MERGE (c)-[r:CONDUCTED {article: a.id}]->(i)
SET r.evidence = "the Care Quality Commission's (CQC) report into standards at the trust";

MATCH (a:Article {id: "article-4dedf428"}), (i:Inspection {id: "cqc-inspection-nsft-2018"}), (t:Organisation {id: "nsft"})
MERGE (i)-[r:INSPECTED {article: a.id}]->(t)
SET r.evidence = "the Care Quality Commission's (CQC) report into standards at the trust";

MATCH (a:Article {id: "article-4dedf428"}), (i:Inspection {id: "cqc-inspection-nsft-2018"}), (t:Organisation {id: "nsft"})
MERGE (i)-[r:RATED {article: a.id, domain: "overall"}]->(t)
SET r.rating = "inadequate", r.note = "for the third time",
    r.ambiguity = "The article says the report rated 'the service' inadequate; read as the trust's overall rating.",
    r.evidence = "It rated the service inadequate for the third time";

MATCH (a:Article {id: "article-4dedf428"})
MERGE (d:Decision {id: "special-measures-nsft-2018"})
SET d.kind = "special-measures", d.outcome = "placed", d.date = "2018", d.datePrecision = "year",
    d.dateReasoning = "A linked headline in this 2018 article; read with the third inadequate rating of the 2018 report.",
    d.ambiguity = "Known only from the headline of a linked article ('READ MORE'), which says the trust was put in special measures 'for third time'. The headline names no trust (read as NSFT) and no date; other articles record placements in 2015 and 2017 and no removal after 2017, so this may describe the trust remaining in special measures after the third inadequate rating. The headline also says the failings were branded 'deeply disturbing' without naming who said so; that quotation has no speaker in the text, so it is not recorded as a Statement."
MERGE (d)-[r:REPORTED_IN {article: a.id}]->(a)
SET r.evidence = "READ MORE: Mental health trust put in special measures for third time as failings branded 'deeply disturbing'";

MATCH (a:Article {id: "article-4dedf428"}), (d:Decision {id: "special-measures-nsft-2018"}), (t:Organisation {id: "nsft"})
MERGE (d)-[r:CONCERNS {article: a.id}]->(t)
SET r.ambiguity = "'Mental health trust' in the linked headline read as NSFT.",
    r.evidence = "Mental health trust put in special measures for third time";

MATCH (a:Article {id: "article-4dedf428"}), (d:Decision {id: "special-measures-nsft-2018"}), (i:Inspection {id: "cqc-inspection-nsft-2018"})
MERGE (d)-[r:FOLLOWED {article: a.id}]->(i)
SET r.ambiguity = "The linked headline does not name the inspection; read as following the 2018 report.",
    r.evidence = "Mental health trust put in special measures for third time as failings branded 'deeply disturbing'";

// The call for special administration
MATCH (a:Article {id: "article-4dedf428"})
MERGE (c:CallForAction {id: "call-region-mps-special-administration-2018"})
SET c.action = "placed into special administration", c.date = "2018", c.datePrecision = "year",
    c.dateReasoning = "Prompted by the CQC report that preceded Norman Lamb's letter of 6 December 2018; the year is the article's."
MERGE (c)-[r:REPORTED_IN {article: a.id}]->(a)
SET r.evidence = "It rated the service inadequate for the third time and prompted calls from the region's MPs for it to be placed into special administration.";

MATCH (a:Article {id: "article-4dedf428"}), (c:CallForAction {id: "call-region-mps-special-administration-2018"}), (g:Group {id: "norfolk-and-suffolk-mps"})
MERGE (g)-[r:CALLED_FOR {article: a.id}]->(c)
SET r.statement = "statement-4dedf428-12",
    r.evidence = "prompted calls from the region's MPs for it to be placed into special administration";

MATCH (a:Article {id: "article-4dedf428"}), (c:CallForAction {id: "call-region-mps-special-administration-2018"}), (t:Organisation {id: "nsft"})
MERGE (c)-[r:CONCERNS {article: a.id}]->(t)
SET r.ambiguity = "'it' may mean the trust or 'the service' the report rated; read as the trust.",
    r.evidence = "prompted calls from the region's MPs for it to be placed into special administration";

// The region's MPs' calls as reported speech; the statement (not the call) follows the report.
MATCH (a:Article {id: "article-4dedf428"}), (g:Group {id: "norfolk-and-suffolk-mps"})
MERGE (s:Statement {id: "statement-4dedf428-12"})
SET s.kind = "reported", s.text = "calls from the region's MPs for it to be placed into special administration",
    s.date = "2018", s.datePrecision = "year",
    s.dateReasoning = "Prompted by the CQC report that preceded Norman Lamb's letter of 6 December 2018; the year is the article's."
MERGE (s)-[r:REPORTED_IN {article: a.id}]->(a)
SET r.evidence = "It rated the service inadequate for the third time and prompted calls from the region's MPs for it to be placed into special administration."
MERGE (g)-[sd:SAID {article: a.id}]->(s)
SET sd.evidence = "prompted calls from the region's MPs for it to be placed into special administration";

MATCH (a:Article {id: "article-4dedf428"}), (s:Statement {id: "statement-4dedf428-12"}), (t:Organisation {id: "nsft"})
MERGE (s)-[r:ABOUT {article: a.id}]->(t)
SET r.ambiguity = "'it' may mean the trust or 'the service' the report rated; read as the trust.",
    r.evidence = "prompted calls from the region's MPs for it to be placed into special administration";

MATCH (a:Article {id: "article-4dedf428"}), (s:Statement {id: "statement-4dedf428-12"}), (i:Inspection {id: "cqc-inspection-nsft-2018"})
MERGE (s)-[r:FOLLOWED {article: a.id}]->(i)
SET r.evidence = "It rated the service inadequate for the third time and prompted calls from the region's MPs";

// The linked headline "READ MORE: MPs demand action ..." (between the letter's quotation and "The MP said")
MATCH (a:Article {id: "article-4dedf428"})
MERGE (c:CallForAction {id: "call-mps-action-over-nsft-headline-4dedf428"})
SET c.action = "action over mental health trust", c.date = "2018", c.datePrecision = "year",
    c.dateReasoning = "Linked from this article (2018, see its dateReasoning); the linked headline is undated.",
    c.ambiguity = "From the headline of a linked article; 'MPs' read as the region's MPs and 'mental health trust' as NSFT; it may be the same call as the one for special administration."
MERGE (c)-[r:REPORTED_IN {article: a.id}]->(a)
SET r.evidence = "READ MORE: MPs demand action over mental health trust";

MATCH (a:Article {id: "article-4dedf428"}), (c:CallForAction {id: "call-mps-action-over-nsft-headline-4dedf428"}), (g:Group {id: "norfolk-and-suffolk-mps"})
MERGE (g)-[r:CALLED_FOR {article: a.id}]->(c)
SET r.ambiguity = "The headline says only 'MPs'; read as the region's MPs.",
    r.evidence = "MPs demand action over mental health trust";

MATCH (a:Article {id: "article-4dedf428"}), (c:CallForAction {id: "call-mps-action-over-nsft-headline-4dedf428"}), (t:Organisation {id: "nsft"})
MERGE (c)-[r:CONCERNS {article: a.id}]->(t)
SET r.ambiguity = "'mental health trust' in the linked headline read as NSFT.",
    r.evidence = "MPs demand action over mental health trust";

// The Sheringham meeting, Friday 30 November 2018
MATCH (a:Article {id: "article-4dedf428"})
MERGE (e:Event {id: "meeting-sheringham-2018-11-30"})
SET e.kind = "meeting", e.name = "Meeting in Sheringham with people who felt let down by NSFT",
    e.description = "attended by many people who felt they had been let down by NSFT; some had lost loved ones through suicide",
    e.status = "happened", e.date = "2018-11-30", e.datePrecision = "day", e.dateText = "Friday, November 30",
    e.dateReasoning = "Before the letter of Thursday 6 December 2018; 30 November 2018 was a Friday."
MERGE (e)-[r:REPORTED_IN {article: a.id}]->(a)
SET r.evidence = "I attended a meeting on Friday, November 30 in Sheringham in my North Norfolk constituency attended by many people who felt they had been let down by NSFT. Some who were there had lost loved ones through suicide.";

MATCH (a:Article {id: "article-4dedf428"}), (e:Event {id: "meeting-sheringham-2018-11-30"}), (p:Place {id: "sheringham"})
MERGE (e)-[r:TOOK_PLACE_AT {article: a.id}]->(p)
SET r.evidence = "a meeting on Friday, November 30 in Sheringham";

MATCH (a:Article {id: "article-4dedf428"}), (p:Place {id: "sheringham"}), (c:Constituency {id: "north-norfolk"})
MERGE (p)-[r:PART_OF {article: a.id}]->(c)
SET r.evidence = "in Sheringham in my North Norfolk constituency";

MATCH (a:Article {id: "article-4dedf428"}), (e:Event {id: "meeting-sheringham-2018-11-30"}), (p:Person {id: "norman-lamb"})
MERGE (p)-[r:ATTENDED {article: a.id}]->(e)
SET r.evidence = "I attended a meeting on Friday, November 30 in Sheringham";

MATCH (a:Article {id: "article-4dedf428"}), (e:Event {id: "meeting-sheringham-2018-11-30"}), (g:Group {id: "sheringham-meeting-constituents-2018"})
MERGE (g)-[r:ATTENDED {article: a.id}]->(e)
SET r.evidence = "attended by many people who felt they had been let down by NSFT";

MATCH (a:Article {id: "article-4dedf428"}), (e:Event {id: "meeting-sheringham-2018-11-30"}), (t:Organisation {id: "nsft"})
MERGE (e)-[r:ABOUT {article: a.id}]->(t)
SET r.ambiguity = "The article describes the attendees, not the agenda; read as a meeting about NSFT.",
    r.evidence = "many people who felt they had been let down by NSFT";

MATCH (a:Article {id: "article-4dedf428"}), (g:Group {id: "sheringham-meeting-constituents-2018"}), (t:Organisation {id: "nsft"})
MERGE (g)-[r:CRITICISED {article: a.id}]->(t)
SET r.summary = "felt let down by the trust", r.statement = "statement-4dedf428-11",
    r.ambiguity = "The constituents' view is reported by Norman Lamb; they are not quoted themselves.",
    r.evidence = "his constituents who 'felt they have been let down' by the region's mental health trust";

// Norman Lamb's letter to Matt Hancock, Thursday 6 December 2018
MATCH (a:Article {id: "article-4dedf428"})
MERGE (e:Event {id: "letter-lamb-to-hancock-2018-12-06"})
SET e.kind = "letter", e.name = "Norman Lamb's letter to Matt Hancock",
    e.description = "Norman Lamb's letter, dated Thursday, December 6",
    e.status = "happened", e.date = "2018-12-06", e.datePrecision = "day", e.dateText = "dated Thursday, December 6",
    e.dateReasoning = "6 December fell on a Thursday in 2018, the year of the third inadequate rating."
MERGE (e)-[r:REPORTED_IN {article: a.id}]->(a)
SET r.evidence = "In his letter, dated Thursday, December 6, Mr Lamb said";

MATCH (a:Article {id: "article-4dedf428"}), (e:Event {id: "letter-lamb-to-hancock-2018-12-06"}), (p:Person {id: "norman-lamb"})
MERGE (p)-[r:WROTE {article: a.id}]->(e)
SET r.evidence = "In a letter to Matt Hancock, secretary of state for health, north Norfolk MP Norman Lamb said";

MATCH (a:Article {id: "article-4dedf428"}), (e:Event {id: "letter-lamb-to-hancock-2018-12-06"}), (p:Person {id: "matt-hancock"})
MERGE (e)-[r:SENT_TO {article: a.id}]->(p)
SET r.evidence = "In a letter to Matt Hancock, secretary of state for health";

MATCH (a:Article {id: "article-4dedf428"}), (e:Event {id: "letter-lamb-to-hancock-2018-12-06"}), (i:Inspection {id: "cqc-inspection-nsft-2018"})
MERGE (e)-[r:FOLLOWED {article: a.id}]->(i)
SET r.evidence = "His letter follows the Care Quality Commission's (CQC) report into standards at the trust";

MATCH (a:Article {id: "article-4dedf428"}), (e:Event {id: "letter-lamb-to-hancock-2018-12-06"}), (t:Organisation {id: "nsft"})
MERGE (e)-[r:ABOUT {article: a.id}]->(t)
SET r.evidence = "constituents who felt the Norfolk and Suffolk NHS Foundation Trust (NSFT) had let them down";

// Calls in the letter: a meeting with the health secretary
MATCH (a:Article {id: "article-4dedf428"})
MERGE (c:CallForAction {id: "call-lamb-hancock-meet-constituents-2018"})
SET c.action = "meet with his constituents who 'felt they have been let down' by the region's mental health trust",
    c.date = "2018-12-06", c.datePrecision = "day",
    c.dateReasoning = "Read as made in the letter dated Thursday, December 6 (2018, see the article's dateReasoning); see the ambiguity on MADE_IN."
MERGE (c)-[r:REPORTED_IN {article: a.id}]->(a)
SET r.evidence = "A Norfolk MP has asked the health secretary to meet with his constituents who 'felt they have been let down' by the region's mental health trust.";

MATCH (a:Article {id: "article-4dedf428"}), (c:CallForAction {id: "call-lamb-hancock-meet-constituents-2018"}), (p:Person {id: "norman-lamb"})
MERGE (p)-[r:CALLED_FOR {article: a.id}]->(c)
SET r.statement = "statement-4dedf428-07",
    r.evidence = "A Norfolk MP has asked the health secretary to meet with his constituents";

MATCH (a:Article {id: "article-4dedf428"}), (c:CallForAction {id: "call-lamb-hancock-meet-constituents-2018"}), (p:Person {id: "matt-hancock"})
MERGE (c)-[r:ADDRESSED_TO {article: a.id}]->(p)
SET r.evidence = "A Norfolk MP has asked the health secretary to meet with his constituents";

MATCH (a:Article {id: "article-4dedf428"}), (c:CallForAction {id: "call-lamb-hancock-meet-constituents-2018"}), (t:Organisation {id: "nsft"})
MERGE (c)-[r:CONCERNS {article: a.id}]->(t)
SET r.evidence = "his constituents who 'felt they have been let down' by the region's mental health trust";

MATCH (a:Article {id: "article-4dedf428"}), (c:CallForAction {id: "call-lamb-hancock-meet-constituents-2018"}), (e:Event {id: "letter-lamb-to-hancock-2018-12-06"})
MERGE (c)-[r:MADE_IN {article: a.id}]->(e)
SET r.ambiguity = "The article does not quote the request from the letter; the link rests on the lead ('has asked the health secretary') and the letter's mention. The quoted request refers to Hancock as 'he', so it may have been said to the paper.",
    r.evidence = "In a letter to Matt Hancock, secretary of state for health, north Norfolk MP Norman Lamb said";

// The lead's quotation, read as Norman Lamb's words
MATCH (a:Article {id: "article-4dedf428"}), (p:Person {id: "norman-lamb"})
MERGE (s:Statement {id: "statement-4dedf428-11"})
SET s.kind = "quote", s.text = "felt they have been let down", s.date = "2018", s.datePrecision = "year",
    s.dateReasoning = "The article's own date; the lead does not say when or where the words were used.",
    s.ambiguity = "The lead quotes these words without naming a source; read as Norman Lamb's. His letter is later quoted as 'felt they had been let down', so the lead may be paraphrasing the letter."
MERGE (s)-[r:REPORTED_IN {article: a.id}]->(a)
SET r.evidence = "A Norfolk MP has asked the health secretary to meet with his constituents who 'felt they have been let down' by the region's mental health trust."
MERGE (p)-[sd:SAID {article: a.id}]->(s)
SET sd.evidence = "A Norfolk MP has asked the health secretary to meet with his constituents who 'felt they have been let down'";

MATCH (a:Article {id: "article-4dedf428"}), (s:Statement {id: "statement-4dedf428-11"}), (t:Organisation {id: "nsft"})
MERGE (s)-[r:ABOUT {article: a.id}]->(t)
SET r.evidence = "who 'felt they have been let down' by the region's mental health trust";

MATCH (a:Article {id: "article-4dedf428"}), (s:Statement {id: "statement-4dedf428-11"}), (g:Group {id: "sheringham-meeting-constituents-2018"})
MERGE (s)-[r:ABOUT {article: a.id}]->(g)
SET r.ambiguity = "'his constituents' in the lead read as the constituents at the Sheringham meeting.",
    r.evidence = "his constituents who 'felt they have been let down'";

// Statements. Norman Lamb (letter and article), in order of appearance.
UNWIND [
  {id: "statement-4dedf428-01", kind: "reported", letter: true,
   text: "he had attended a meeting with constituents who felt the Norfolk and Suffolk NHS Foundation Trust (NSFT) had let them down",
   said: "north Norfolk MP Norman Lamb said he had attended a meeting with constituents who felt the Norfolk and Suffolk NHS Foundation Trust (NSFT) had let them down",
   reasoning: "Made in the letter dated Thursday, December 6 (2018, see the article's dateReasoning)."},
  {id: "statement-4dedf428-02", kind: "quote", letter: true,
   text: "Some were there who had lost loved ones through suicide.",
   said: "The Liberal Democrat MP and former health minister added: 'Some were there who had lost loved ones through suicide.'",
   reasoning: "Made in the letter dated Thursday, December 6 (2018, see the article's dateReasoning).",
   ambiguity: "Apparently the same sentence of the letter that statement-4dedf428-04 quotes as 'Some who were there had lost loved ones through suicide'; the article words it differently; 'added' after the letter sentence read as part of the letter."},
  {id: "statement-4dedf428-03", kind: "reported", letter: false,
   text: "the Care Quality Commission's (CQC) report into standards at the trust, which Mr Lamb said was 'damning'",
   said: "which Mr Lamb said was 'damning'",
   reasoning: "After the CQC report; the article does not say when Mr Lamb called it damning, so the year is the article's."},
  {id: "statement-4dedf428-04", kind: "quote", letter: true,
   text: "I attended a meeting on Friday, November 30 in Sheringham in my North Norfolk constituency attended by many people who felt they had been let down by NSFT. Some who were there had lost loved ones through suicide.",
   said: "In his letter, dated Thursday, December 6, Mr Lamb said: 'I attended a meeting on Friday, November 30 in Sheringham",
   reasoning: "Made in the letter dated Thursday, December 6 (2018, see the article's dateReasoning)."},
  {id: "statement-4dedf428-05", kind: "quote", letter: false,
   text: "It was clear from the meeting that many people feel seriously let down by mental health services in north Norfolk. The CQC's own assessment is damning, and what makes it worse is that it's a continuation of the last inspection which also found the trust to be inadequate, indicating there has been serious failure to improve services.",
   said: "The MP said: 'It was clear from the meeting that many people feel seriously let down by mental health services in north Norfolk."},
  {id: "statement-4dedf428-06", kind: "quote", letter: false,
   text: "The health secretary has signalled to me that he is taking a personal interest in the steps needed to address the report.",
   said: "He added: 'The health secretary has signalled to me that he is taking a personal interest in the steps needed to address the report."},
  {id: "statement-4dedf428-07", kind: "quote", letter: false,
   text: "I hope he will agree to meet with me and people whose lives have been affected by the failure of the mental health services. I would be keen for other MPs to attend as well.",
   said: "He added: 'The health secretary has signalled to me that he is taking a personal interest in the steps needed to address the report. 'I hope he will agree to meet with me and people whose lives have been affected by the failure of the mental health services."}
] AS st
MATCH (a:Article {id: "article-4dedf428"}), (p:Person {id: "norman-lamb"})
MERGE (s:Statement {id: st.id})
SET s.kind = st.kind, s.text = st.text, s.medium = CASE WHEN st.letter THEN "letter" ELSE null END,
    s.date = CASE WHEN st.letter THEN "2018-12-06" ELSE "2018" END,
    s.datePrecision = CASE WHEN st.letter THEN "day" ELSE "year" END,
    s.dateReasoning = st.reasoning, s.ambiguity = st.ambiguity
MERGE (s)-[r:REPORTED_IN {article: a.id}]->(a)
SET r.evidence = st.said
MERGE (p)-[said:SAID {article: a.id}]->(s)
SET said.evidence = st.said;

// Which of Lamb's statements were in the letter; those after "The MP said" may be from the letter or not.
MATCH (a:Article {id: "article-4dedf428"}), (e:Event {id: "letter-lamb-to-hancock-2018-12-06"})
UNWIND ["statement-4dedf428-01", "statement-4dedf428-02", "statement-4dedf428-04"] AS id
MATCH (s:Statement {id: id})
MERGE (s)-[r:MADE_IN {article: a.id}]->(e)
SET r.evidence = CASE id WHEN "statement-4dedf428-04" THEN "In his letter, dated Thursday, December 6, Mr Lamb said"
                 ELSE "In a letter to Matt Hancock, secretary of state for health, north Norfolk MP Norman Lamb said" END;

// 06 and 07 are one quotation over three paragraphs ("He added: ..."); MODEL.md wants one statement, but both
// ids are kept as they are (see the note); statement 07's SAID and REPORTED_IN spans start at "He added".
MATCH (s:Statement) WHERE s.id IN ["statement-4dedf428-05", "statement-4dedf428-06", "statement-4dedf428-07"]
SET s.ambiguity = "The article does not say whether these words are from the letter or were said to the paper; 'I hope he will agree' speaks of the health secretary in the third person, which suggests words not addressed to him.",
    s.date = "2018", s.datePrecision = "year",
    s.dateEarliest = CASE s.id WHEN "statement-4dedf428-05" THEN "2018-11-30" ELSE null END,
    s.dateReasoning = CASE s.id WHEN "statement-4dedf428-05"
      THEN "Refers back to the Sheringham meeting of Friday 30 November 2018 ('It was clear from the meeting'); the year is the article's."
      ELSE "After the CQC report ('address the report'); the year is the article's (2018)." END,
    s.note = CASE WHEN s.id IN ["statement-4dedf428-06", "statement-4dedf428-07"]
      THEN "Statements 06 and 07 are consecutive parts of one quotation ('He added: ...') that runs over three paragraphs; kept as two statements so that existing ids stay stable." ELSE null END;

// What Lamb's statements are about
UNWIND [
  ["statement-4dedf428-01", "nsft", "constituents who felt the Norfolk and Suffolk NHS Foundation Trust (NSFT) had let them down"],
  ["statement-4dedf428-01", "meeting-sheringham-2018-11-30", "he had attended a meeting with constituents"],
  ["statement-4dedf428-02", "meeting-sheringham-2018-11-30", "Some were there who had lost loved ones through suicide."],
  ["statement-4dedf428-03", "cqc-inspection-nsft-2018", "the Care Quality Commission's (CQC) report into standards at the trust, which Mr Lamb said was 'damning'"],
  ["statement-4dedf428-04", "meeting-sheringham-2018-11-30", "I attended a meeting on Friday, November 30 in Sheringham"],
  ["statement-4dedf428-04", "nsft", "many people who felt they had been let down by NSFT"],
  ["statement-4dedf428-05", "cqc-inspection-nsft-2018", "The CQC's own assessment is damning"],
  ["statement-4dedf428-05", "nsft", "the last inspection which also found the trust to be inadequate, indicating there has been serious failure to improve services"],
  ["statement-4dedf428-05", "meeting-sheringham-2018-11-30", "It was clear from the meeting that many people feel seriously let down"],
  ["statement-4dedf428-06", "matt-hancock", "The health secretary has signalled to me that he is taking a personal interest"],
  ["statement-4dedf428-06", "cqc-inspection-nsft-2018", "the steps needed to address the report"],
  ["statement-4dedf428-07", "matt-hancock", "I hope he will agree to meet with me"]
] AS about
MATCH (a:Article {id: "article-4dedf428"}), (s:Statement {id: about[0]}), (t {id: about[1]})
MERGE (s)-[r:ABOUT {article: a.id}]->(t)
SET r.evidence = about[2];

MATCH (a:Article {id: "article-4dedf428"}), (s:Statement {id: "statement-4dedf428-05"}), (c:Constituency {id: "north-norfolk"})
MERGE (s)-[r:ABOUT {article: a.id}]->(c)
SET r.ambiguity = "'north Norfolk' read as Lamb's constituency rather than the area generally.",
    r.evidence = "many people feel seriously let down by mental health services in north Norfolk";

// The last inspection, which also found the trust inadequate (Lamb's "The CQC's own assessment is damning" paragraph)
MATCH (a:Article {id: "article-4dedf428"})
MERGE (i:Inspection {id: "cqc-inspection-nsft-previous-4dedf428"})
SET i.name = "The CQC's last inspection of NSFT before the report rating it inadequate for the third time",
    i.status = "completed", i.date = null, i.datePrecision = "range", i.dateLatest = "2018-12-06",
    i.dateReasoning = "Earlier than the report Lamb calls damning, which precedes his letter of 6 December 2018.",
    i.ambiguity = "Undated in the article, which does not say which inspection it was; it may be an inspection another article records."
MERGE (i)-[r:REPORTED_IN {article: a.id}]->(a)
SET r.evidence = "The CQC's own assessment is damning, and what makes it worse is that it's a continuation of the last inspection which also found the trust to be inadequate";

MATCH (a:Article {id: "article-4dedf428"}), (i:Inspection {id: "cqc-inspection-nsft-previous-4dedf428"}), (c:Organisation {id: "cqc"})
MERGE (c)-[r:CONDUCTED {article: a.id}]->(i)
SET r.ambiguity = "'the last inspection' read as the CQC's previous inspection.",
    r.evidence = "The CQC's own assessment is damning, and what makes it worse is that it's a continuation of the last inspection";

MATCH (a:Article {id: "article-4dedf428"}), (i:Inspection {id: "cqc-inspection-nsft-previous-4dedf428"}), (t:Organisation {id: "nsft"})
MERGE (i)-[r:INSPECTED {article: a.id}]->(t)
SET r.evidence = "the last inspection which also found the trust to be inadequate";

MATCH (a:Article {id: "article-4dedf428"}), (i:Inspection {id: "cqc-inspection-nsft-previous-4dedf428"}), (t:Organisation {id: "nsft"})
MERGE (i)-[r:RATED {article: a.id, domain: "overall"}]->(t)
SET r.rating = "inadequate",
    r.ambiguity = "'found the trust to be inadequate' read as the overall rating.",
    r.evidence = "the last inspection which also found the trust to be inadequate";

MATCH (a:Article {id: "article-4dedf428"}), (i:Inspection {id: "cqc-inspection-nsft-previous-4dedf428"}), (s:Statement {id: "statement-4dedf428-05"})
MERGE (s)-[r:ABOUT {article: a.id}]->(i)
SET r.evidence = "a continuation of the last inspection which also found the trust to be inadequate";

// What the health secretary signalled to Lamb, as Lamb reports it ("He added: 'The health secretary has signalled ...")
MATCH (a:Article {id: "article-4dedf428"}), (h:Person {id: "matt-hancock"})
MERGE (s:Statement {id: "statement-4dedf428-13"})
SET s.kind = "reported",
    s.text = "The health secretary has signalled to me that he is taking a personal interest in the steps needed to address the report",
    s.date = "2018", s.datePrecision = "year",
    s.dateReasoning = "After the CQC report and before Lamb reported it ('has signalled'); the year is the article's.",
    s.ambiguity = "Known only through Norman Lamb's account; the article does not say how or when it was signalled, nor whether in words."
MERGE (s)-[r:REPORTED_IN {article: a.id}]->(a)
SET r.evidence = "He added: 'The health secretary has signalled to me that he is taking a personal interest in the steps needed to address the report."
MERGE (h)-[sd:SAID {article: a.id}]->(s)
SET sd.evidence = "The health secretary has signalled to me that he is taking a personal interest in the steps needed to address the report";

MATCH (a:Article {id: "article-4dedf428"}), (s:Statement {id: "statement-4dedf428-13"}), (l:Person {id: "norman-lamb"})
MERGE (s)-[r:ADDRESSED_TO {article: a.id}]->(l)
SET r.evidence = "The health secretary has signalled to me";

MATCH (a:Article {id: "article-4dedf428"}), (s:Statement {id: "statement-4dedf428-13"}), (i:Inspection {id: "cqc-inspection-nsft-2018"})
MERGE (s)-[r:ABOUT {article: a.id}]->(i)
SET r.evidence = "the steps needed to address the report";

// Lamb's criticism
MATCH (a:Article {id: "article-4dedf428"}), (p:Person {id: "norman-lamb"}), (t:Organisation {id: "nsft"})
MERGE (p)-[r:CRITICISED {article: a.id}]->(t)
SET r.statement = "statement-4dedf428-05", r.summary = "serious failure to improve services; many people feel seriously let down",
    r.evidence = "what makes it worse is that it's a continuation of the last inspection which also found the trust to be inadequate, indicating there has been serious failure to improve services";

// The trust's responses
MATCH (a:Article {id: "article-4dedf428"})
MERGE (s:Statement {id: "statement-4dedf428-08"})
SET s.kind = "reported", s.text = "declined to comment specifically on Mr Lamb's letter", s.date = "2018", s.datePrecision = "year",
    s.dateEarliest = "2018-12-06",
    s.dateReasoning = "Comments on Mr Lamb's letter, dated Thursday 6 December 2018; the year is the article's."
MERGE (s)-[r:REPORTED_IN {article: a.id}]->(a)
SET r.evidence = "A spokesperson for the trust declined to comment specifically on Mr Lamb's letter.";

MATCH (a:Article {id: "article-4dedf428"}), (s:Statement {id: "statement-4dedf428-08"}), (p:Person {id: "trust-spokesperson-4dedf428"})
MERGE (p)-[r:SAID {article: a.id}]->(s)
SET r.evidence = "A spokesperson for the trust declined to comment specifically on Mr Lamb's letter.";

MATCH (a:Article {id: "article-4dedf428"}), (s:Statement {id: "statement-4dedf428-08"}), (e:Event {id: "letter-lamb-to-hancock-2018-12-06"})
MERGE (s)-[r:ABOUT {article: a.id}]->(e)
SET r.evidence = "declined to comment specifically on Mr Lamb's letter";

UNWIND [
  {id: "statement-4dedf428-09", kind: "reported",
   text: "he was 'obviously disappointed' but 'fully accepted' the regulator's findings",
   said: "In a statement issued by the trust after the publication of the CQC report, Antek Lejk, chief executive, said he was 'obviously disappointed' but 'fully accepted' the regulator's findings."},
  {id: "statement-4dedf428-10", kind: "quote",
   text: "The report did note several areas of good practice, and praised staff for treating patients with compassion and kindness. Since receiving the report, we have been taking action to address immediate concerns and listening to staff and service users. We are determined to get things right.",
   said: "He added: 'The report did note several areas of good practice, and praised staff for treating patients with compassion and kindness."}
] AS st
MATCH (a:Article {id: "article-4dedf428"}), (p:Person {id: "antek-lejk"})
MERGE (s:Statement {id: st.id})
SET s.kind = st.kind, s.text = st.text, s.medium = "written statement", s.date = "2018", s.datePrecision = "year",
    s.dateText = "after the publication of the CQC report",
    s.dateReasoning = "Issued after the publication of the CQC report (2018 at the latest, see the inspection's dateReasoning) and before this 2018 article."
MERGE (s)-[r:REPORTED_IN {article: a.id}]->(a)
SET r.evidence = st.said
MERGE (p)-[said:SAID {article: a.id}]->(s)
SET said.evidence = st.said;

MATCH (a:Article {id: "article-4dedf428"}), (o:Organisation {id: "nsft"})
UNWIND ["statement-4dedf428-08", "statement-4dedf428-09", "statement-4dedf428-10"] AS id
MATCH (s:Statement {id: id})
MERGE (s)-[r:ON_BEHALF_OF {article: a.id}]->(o)
SET r.evidence = CASE id WHEN "statement-4dedf428-08" THEN "A spokesperson for the trust declined to comment"
                 ELSE "In a statement issued by the trust after the publication of the CQC report" END;

MATCH (a:Article {id: "article-4dedf428"}), (i:Inspection {id: "cqc-inspection-nsft-2018"}), (c:Organisation {id: "cqc"})
UNWIND [["statement-4dedf428-09", "cqc-inspection-nsft-2018", "'fully accepted' the regulator's findings"],
        ["statement-4dedf428-10", "cqc-inspection-nsft-2018", "The report did note several areas of good practice"]] AS about
MATCH (s:Statement {id: about[0]})
MERGE (s)-[r:ABOUT {article: a.id}]->(i)
SET r.evidence = about[2];

MATCH (a:Article {id: "article-4dedf428"}), (i:Inspection {id: "cqc-inspection-nsft-2018"})
UNWIND ["statement-4dedf428-09", "statement-4dedf428-10"] AS id
MATCH (s:Statement {id: id})
MERGE (s)-[r:FOLLOWED {article: a.id}]->(i)
SET r.evidence = "In a statement issued by the trust after the publication of the CQC report";

MATCH (a:Article {id: "article-4dedf428"}), (s:Statement {id: "statement-4dedf428-10"}), (t:Organisation {id: "nsft"})
MERGE (s)-[r:ABOUT {article: a.id}]->(t)
SET r.evidence = "Since receiving the report, we have been taking action to address immediate concerns and listening to staff and service users.";

// Lamb's "MP said" statements name him as MP for North Norfolk writing as an MP; the party, office and
// the CQC's standing are above. The Samaritans line is a service note appended to the article.

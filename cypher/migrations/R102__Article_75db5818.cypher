// Article 75db5818 (data/articles/001_75db581849e44bd5.txt): the Campaign to Save Mental Health
// Services in Norfolk and Suffolk pledges to work with NSFT, whose new chief executive and chairman met it.

// Retraction: remove what an earlier version of this script loaded (its relationships, then nodes no
// article reports any more), so re-applying a corrected script leaves exactly its current content.
MATCH ()-[r {article: "article-75db5818"}]->() DELETE r;
MATCH (n) WHERE NOT n:Article AND none(l IN labels(n) WHERE l STARTS WITH "__") AND NOT (n)-[:REPORTED_IN]->()
DETACH DELETE n;

// The article
MERGE (a:Article {id: "article-75db5818"})
SET a.title = "A campaign group has pledged to work more closely with the mental health bosses in Norfolk and Suffolk, it has been announced.",
    a.titleInferred = true,
    a.sourceFile = "data/articles/001_75db581849e44bd5.txt",
    a.date = null, a.datePrecision = "range", a.dateEarliest = null, a.dateLatest = "2015-12-31",
    a.dateReasoning = "The campaign \"was established at the end of last year\"; article d486f7aa has the campaign writing to Matthew Hancock in 2014, so it existed in 2014, was founded at the end of 2014 at the latest, and this article is from 2015 at the latest. Michael Scott is the \"new\" chief executive, earlier than Antek Lejk (2018). The text gives no lower bound.";

// Nodes
MATCH (a:Article {id: "article-75db5818"})
MERGE (n:Organisation {id: "campaign-to-save-mental-health-services"})
SET n:Campaign, n.name = "Campaign to Save Mental Health Services in Norfolk and Suffolk",
    n.description = "a vocal critic of a redesign of local services"
MERGE (n)-[r:REPORTED_IN {article: a.id}]->(a)
SET r.evidence = "The Campaign to Save Mental Health Services in Norfolk and Suffolk - a vocal critic of a redesign of local services - was established at the end of last year";

MATCH (a:Article {id: "article-75db5818"})
MERGE (n:Organisation {id: "nsft"})
SET n:Trust, n.name = "Norfolk and Suffolk NHS Foundation Trust",
    n.aliases = reduce(acc = coalesce(n.aliases, []), x IN ["NSFT"] | CASE WHEN x IN acc THEN acc ELSE acc + x END)
MERGE (n)-[r:REPORTED_IN {article: a.id}]->(a)
SET r.evidence = "staff numbers at Norfolk and Suffolk NHS Foundation Trust (NSFT)";

MATCH (a:Article {id: "article-75db5818"})
MERGE (n:Person {id: "michael-scott"})
SET n.name = "Michael Scott"
MERGE (n)-[r:REPORTED_IN {article: a.id}]->(a)
SET r.evidence = "New NSFT chief executive Michael Scott and chairman Gary Page met representatives from the campaign last month";

MATCH (a:Article {id: "article-75db5818"})
MERGE (n:Person {id: "gary-page"})
SET n.name = "Gary Page",
    n.aliases = reduce(acc = coalesce(n.aliases, []), x IN ["Mr Page"] | CASE WHEN x IN acc THEN acc ELSE acc + x END)
MERGE (n)-[r:REPORTED_IN {article: a.id}]->(a)
SET r.evidence = "New NSFT chief executive Michael Scott and chairman Gary Page met representatives from the campaign last month";

MATCH (a:Article {id: "article-75db5818"})
MERGE (n:Person {id: "campaign-spokesperson-75db5818"})
SET n.name = "Spokesman for the Campaign to Save Mental Health Services in Norfolk and Suffolk",
    n.anonymous = true, n.description = "A spokesman for the campaign"
MERGE (n)-[r:REPORTED_IN {article: a.id}]->(a)
SET r.evidence = "A spokesman for the campaign added that they had updated their website";

MATCH (a:Article {id: "article-75db5818"})
MERGE (n:Place {id: "norfolk"}) SET n.name = "Norfolk", n.kind = "county"
MERGE (n)-[r:REPORTED_IN {article: a.id}]->(a)
SET r.evidence = "A campaign group has pledged to work more closely with the mental health bosses in Norfolk and Suffolk";

MATCH (a:Article {id: "article-75db5818"})
MERGE (n:Place {id: "suffolk"}) SET n.name = "Suffolk", n.kind = "county"
MERGE (n)-[r:REPORTED_IN {article: a.id}]->(a)
SET r.evidence = "A campaign group has pledged to work more closely with the mental health bosses in Norfolk and Suffolk";

// Paragraph 1: the campaign's pledge (numbered after the script's existing statements, so out of order of appearance)
MATCH (a:Article {id: "article-75db5818"})
MERGE (s:Statement {id: "statement-75db5818-05"})
SET s.kind = "reported",
    s.text = "has pledged to work more closely with the mental health bosses in Norfolk and Suffolk",
    s.date = null, s.datePrecision = "range", s.dateLatest = "2015-12-31",
    s.dateReasoning = "Announced by the article's date, which is 2015 at the latest.",
    s.ambiguity = "\"A campaign group\" is read as the Campaign to Save Mental Health Services in Norfolk and Suffolk, named in the next sentence; the lead may summarise the joint announcement of the third paragraph; \"it has been announced\" gives no medium."
MERGE (s)-[r:REPORTED_IN {article: a.id}]->(a)
SET r.evidence = "A campaign group has pledged to work more closely with the mental health bosses in Norfolk and Suffolk, it has been announced.";

MATCH (a:Article {id: "article-75db5818"}), (s:Statement {id: "statement-75db5818-05"}),
      (c:Organisation {id: "campaign-to-save-mental-health-services"})
MERGE (c)-[r:SAID {article: a.id}]->(s)
SET r.ambiguity = "The sentence says only \"A campaign group\"; read as this campaign, which the next sentence names.",
    r.evidence = "A campaign group has pledged to work more closely with the mental health bosses";

MATCH (a:Article {id: "article-75db5818"}), (s:Statement {id: "statement-75db5818-05"}), (t:Organisation {id: "nsft"})
MERGE (s)-[r:ABOUT {article: a.id}]->(t)
SET r.ambiguity = "\"The mental health bosses in Norfolk and Suffolk\" is read as NSFT's leadership; the sentence does not name the trust.",
    r.evidence = "work more closely with the mental health bosses in Norfolk and Suffolk";

// Paragraph 2: the campaign's founding
MATCH (a:Article {id: "article-75db5818"})
MERGE (e:Event {id: "founding-campaign-to-save-mental-health-services"})
SET e.kind = "founding", e.name = "Founding of the Campaign to Save Mental Health Services in Norfolk and Suffolk",
    e.description = "established following concerns about the reduction of inpatient beds and staff numbers at NSFT",
    e.status = "happened", e.date = null, e.datePrecision = "range", e.dateLatest = "2014-12-31",
    e.dateText = "at the end of last year",
    e.dateReasoning = "The end of the year before this article, which is from 2015 at the latest."
MERGE (e)-[r:REPORTED_IN {article: a.id}]->(a)
SET r.evidence = "was established at the end of last year following concerns about the reduction of inpatient beds and staff numbers at Norfolk and Suffolk NHS Foundation Trust (NSFT)";

MATCH (a:Article {id: "article-75db5818"}), (e:Event {id: "founding-campaign-to-save-mental-health-services"}),
      (c:Organisation {id: "campaign-to-save-mental-health-services"})
MERGE (e)-[r:ESTABLISHED {article: a.id}]->(c)
SET r.evidence = "The Campaign to Save Mental Health Services in Norfolk and Suffolk - a vocal critic of a redesign of local services - was established at the end of last year";

MATCH (a:Article {id: "article-75db5818"}), (e:Event {id: "founding-campaign-to-save-mental-health-services"}),
      (t:Organisation {id: "nsft"})
MERGE (e)-[r:ABOUT {article: a.id}]->(t)
SET r.evidence = "following concerns about the reduction of inpatient beds and staff numbers at Norfolk and Suffolk NHS Foundation Trust (NSFT)";

MATCH (a:Article {id: "article-75db5818"}), (c:Organisation {id: "campaign-to-save-mental-health-services"}), (t:Organisation {id: "nsft"})
MERGE (c)-[r:CRITICISED {article: a.id, summary: "a vocal critic of a redesign of local services"}]->(t)
SET r.ambiguity = "The article does not say whose redesign it is; read as NSFT's, because the same sentence ties the campaign's founding to concerns about NSFT's inpatient beds and staff numbers.",
    r.evidence = "The Campaign to Save Mental Health Services in Norfolk and Suffolk - a vocal critic of a redesign of local services - was established at the end of last year following concerns about the reduction of inpatient beds and staff numbers at Norfolk and Suffolk NHS Foundation Trust (NSFT)";

// Paragraph 4: the chief executive and the chairman
MATCH (a:Article {id: "article-75db5818"}), (p:Person {id: "michael-scott"}), (t:Organisation {id: "nsft"})
MERGE (p)-[r:LEADS {article: a.id, role: "chief executive"}]->(t)
SET r.roleAsWritten = "New NSFT chief executive", r.status = "new", r.asOf = null,
    r.evidence = "New NSFT chief executive Michael Scott";

MATCH (a:Article {id: "article-75db5818"}), (p:Person {id: "gary-page"}), (t:Organisation {id: "nsft"})
MERGE (p)-[r:LEADS {article: a.id, role: "chair"}]->(t)
SET r.roleAsWritten = "chairman", r.status = "current", r.asOf = null,
    r.ambiguity = "\"New\" may qualify only the chief executive or both men.",
    r.evidence = "New NSFT chief executive Michael Scott and chairman Gary Page";

// The meeting last month
MATCH (a:Article {id: "article-75db5818"})
MERGE (e:Event {id: "meeting-nsft-leaders-and-campaign"})
SET e.kind = "meeting", e.name = "NSFT's chief executive and chairman meet the campaign",
    e.description = "to listen to patients' and carers' concerns about mental health services",
    e.status = "happened", e.date = null, e.datePrecision = "range", e.dateLatest = "2015-11-30",
    e.dateText = "last month",
    e.dateReasoning = "\"last month\": the month before the article, which is from 2015 at the latest."
MERGE (e)-[r:REPORTED_IN {article: a.id}]->(a)
SET r.evidence = "met representatives from the campaign last month to listen to patients' and carers' concerns about mental health services";

MATCH (a:Article {id: "article-75db5818"}), (e:Event {id: "meeting-nsft-leaders-and-campaign"})
UNWIND ["michael-scott", "gary-page"] AS id
MATCH (p:Person {id: id})
MERGE (p)-[r:ATTENDED {article: a.id}]->(e)
SET r.evidence = "New NSFT chief executive Michael Scott and chairman Gary Page met representatives from the campaign last month";

MATCH (a:Article {id: "article-75db5818"}), (e:Event {id: "meeting-nsft-leaders-and-campaign"}),
      (c:Organisation {id: "campaign-to-save-mental-health-services"})
MERGE (c)-[r:ATTENDED {article: a.id}]->(e)
SET r.note = "represented by unnamed representatives",
    r.evidence = "met representatives from the campaign last month";

// Paragraph 3: the agreement to work together
MATCH (a:Article {id: "article-75db5818"})
MERGE (e:Event {id: "agreement-nsft-campaign-to-work-together"})
SET e.kind = "agreement", e.name = "NSFT and the campaign agree to work together",
    e.description = "both organisations announced they would now be working together to ensure the services provided meet the needs of both counties",
    e.status = "happened", e.date = null, e.datePrecision = "range", e.dateLatest = "2015-12-31", e.dateText = "today",
    e.dateReasoning = "\"today\": the article's date, which is 2015 at the latest."
MERGE (e)-[r:REPORTED_IN {article: a.id}]->(a)
SET r.evidence = "both organisations today announced that they would now be working together to ensure the services provided meet the needs of both counties";

MATCH (a:Article {id: "article-75db5818"}), (e:Event {id: "agreement-nsft-campaign-to-work-together"})
UNWIND [["nsft", "both organisations today announced that they would now be working together"],
        ["campaign-to-save-mental-health-services", "both organisations today announced that they would now be working together"]] AS party
MATCH (o:Organisation {id: party[0]})
MERGE (e)-[r:INVOLVED {article: a.id}]->(o)
SET r.role = "party to the agreement", r.evidence = party[1];

MATCH (a:Article {id: "article-75db5818"}), (e:Event {id: "agreement-nsft-campaign-to-work-together"})
UNWIND ["norfolk", "suffolk"] AS id
MATCH (p:Place {id: id})
MERGE (e)-[r:ABOUT {article: a.id}]->(p)
SET r.evidence = "to ensure the services provided meet the needs of both counties";

// Paragraph 3: the joint announcement (numbered after the script's existing statements)
MATCH (a:Article {id: "article-75db5818"})
MERGE (s:Statement {id: "statement-75db5818-06"})
SET s.kind = "reported",
    s.text = "they would now be working together to ensure the services provided meet the needs of both counties",
    s.date = null, s.datePrecision = "range", s.dateLatest = "2015-12-31", s.dateText = "today",
    s.dateReasoning = "\"today\": the article's date, which is 2015 at the latest.",
    s.ambiguity = "\"announced\" gives no medium and no speaker for either organisation."
MERGE (s)-[r:REPORTED_IN {article: a.id}]->(a)
SET r.evidence = "both organisations today announced that they would now be working together to ensure the services provided meet the needs of both counties";

MATCH (a:Article {id: "article-75db5818"}), (s:Statement {id: "statement-75db5818-06"})
UNWIND ["nsft", "campaign-to-save-mental-health-services"] AS id
MATCH (o:Organisation {id: id})
MERGE (o)-[r:SAID {article: a.id}]->(s)
SET r.evidence = "both organisations today announced";

MATCH (a:Article {id: "article-75db5818"}), (s:Statement {id: "statement-75db5818-06"}), (e:Event {id: "agreement-nsft-campaign-to-work-together"})
MERGE (s)-[r:ABOUT {article: a.id}]->(e)
SET r.evidence = "they would now be working together";

MATCH (a:Article {id: "article-75db5818"}), (s:Statement {id: "statement-75db5818-06"})
UNWIND ["norfolk", "suffolk"] AS id
MATCH (p:Place {id: id})
MERGE (s)-[r:ABOUT {article: a.id}]->(p)
SET r.evidence = "meet the needs of both counties";

// Paragraph 5: the regular meetings the trust's officials agreed to
MATCH (a:Article {id: "article-75db5818"})
MERGE (e:Event {id: "regular-meetings-nsft-officials-and-campaigners"})
SET e.kind = "meeting", e.name = "Regular meetings between NSFT officials and campaigners",
    e.description = "to discuss areas where improvement could be made", e.status = "planned",
    e.date = null, e.datePrecision = "range", e.dateText = "regularly",
    e.dateReasoning = "Agreed by the article's date (2015 at the latest) for the future; the article gives no dates."
MERGE (e)-[r:REPORTED_IN {article: a.id}]->(a)
SET r.evidence = "Officials from the trust have now agreed to meet with campaigners regularly to discuss areas where improvement could be made.";

MATCH (a:Article {id: "article-75db5818"}), (e:Event {id: "regular-meetings-nsft-officials-and-campaigners"}), (o:Organisation {id: "nsft"})
MERGE (e)-[r:INVOLVED {article: a.id}]->(o)
SET r.role = "its officials agreed to meet campaigners regularly",
    r.evidence = "Officials from the trust have now agreed to meet with campaigners regularly";

MATCH (a:Article {id: "article-75db5818"}), (e:Event {id: "regular-meetings-nsft-officials-and-campaigners"}),
      (o:Organisation {id: "campaign-to-save-mental-health-services"})
MERGE (e)-[r:INVOLVED {article: a.id}]->(o)
SET r.role = "campaigners to be met regularly",
    r.ambiguity = "\"campaigners\" is read as the Campaign to Save Mental Health Services in Norfolk and Suffolk.",
    r.evidence = "agreed to meet with campaigners regularly";

// Paragraph 6-7: Gary Page's statement
MATCH (a:Article {id: "article-75db5818"})
MERGE (s:Statement {id: "statement-75db5818-01"})
SET s.kind = "quote",
    s.text = "We share a common objective with the campaign to improve the quality of care we provide to our service users. By listening to their experiences as well as those of carers and staff we want to work with the campaign to address those areas where we acknowledge improvements need to be made. In order for this to happen and for a constructive relationship to develop, we would urge it not to personalise the campaign and to ensure that information presented on the website is both balanced and accurate.",
    s.date = null, s.datePrecision = "range", s.dateLatest = "2015-12-31",
    s.dateReasoning = "Made by the article's date, which is 2015 at the latest; the article does not date it.",
    s.ambiguity = "The article does not say whether this was spoken or written."
MERGE (s)-[r:REPORTED_IN {article: a.id}]->(a)
SET r.evidence = "Mr Page said: 'We share a common objective with the campaign to improve the quality of care we provide to our service users. By listening to their experiences as well as those of carers and staff we want to work with the campaign to address those areas where we acknowledge improvements need to be made.' 'In order for this to happen and for a constructive relationship to develop, we would urge it not to personalise the campaign and to ensure that information presented on the website is both balanced and accurate.'";

MATCH (a:Article {id: "article-75db5818"}), (s:Statement {id: "statement-75db5818-01"}), (p:Person {id: "gary-page"})
MERGE (p)-[r:SAID {article: a.id}]->(s)
SET r.evidence = "Mr Page said: 'We share a common objective with the campaign";

MATCH (a:Article {id: "article-75db5818"}), (s:Statement {id: "statement-75db5818-01"}), (o:Organisation {id: "nsft"})
MERGE (s)-[r:ON_BEHALF_OF {article: a.id}]->(o)
SET r.ambiguity = "Speaks as 'we' for the trust, whose chairman he is.",
    r.evidence = "we want to work with the campaign to address those areas where we acknowledge improvements need to be made";

MATCH (a:Article {id: "article-75db5818"}), (s:Statement {id: "statement-75db5818-01"}), (c:Organisation {id: "campaign-to-save-mental-health-services"})
MERGE (s)-[r:ABOUT {article: a.id}]->(c)
SET r.evidence = "we would urge it not to personalise the campaign and to ensure that information presented on the website is both balanced and accurate";

MATCH (a:Article {id: "article-75db5818"}), (s:Statement {id: "statement-75db5818-01"}), (t:Organisation {id: "nsft"})
MERGE (s)-[r:ABOUT {article: a.id}]->(t)
SET r.evidence = "to address those areas where we acknowledge improvements need to be made";

MATCH (a:Article {id: "article-75db5818"}), (p:Person {id: "gary-page"}), (c:Organisation {id: "campaign-to-save-mental-health-services"})
MERGE (p)-[r:CRITICISED {article: a.id, summary: "urged it not to personalise the campaign and to make the information on its website balanced and accurate"}]->(c)
SET r.statement = "statement-75db5818-01",
    r.ambiguity = "Implied: the urging suggests the trust found the campaign personal and its website unbalanced or inaccurate; the article does not say so outright.",
    r.evidence = "we would urge it not to personalise the campaign and to ensure that information presented on the website is both balanced and accurate";

MATCH (a:Article {id: "article-75db5818"})
MERGE (c:CallForAction {id: "call-page-campaign-not-to-personalise"})
SET c.action = "not to personalise the campaign and to ensure that information presented on the website is both balanced and accurate",
    c.date = null, c.datePrecision = "range", c.dateLatest = "2015-12-31",
    c.dateReasoning = "Made by the article's date, which is 2015 at the latest; the article does not date it."
MERGE (c)-[r:REPORTED_IN {article: a.id}]->(a)
SET r.evidence = "we would urge it not to personalise the campaign and to ensure that information presented on the website is both balanced and accurate";

MATCH (a:Article {id: "article-75db5818"}), (c:CallForAction {id: "call-page-campaign-not-to-personalise"}), (p:Person {id: "gary-page"})
MERGE (p)-[r:CALLED_FOR {article: a.id}]->(c)
SET r.statement = "statement-75db5818-01",
    r.evidence = "we would urge it not to personalise the campaign and to ensure that information presented on the website is both balanced and accurate";

MATCH (a:Article {id: "article-75db5818"}), (c:CallForAction {id: "call-page-campaign-not-to-personalise"}), (o:Organisation {id: "campaign-to-save-mental-health-services"})
MERGE (c)-[r:ADDRESSED_TO {article: a.id}]->(o)
SET r.evidence = "we would urge it not to personalise the campaign";

// Paragraphs 8-10: the campaign spokesman
MATCH (a:Article {id: "article-75db5818"})
MERGE (s:Statement {id: "statement-75db5818-02"})
SET s.kind = "reported",
    s.text = "they had updated their website to ask people for their experiences, comments, ideas and suggestions to help improve mental health services locally",
    s.date = null, s.datePrecision = "range", s.dateLatest = "2015-12-31",
    s.dateReasoning = "Made by the article's date, which is 2015 at the latest; the article does not date it.",
    s.ambiguity = "The article does not say whether this was spoken or written."
MERGE (s)-[r:REPORTED_IN {article: a.id}]->(a)
SET r.evidence = "A spokesman for the campaign added that they had updated their website to ask people for their experiences, comments, ideas and suggestions to help improve mental health services locally.";

MATCH (a:Article {id: "article-75db5818"})
MERGE (s:Statement {id: "statement-75db5818-03"})
SET s.kind = "quote",
    s.text = "We believe public accountability is central to the effective delivery of public services. While we disagree with the trust on some issues, we do agree the need to work together for the good of mental health services in Norfolk and Suffolk; to focus on specific areas of concern is a good start. The first of these foci is access to mental health services.",
    s.date = null, s.datePrecision = "range", s.dateLatest = "2015-12-31",
    s.dateReasoning = "Made by the article's date, which is 2015 at the latest; the article does not date it.",
    s.ambiguity = "Unattributed quotation paragraph, read as the campaign spokesman's; it may be the start of the quotation that ends \"said the spokesman\" in the next paragraph, which would make the two one statement. The article does not say whether it was spoken or written."
MERGE (s)-[r:REPORTED_IN {article: a.id}]->(a)
SET r.evidence = "We believe public accountability is central to the effective delivery of public services. While we disagree with the trust on some issues, we do agree the need to work together for the good of mental health services in Norfolk and Suffolk; to focus on specific areas of concern is a good start. The first of these foci is access to mental health services.";

MATCH (a:Article {id: "article-75db5818"})
MERGE (s:Statement {id: "statement-75db5818-04"})
SET s.kind = "quote",
    s.text = "We all agreed that gathering as much data as possible from service users, carers, members of the public, members of staff and indeed other health professionals, be they positive or negative, should help better shape the future,",
    s.date = null, s.datePrecision = "range", s.dateLatest = "2015-12-31",
    s.dateReasoning = "Made by the article's date, which is 2015 at the latest; the article does not date it.",
    s.ambiguity = "The article does not say whether this was spoken or written."
MERGE (s)-[r:REPORTED_IN {article: a.id}]->(a)
SET r.evidence = "We all agreed that gathering as much data as possible from service users, carers, members of the public, members of staff and indeed other health professionals, be they positive or negative, should help better shape the future,' said the spokesman.";

MATCH (a:Article {id: "article-75db5818"}), (p:Person {id: "campaign-spokesperson-75db5818"})
UNWIND [["statement-75db5818-02", "A spokesman for the campaign added that they had updated their website"],
        ["statement-75db5818-04", "should help better shape the future,' said the spokesman."]] AS said
MATCH (s:Statement {id: said[0]})
MERGE (p)-[r:SAID {article: a.id}]->(s)
SET r.evidence = said[1];

MATCH (a:Article {id: "article-75db5818"}), (p:Person {id: "campaign-spokesperson-75db5818"}), (s:Statement {id: "statement-75db5818-03"})
MERGE (p)-[r:SAID {article: a.id}]->(s)
SET r.evidence = "A spokesman for the campaign added that they had updated their website",
    r.ambiguity = "This quotation paragraph carries no attribution of its own; it is read as the spokesman's because it sits between his reported words ('A spokesman for the campaign added...') and the next paragraph's 'said the spokesman'.";

MATCH (a:Article {id: "article-75db5818"}), (o:Organisation {id: "campaign-to-save-mental-health-services"})
UNWIND ["statement-75db5818-02", "statement-75db5818-03", "statement-75db5818-04"] AS id
MATCH (s:Statement {id: id})
MERGE (s)-[r:ON_BEHALF_OF {article: a.id}]->(o)
SET r.evidence = "A spokesman for the campaign added";

MATCH (a:Article {id: "article-75db5818"}), (p:Person {id: "campaign-spokesperson-75db5818"}), (o:Organisation {id: "campaign-to-save-mental-health-services"})
MERGE (p)-[r:MEMBER_OF {article: a.id}]->(o)
SET r.role = "spokesperson", r.evidence = "A spokesman for the campaign";

MATCH (a:Article {id: "article-75db5818"}), (s:Statement {id: "statement-75db5818-02"}), (o:Organisation {id: "campaign-to-save-mental-health-services"})
MERGE (s)-[r:ABOUT {article: a.id}]->(o)
SET r.evidence = "they had updated their website";

MATCH (a:Article {id: "article-75db5818"})
MERGE (c:CallForAction {id: "call-campaign-people-share-experiences"})
SET c.action = "ask people for their experiences, comments, ideas and suggestions to help improve mental health services locally",
    c.date = null, c.datePrecision = "range", c.dateLatest = "2015-12-31",
    c.dateReasoning = "Made by the article's date, which is 2015 at the latest."
MERGE (c)-[r:REPORTED_IN {article: a.id}]->(a)
SET r.evidence = "they had updated their website to ask people for their experiences, comments, ideas and suggestions to help improve mental health services locally";

MATCH (a:Article {id: "article-75db5818"}), (call:CallForAction {id: "call-campaign-people-share-experiences"}),
      (c:Organisation {id: "campaign-to-save-mental-health-services"})
MERGE (c)-[r:CALLED_FOR {article: a.id}]->(call)
SET r.statement = "statement-75db5818-02",
    r.evidence = "they had updated their website to ask people for their experiences, comments, ideas and suggestions";

MATCH (a:Article {id: "article-75db5818"}), (s:Statement {id: "statement-75db5818-03"}), (o:Organisation {id: "nsft"})
MERGE (s)-[r:ABOUT {article: a.id}]->(o)
SET r.evidence = "While we disagree with the trust on some issues, we do agree the need to work together";

MATCH (a:Article {id: "article-75db5818"}), (s:Statement {id: "statement-75db5818-03"})
UNWIND ["norfolk", "suffolk"] AS id
MATCH (p:Place {id: id})
MERGE (s)-[r:ABOUT {article: a.id}]->(p)
SET r.evidence = "for the good of mental health services in Norfolk and Suffolk";

MATCH (a:Article {id: "article-75db5818"}), (s:Statement {id: "statement-75db5818-03"}), (e:Event {id: "agreement-nsft-campaign-to-work-together"})
MERGE (s)-[r:ABOUT {article: a.id}]->(e)
SET r.evidence = "we do agree the need to work together";

MATCH (a:Article {id: "article-75db5818"}), (c:Organisation {id: "campaign-to-save-mental-health-services"}), (t:Organisation {id: "nsft"})
MERGE (c)-[r:CRITICISED {article: a.id, summary: "disagrees with the trust on some issues"}]->(t)
SET r.statement = "statement-75db5818-03",
    r.ambiguity = "A stated disagreement, made in the same breath as agreeing to work together; the issues are not named.",
    r.evidence = "While we disagree with the trust on some issues";

MATCH (a:Article {id: "article-75db5818"}), (s:Statement {id: "statement-75db5818-04"}), (e:Event {id: "meeting-nsft-leaders-and-campaign"})
MERGE (s)-[r:ABOUT {article: a.id}]->(e)
SET r.ambiguity = "'We all agreed' most likely refers to the meeting between the trust's leaders and the campaign.",
    r.evidence = "We all agreed that gathering as much data as possible";

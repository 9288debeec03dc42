// The loader's indexes of the lists a focused question pages through, in the lists' order. The loader writes the
// keys on the fact each list starts from (see cypher/MODEL.md, "Keys for lists"): a statement's SAID carries its
// speaker's id, its ABOUT its subject's; a call for action's CALLED_FOR its caller's, its ADDRESSED_TO and CONCERNS
// the id of whom it concerns; a statement's ON_BEHALF_OF the id of whom its speaker spoke for (the network starts from
// it too); each also the item's sortKey (sort date, article, item). With an index on (focus,
// sortKey), the first page of what is said about a trust that 270,000 statements are about reads its page of index
// entries in order, not every statement. The second index of each pair holds only the items whose time is not one
// whole day (spansDates), which a date range must check one by one. Made before every load, after the data by a bulk
// load.
//
// An entity's roles over time are read from either end of LEADS, HOLDS_OFFICE, MEMBER_OF, WORKS_FOR and REPRESENTS:
// each carries the id at its start (holder) and at its end (heldIn), each with the sort key of the list read from that
// end (date, relation, other end, article, role). An entity's first reports are read by its mentions' entity and sortKey
// (article date and id), and the list of articles by each article's own sortKey (its date and id).
CREATE INDEX said_by_speaker IF NOT EXISTS FOR ()-[said:SAID]-() ON (said.speaker, said.sortKey);
CREATE INDEX about_by_subject IF NOT EXISTS FOR ()-[about:ABOUT]-() ON (about.subject, about.sortKey);
CREATE INDEX said_by_speaker_spanning IF NOT EXISTS FOR ()-[said:SAID]-() ON (said.speaker, said.spansDates);
CREATE INDEX about_by_subject_spanning IF NOT EXISTS FOR ()-[about:ABOUT]-() ON (about.subject, about.spansDates);
CREATE INDEX on_behalf_of_by_spoken_for IF NOT EXISTS FOR ()-[spoken:ON_BEHALF_OF]-() ON (spoken.spokenFor, spoken.sortKey);
CREATE INDEX on_behalf_of_by_spoken_for_spanning IF NOT EXISTS FOR ()-[spoken:ON_BEHALF_OF]-() ON (spoken.spokenFor, spoken.spansDates);
CREATE INDEX called_by_caller IF NOT EXISTS FOR ()-[called:CALLED_FOR]-() ON (called.caller, called.sortKey);
CREATE INDEX addressed_to_concerning IF NOT EXISTS FOR ()-[addressed:ADDRESSED_TO]-() ON (addressed.concerning, addressed.sortKey);
CREATE INDEX concerns_concerning IF NOT EXISTS FOR ()-[concerns:CONCERNS]-() ON (concerns.concerning, concerns.sortKey);
CREATE INDEX called_by_caller_spanning IF NOT EXISTS FOR ()-[called:CALLED_FOR]-() ON (called.caller, called.spansDates);
CREATE INDEX addressed_to_concerning_spanning IF NOT EXISTS FOR ()-[addressed:ADDRESSED_TO]-() ON (addressed.concerning, addressed.spansDates);
CREATE INDEX concerns_concerning_spanning IF NOT EXISTS FOR ()-[concerns:CONCERNS]-() ON (concerns.concerning, concerns.spansDates);
CREATE INDEX criticised_by_critic IF NOT EXISTS FOR ()-[criticism:CRITICISED]-() ON (criticism.critic, criticism.sortKey);
CREATE INDEX criticised_target IF NOT EXISTS FOR ()-[criticism:CRITICISED]-() ON (criticism.target, criticism.sortKey);
CREATE INDEX criticised_by_critic_spanning IF NOT EXISTS FOR ()-[criticism:CRITICISED]-() ON (criticism.critic, criticism.spansDates);
CREATE INDEX criticised_target_spanning IF NOT EXISTS FOR ()-[criticism:CRITICISED]-() ON (criticism.target, criticism.spansDates);
CREATE INDEX leads_by_holder IF NOT EXISTS FOR ()-[role:LEADS]-() ON (role.holder, role.holderKey);
CREATE INDEX leads_by_held_in IF NOT EXISTS FOR ()-[role:LEADS]-() ON (role.heldIn, role.heldInKey);
CREATE INDEX holds_office_by_holder IF NOT EXISTS FOR ()-[role:HOLDS_OFFICE]-() ON (role.holder, role.holderKey);
CREATE INDEX holds_office_by_held_in IF NOT EXISTS FOR ()-[role:HOLDS_OFFICE]-() ON (role.heldIn, role.heldInKey);
CREATE INDEX member_of_by_holder IF NOT EXISTS FOR ()-[role:MEMBER_OF]-() ON (role.holder, role.holderKey);
CREATE INDEX member_of_by_held_in IF NOT EXISTS FOR ()-[role:MEMBER_OF]-() ON (role.heldIn, role.heldInKey);
CREATE INDEX works_for_by_holder IF NOT EXISTS FOR ()-[role:WORKS_FOR]-() ON (role.holder, role.holderKey);
CREATE INDEX works_for_by_held_in IF NOT EXISTS FOR ()-[role:WORKS_FOR]-() ON (role.heldIn, role.heldInKey);
CREATE INDEX represents_by_holder IF NOT EXISTS FOR ()-[role:REPRESENTS]-() ON (role.holder, role.holderKey);
CREATE INDEX represents_by_held_in IF NOT EXISTS FOR ()-[role:REPRESENTS]-() ON (role.heldIn, role.heldInKey);
CREATE INDEX reported_in_by_entity IF NOT EXISTS FOR ()-[reported:REPORTED_IN]-() ON (reported.entity, reported.sortKey);
CREATE INDEX article_sort_key IF NOT EXISTS FOR (article:Article) ON (article.sortKey);

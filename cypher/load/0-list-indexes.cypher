// The loader's indexes of the lists a focused question pages through, in the lists' order. The loader writes the
// keys on the fact each list starts from (see cypher/MODEL.md, "Keys for lists"): a statement's SAID carries its
// speaker's id, its ABOUT its subject's; a call for action's CALLED_FOR its caller's, its ADDRESSED_TO and CONCERNS
// the id of whom it concerns; each also the item's sortKey (sort date, article, item). With an index on (focus,
// sortKey), the first page of what is said about a trust that 270,000 statements are about reads its page of index
// entries in order, not every statement. The second index of each pair holds only the items whose time is not one
// whole day (spansDates), which a date range must check one by one. Made before every load, after the data by a bulk
// load.
CREATE INDEX said_by_speaker IF NOT EXISTS FOR ()-[said:SAID]-() ON (said.speaker, said.sortKey);
CREATE INDEX about_by_subject IF NOT EXISTS FOR ()-[about:ABOUT]-() ON (about.subject, about.sortKey);
CREATE INDEX said_by_speaker_spanning IF NOT EXISTS FOR ()-[said:SAID]-() ON (said.speaker, said.spansDates);
CREATE INDEX about_by_subject_spanning IF NOT EXISTS FOR ()-[about:ABOUT]-() ON (about.subject, about.spansDates);
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

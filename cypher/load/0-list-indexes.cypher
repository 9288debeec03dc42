// The loader's indexes of the lists a focused question pages through, in the lists' order. The loader writes the
// keys on the fact each list starts from (see cypher/MODEL.md, "Keys for lists"): a statement's SAID carries its
// speaker's id, its ABOUT its subject's, both the statement's sortKey (sort date, article, statement). With an index
// on (focus, sortKey), the first page of what is said about a trust that 270,000 statements are about reads its page
// of index entries in order, not every statement. The second index of each pair holds only the statements whose time
// is not one whole day (spansDates), which a date range must check one by one. Made before every load, after the data
// by a bulk load.
CREATE INDEX said_by_speaker IF NOT EXISTS FOR ()-[said:SAID]-() ON (said.speaker, said.sortKey);
CREATE INDEX about_by_subject IF NOT EXISTS FOR ()-[about:ABOUT]-() ON (about.subject, about.sortKey);
CREATE INDEX said_by_speaker_spanning IF NOT EXISTS FOR ()-[said:SAID]-() ON (said.speaker, said.spansDates);
CREATE INDEX about_by_subject_spanning IF NOT EXISTS FOR ()-[about:ABOUT]-() ON (about.subject, about.spansDates);

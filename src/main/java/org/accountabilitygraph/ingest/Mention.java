package org.accountabilitygraph.ingest;

/**
 * A name in the article, with what the words around it say of it.
 *
 * @param span      where the name is (without honorific or role)
 * @param name      the name as written, without a possessive 's
 * @param type      what kind of thing it names
 * @param honorific "Mr", "Professor", ... when written before it
 * @param role      the role or title written with it ("chief executive", "North Norfolk MP"), or null
 * @param qualifier the organisation, place or party the role is of ("NSFT", "North Norfolk", "Labour"), or null
 * @param acronym   an acronym given in brackets after it, or null
 * @param sentence  the sentence it is in
 */
public record Mention(Span span, String name, Type type, String honorific, String role, String qualifier, String acronym,
		Span sentence) {

	public enum Type { PERSON, ORGANISATION, PLACE, ROLE, UNKNOWN }

	Mention with(Type newType) {
		return new Mention(span, name, newType, honorific, role, qualifier, acronym, sentence);
	}

	Mention withRole(String newRole, String newQualifier) {
		return new Mention(span, name, type, honorific, newRole, newQualifier, acronym, sentence);
	}

	/** The name as the article first wrote it, with the honorific: "Mrs Bellingham". */
	public String asWritten() {
		return honorific == null ? name : honorific + " " + name;
	}
}

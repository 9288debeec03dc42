package org.accountabilitygraph.ingest;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Someone or something the article names (or describes, for unnamed speakers), and what it resolved to. */
final class ArticleEntity {

	final Mention.Type type;
	String name;
	final Set<String> aliases = new LinkedHashSet<>();
	final List<Mention> mentions = new ArrayList<>();
	/** "m", "f", or null when the text does not tell. */
	String gender;
	String role;
	String qualifier;
	/** The organisation kind label ("Trust", "Campaign") for organisations. */
	String kind;
	boolean anonymous;
	boolean group;
	String description;
	/** Where it is first named or described (the evidence of its mention). */
	Span first;
	/** For an unnamed speaker: whom it speaks for. */
	ArticleEntity speaksFor;
	/** For a person whose role leads an organisation: that organisation. */
	ArticleEntity leads;

	// resolution against the graph
	String id;
	boolean known;
	double confidence = 1.0;
	final List<String> alternatives = new ArrayList<>();
	String resolutionNote;
	/** Doubts about how the article's mentions were joined into this entity ("Mrs Bellingham" read as Zoe Billingham). */
	final List<String> doubts = new ArrayList<>();

	ArticleEntity(Mention.Type type, String name, Span first) {
		this.type = type;
		this.name = name;
		this.first = first;
	}

	String surname() {
		var words = name.split("\\s+");
		return words[words.length - 1];
	}

	String firstName() {
		return name.split("\\s+")[0];
	}

	boolean person() {
		return type == Mention.Type.PERSON;
	}

	boolean organisation() {
		return type == Mention.Type.ORGANISATION;
	}

	/** An unnamed speaker's gender, where the word for them tells it ("spokeswoman"). */
	ArticleEntity describedAs(String modifier) {
		if (role != null && role.endsWith("man") && !role.endsWith("woman")) {
			gender = "m";
		}
		else if (role != null && role.endsWith("woman")) {
			gender = "f";
		}
		if (!modifier.isEmpty() && !name.toLowerCase(java.util.Locale.ROOT).startsWith(modifier.toLowerCase(java.util.Locale.ROOT))) {
			name = Character.toUpperCase(modifier.charAt(0)) + modifier.substring(1) + " " + name.substring(0, 1).toLowerCase(java.util.Locale.ROOT) + name.substring(1);
		}
		return this;
	}

	@Override
	public String toString() {
		return (id == null ? name : id) + "(" + type + ")";
	}
}

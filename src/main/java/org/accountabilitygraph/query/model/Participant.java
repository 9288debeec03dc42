package org.accountabilitygraph.query.model;

/** Someone with a part in an event, and the part ({@code attended}, {@code organised}, ...). */
public record Participant(String id, String name, String role) {
}

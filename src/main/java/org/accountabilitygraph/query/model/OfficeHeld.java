package org.accountabilitygraph.query.model;

/** An office a person holds or held, as one article states it ({@code status}: current or former). */
public record OfficeHeld(String id, String name, String status, String asOf, Source source) {
}

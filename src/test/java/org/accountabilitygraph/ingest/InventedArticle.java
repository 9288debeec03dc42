package org.accountabilitygraph.ingest;

/**
 * The invented article the ingest tests propose and accept (none of the five): a known person named in full and
 * then as "he" (a doubt), an unnamed spokesman for the trust, no date. Norman Lamb, whom only R105 defines, moves
 * to the registry when it is accepted.
 */
public final class InventedArticle {

	public static final String TEXT = """
			Campaigners have renewed their criticism of the region's mental health trust after a new report.

			Former health minister Norman Lamb said the findings were "deeply worrying" and called for an independent review.

			"Patients and families deserve far better than this," he said.

			A spokesman for the Norfolk and Suffolk NHS Foundation Trust said it would study the report carefully.
			""";

	private InventedArticle() {
	}
}

package org.accountabilitygraph.ingest;

import java.util.List;
import java.util.Map;

import org.accountabilitygraph.facts.Registry;

/**
 * What ingesting an article proposes, for a curator to review: a fact file in the project's form (its
 * {@code review} section lists every uncertain choice first), and the entities it shares with one other
 * article, which accepting moves into the registry.
 *
 * @param fileName           {@code R106__Article_<short>.yaml}
 * @param sourceFile         where accepting puts the article, {@code data/articles/<name>}
 * @param yaml               the fact file's text
 * @param factFile           the same as maps: {@code review}, {@code article}, {@code entities}, {@code facts}
 * @param registryAdditions  registry entries accepting adds
 */
public record Proposal(String fileName, String sourceFile, String yaml, Map<String, Object> factFile,
		List<Registry.Entry> registryAdditions) {

	@SuppressWarnings("unchecked")
	public List<Map<String, Object>> review() {
		return (List<Map<String, Object>>) factFile.get("review");
	}
}

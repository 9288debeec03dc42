package org.accountabilitygraph.ingest;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.accountabilitygraph.facts.FactSource;
import org.accountabilitygraph.facts.Problem;

/**
 * A proposal made against the fact files at a location, with what {@code tools/check-article} would say of it:
 * the one step behind {@code tools/ingest} and {@code POST /api/ingest}. An article the files already hold
 * (the same source file name) keeps its version and is resolved against the other files only.
 *
 * @param problems the checks' problems; none when the proposal would load as it is
 * @param names    the names of the entities the graph already knows that the proposal only mentions by id
 */
public record CheckedProposal(Proposal proposal, List<Problem> problems, Map<String, String> names) {

	/**
	 * @param factsLocation {@code file:…} or {@code classpath:…}, as the loader reads it
	 * @param articleName   the article file's name, which its short id comes from
	 * @throws InvalidArticleException when the bytes cannot be an article
	 */
	public static CheckedProposal propose(String factsLocation, String articleName, byte[] bytes) {
		var facts = FactSource.read(factsLocation);
		var existing = facts.files().stream()
			.filter(file -> file.article().get("sourceFile") instanceof String source
					&& articleName.equals(Path.of(source).getFileName().toString()))
			.findFirst();
		int version = existing.map(file -> Integer.parseInt(file.version().substring(1)))
			.orElse(facts.files().stream().mapToInt(file -> Integer.parseInt(file.version().substring(1))).max()
				.orElse(100) + 1);
		var known = KnownEntities.of(facts, file -> existing.isEmpty() || file != existing.get());
		var proposal = new Ingester(known).ingest(articleName, version, bytes);
		var problems = FactSource.checkProposal(factsLocation, proposal.fileName(), proposal.yaml(),
				proposal.registryAdditions(), new String(bytes, StandardCharsets.UTF_8));
		return new CheckedProposal(proposal, problems, names(proposal.factFile().get("entities"), known));
	}

	/** The known names of the listed entities that give no name of their own (the graph's entities, mentioned). */
	static Map<String, String> names(Object entities, KnownEntities known) {
		var names = new LinkedHashMap<String, String>();
		if (entities instanceof List<?> list) {
			for (var entity : list) {
				if (entity instanceof Map<?, ?> map && map.get("id") instanceof String id && !(map.get("name") instanceof String)
						&& known.get(id) != null) {
					names.put(id, known.get(id).name());
				}
			}
		}
		return names;
	}
}

package org.accountabilitygraph.facts;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;

/**
 * The published JSON Schemas of fact files and the registry ({@code data/facts/*.schema.json}), applied
 * to what a file holds, so that a program writing fact files and this loader agree on one definition.
 */
final class FactSchemas {

	private static final ObjectMapper JSON = new ObjectMapper();
	private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
	static final JsonSchema FACT_FILE = load("fact-file.schema.json");
	static final JsonSchema REGISTRY = load("registry.schema.json");

	private FactSchemas() {
	}

	/** Each way the document breaks the schema, at the line of the part concerned. */
	static List<Problem> check(JsonSchema schema, String file, YamlTree tree) {
		var document = JSON.valueToTree(tree.root() == null ? Map.of() : tree.root());
		return schema.validate(document).stream()
			.map(message -> new Problem(file, tree.lineAt(message.getInstanceLocation().toString()),
					"does not match the schema: " + message.getMessage()))
			.toList();
	}

	private static JsonSchema load(String name) {
		return FACTORY.getSchema(SchemaLocation.of("classpath:data/facts/" + name));
	}
}

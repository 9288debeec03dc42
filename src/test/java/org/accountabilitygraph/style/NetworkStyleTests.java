package org.accountabilitygraph.style;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.accountabilitygraph.FactFixture;
import org.junit.jupiter.api.Test;

/** The network's style is the one place the page's and the exports' colours come from, and covers the model. */
class NetworkStyleTests {

	@Test
	void everyRelationOfTheModelHasAStyleAndNoOther() throws IOException {
		var types = FactFixture.modelRelationTypes();
		assertThat(types).hasSizeGreaterThan(30);
		assertThat(new TreeSet<>(NetworkStyle.relationTypes())).isEqualTo(types);
	}

	@Test
	void thePageKeepsNoPaletteOfItsOwn() throws IOException {
		// the page reads the style from /api/network-style (main.js into style.js); a kind or relation written into the
		// modules that draw the network would be a second copy (article.js's verbs per relation are words, not style)
		var page = new StringBuilder();
		for (var module : List.of("main.js", "style.js", "network.js", "panel.js", "exports.js", "legend.js", "between.js")) {
			page.append(Files.readString(Path.of("src/main/resources/static", module)));
		}
		for (var name : NetworkStyle.kinds().keySet()) {
			assertThat(page.toString()).doesNotContainPattern("\\b" + name + "\\s*:\\s*\\{");
		}
		for (var type : NetworkStyle.relationTypes()) {
			assertThat(page.toString()).doesNotContainPattern("\\b" + type + "\\s*:\\s*\\{");
		}
		assertThat(page.toString()).contains("api('/api/network-style')");
	}

	@Test
	void unknownKindsAndRelationsAreDrawnAsOthers() {
		assertThat(NetworkStyle.kind("MustDoAction")).isEqualTo(NetworkStyle.OTHER_KIND);
		assertThat(NetworkStyle.kind(null)).isEqualTo(NetworkStyle.OTHER_KIND);
		assertThat(NetworkStyle.relation("SOME_NEW_FACT").label()).isEqualTo("some new fact");
		assertThat(NetworkStyle.relation("SOME_NEW_FACT").color()).isEqualTo(NetworkStyle.OTHER_RELATION.color());
		assertThat(NetworkStyle.relation("CRITICISED").label()).isEqualTo("criticised");
	}

	@Test
	void everyKindHasAShapeOfItsOwn() {
		var shapes = new HashSet<Shape>();
		NetworkStyle.kinds().values().forEach(style -> assertThat(shapes.add(style.shape())).as(style.label()).isTrue());
		assertThat(shapes.add(NetworkStyle.OTHER_KIND.shape())).isTrue();
	}

	@Test
	void everyTwoKindsStayApartForColourBlindReaders() {
		var colours = new java.util.LinkedHashMap<String, String>();
		NetworkStyle.kinds().forEach((kind, style) -> colours.put(kind, style.color()));
		colours.put("other", NetworkStyle.OTHER_KIND.color());
		assertAllApart(colours, 9);
	}

	@Test
	void everyTwoColoursOfRelationsStayApartForColourBlindReaders() {
		var colours = new java.util.LinkedHashMap<String, String>();
		NetworkStyle.relations().forEach((type, style) -> colours.putIfAbsent(style.color(), type));
		var byType = new java.util.LinkedHashMap<String, String>();
		colours.forEach((colour, type) -> byType.put(type, colour));
		assertThat(byType).hasSizeGreaterThanOrEqualTo(11); // the 14 relations of the model once drawn in one grey
		assertAllApart(byType, 11);
	}

	@Test
	void theSimulationSeesWhatItShould() {
		// the trust's red and the campaign's green of the old palette, which a reader without green cones confused
		assertThat(ColourVision.difference("#d64545", "#2f9e44", ColourVision.NORMAL)).isGreaterThan(100);
		assertThat(ColourVision.difference("#d64545", "#2f9e44", ColourVision.DEUTERANOPIA)).isLessThan(5);
		assertThat(ColourVision.difference("#d64545", "#2f9e44", ColourVision.TRITANOPIA)).isGreaterThan(100);
		// and a grey is a grey to everyone
		assertThat(ColourVision.difference("#999999", "#999999", ColourVision.PROTANOPIA)).isZero();
	}

	private static void assertAllApart(Map<String, String> colours, double least) {
		var tooClose = new ArrayList<String>();
		var names = List.copyOf(colours.keySet());
		for (var vision : ColourVision.values()) {
			for (int i = 0; i < names.size(); i++) {
				for (int j = i + 1; j < names.size(); j++) {
					var a = names.get(i);
					var b = names.get(j);
					double difference = ColourVision.difference(colours.get(a), colours.get(b), vision);
					if (difference < least) {
						tooClose.add("%s and %s under %s: %.1f".formatted(a, b, vision, difference));
					}
				}
			}
		}
		assertThat(tooClose).isEmpty();
	}
}

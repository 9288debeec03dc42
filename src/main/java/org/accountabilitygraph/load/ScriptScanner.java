package org.accountabilitygraph.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

import ac.simons.neo4j.migrations.core.ClasspathResourceScanner;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Finds the schema scripts in a {@code classpath:} location for neo4j-migrations with Spring's resolver,
 * which looks only in that folder of each class path root. neo4j-migrations' own scanner (ClassGraph)
 * opens every jar on the class path to do so: about a second of every start.
 */
final class ScriptScanner implements ClasspathResourceScanner {

	@Override
	public List<URL> scan(List<String> locations) {
		var urls = new ArrayList<URL>();
		for (var location : locations) {
			urls.addAll(resources("classpath*:" + location.replaceFirst("^/+", "")));
		}
		return urls;
	}

	/** The file name at the end of a script's URL. */
	static String fileName(URL url) {
		return url.getPath().substring(url.getPath().lastIndexOf('/') + 1);
	}

	/**
	 * The readable files under {@code location} ({@code classpath:…}, {@code classpath*:…} or {@code file:…}). A
	 * file found under the same name in two class path roots counts once, from the first (as a class would).
	 */
	static List<URL> resources(String location) {
		var folder = location.replaceFirst("^classpath:", "classpath*:").replaceFirst("/*$", "");
		try {
			var byName = new LinkedHashMap<String, URL>();
			for (Resource resource : new PathMatchingResourcePatternResolver().getResources(folder + "/**/*")) {
				if (resource.isReadable()) {
					var url = resource.getURL();
					var path = url.toString();
					var name = folder.startsWith("classpath*:")
							? path.substring(path.lastIndexOf(folder.substring("classpath*:".length()))) : path;
					byName.putIfAbsent(name, url);
				}
			}
			return List.copyOf(byName.values());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the scripts in " + location, ex);
		}
	}
}

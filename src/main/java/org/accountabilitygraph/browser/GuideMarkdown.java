package org.accountabilitygraph.browser;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import org.springframework.web.util.HtmlUtils;

/**
 * The little Markdown the queries' comment headers use, as HTML: {@code `code`}, {@code **strong**} and
 * {@code *emphasis*}, and query parameters ({@code $target}) set as code. Everything else is escaped, so
 * a header can never put markup of its own into the Browser's page.
 */
final class GuideMarkdown {

	private static final Pattern CODE = Pattern.compile("`([^`]+)`");

	private static final Pattern STRONG = Pattern.compile("\\*\\*(?=\\S)(.+?)(?<=\\S)\\*\\*");

	private static final Pattern EMPHASIS = Pattern.compile("(?<![\\w*])\\*(?=[^\\s*])(.+?)(?<=[^\\s*])\\*(?![\\w*])");

	private static final Pattern PARAMETER = Pattern.compile("(?<![\\w$])\\$[A-Za-z_][A-Za-z0-9_]*");

	private GuideMarkdown() {
	}

	/** One line or paragraph of Markdown as inline HTML. */
	static String toHtml(String markdown) {
		var html = new StringBuilder();
		var code = CODE.matcher(markdown);
		int from = 0;
		while (code.find()) {
			html.append(text(markdown.substring(from, code.start())));
			html.append("<code>").append(escape(code.group(1))).append("</code>");
			from = code.end();
		}
		return html.append(text(markdown.substring(from))).toString();
	}

	/** The text without its Markdown: what a reader sees, for comparisons. */
	static String plain(String markdown) {
		return HtmlUtils.htmlUnescape(toHtml(markdown).replaceAll("<[^>]+>", ""));
	}

	private static String text(String text) {
		var html = escape(text);
		html = STRONG.matcher(html).replaceAll("<strong>$1</strong>");
		html = EMPHASIS.matcher(html).replaceAll("<em>$1</em>");
		return PARAMETER.matcher(html).replaceAll(m -> "<code>" + m.group().replace("$", "\\$") + "</code>");
	}

	static String escape(String text) {
		return HtmlUtils.htmlEscape(text, StandardCharsets.UTF_8.name());
	}
}

package org.accountabilitygraph.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The comment headers' Markdown, as the guide renders it. */
class GuideMarkdownTests {

	@Test
	void codeSpansEmphasisAndParametersBecomeHtml() {
		assertThat(GuideMarkdown.toHtml("A role's time (`when`) is its *start* date, **not** the article's; with $target null"))
			.isEqualTo("A role&#39;s time (<code>when</code>) is its <em>start</em> date, <strong>not</strong> the "
					+ "article&#39;s; with <code>$target</code> null");
	}

	@Test
	void everythingElseIsEscapedAndCodeIsLeftAsWritten() {
		assertThat(GuideMarkdown.toHtml("<script>alert(1)</script> & `x + '~' < *y*`"))
			.isEqualTo("&lt;script&gt;alert(1)&lt;/script&gt; &amp; <code>x + &#39;~&#39; &lt; *y*</code>");
		// Not emphasis: a multiplication, a lone star, stars inside words
		assertThat(GuideMarkdown.toHtml("2 * 3 and [*..10] and a*b*c")).doesNotContain("<em>");
		assertThat(GuideMarkdown.plain("`when` is *the* date")).isEqualTo("when is the date");
	}
}

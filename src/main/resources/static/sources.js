// Where facts come from: the articles (loaded once by main.js), links that open an article at a fact's sentence, and
// links that open the same thing as Cypher in the Neo4j Browser.
import { el, shorten } from './dom.js';
import { address } from './address.js';
import { words } from './words.js';

/** The source articles by id (/api/articles), for their titles, publishers and dates. */
export const articles = new Map();

let browserUrl = null;

export function setBrowserUrl(url) {
  browserUrl = url;
}

/** The source of a line: the article's title and date, a link that opens the article at the fact's sentence. */
export function sourceLink(source, fact) {
  if (!source || !source.article) return el('span', 'no source', { class: 'source' });
  return el('a', `${shorten(source.title || source.article, 90)} · ${words.date(source.articleDate)}`, {
    href: address({ view: 'article', id: source.article, at: fact || '' }), 'data-nav': '', class: 'source',
    'data-article': source.article,
  });
}

/** Where something comes from, for the panel: the article (a link that opens it at the fact's words) and the sentence. */
export function sourceBlock(articleId, evidence, fact) {
  const article = articles.get(articleId);
  const block = el('div', null, { class: 'source' });
  const title = article ? article.title : articleId;
  const where = article ? [article.publisher, words.articleDate(article)].filter(Boolean).join(', ') : '';
  const href = address({ view: 'article', id: articleId, at: fact || '' });
  block.append(el('div', null));
  block.firstChild.append(el('strong', 'Source: '), el('a', title, { class: 'article-title', href, 'data-nav': '' }),
    where ? el('span', ` (${where})`) : '');
  if (evidence) block.append(el('div', `“${evidence}”`, { class: 'evidence' }));
  block.append(el('a', 'Read it in the article', { href, 'data-nav': '', class: 'read-article' }));
  return block;
}

export function browserLink(cypher, text = 'Open in Neo4j Browser') {
  if (!browserUrl) return '';
  const joiner = browserUrl.includes('?') ? '&' : '?';
  return el('a', text, {
    href: `${browserUrl}${joiner}cmd=edit&arg=${encodeURIComponent(cypher)}`, target: '_blank', rel: 'noopener',
    class: 'browser',
  });
}

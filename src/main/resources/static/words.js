// The graph's dates and kinds in words, for the page: pure functions, no DOM, so they can be tested alone
// (ChronologyIT runs them in Chromium). Dates are the model's ISO strings as precise as known ('2018', '2018-12',
// '2018-12-06') or intervals with '..' for an open end ('../2015-12-31', '2019-11-06/..', '2019-10-07/2019-11-06').
export const words = (() => {
  const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
    'November', 'December'];

  // '2018-12-06' -> {y: 2018, m: 12, d: 6}; '2018-12' -> {y, m}; '2018' -> {y}; anything else -> null.
  function parse(text) {
    const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text || '');
    if (!match) return null;
    const [y, m, d] = [match[1], match[2], match[3]].map((part) => (part === undefined ? undefined : Number(part)));
    if (m !== undefined && (m < 1 || m > 12)) return null;
    if (d !== undefined && (d < 1 || d > daysIn(y, m))) return null;
    return { y, m, d };
  }

  function daysIn(y, m) {
    return new Date(Date.UTC(y, m, 0)).getUTCDate();
  }

  // A bound as coarse as it can be without changing it: a lower bound on 1 January is the year, on the 1st a
  // month; an upper bound on 31 December is the year, on a month's last day the month.
  function coarseStart(p) {
    if (p.d === 1) p = { y: p.y, m: p.m };
    if (p.d === undefined && p.m === 1) p = { y: p.y };
    return p;
  }

  function coarseEnd(p) {
    if (p.d !== undefined && p.d === daysIn(p.y, p.m)) p = { y: p.y, m: p.m };
    if (p.d === undefined && p.m === 12) p = { y: p.y };
    return p;
  }

  // '6 December 2018', 'December 2018', '2018'; without the year when withYear is false.
  function format(p, withYear = true) {
    const year = withYear ? ` ${p.y}` : '';
    if (p.d !== undefined) return `${p.d} ${MONTHS[p.m - 1]}${year}`;
    if (p.m !== undefined) return `${MONTHS[p.m - 1]}${year}`;
    return String(p.y);
  }

  // 'by the end of 2015', 'by the end of November 2015', 'by 16 December 2018' (without the year: 'by 16 December')
  function by(p, withYear = true) {
    if (p.m === undefined) return `by the end of ${p.y}`;
    if (p.d === undefined) return `by the end of ${format(p, withYear)}`;
    return `by ${format(p, withYear)}`;
  }

  // '2019 or later', 'November 2019 or later', 'on or after 6 November 2019'
  function from(p, withYear = true) {
    if (p.d === undefined) return `${format(p, withYear)} or later`;
    return `on or after ${format(p, withYear)}`;
  }

  // 'between 7 October and 6 November 2019', 'between 7 and 20 October 2019', 'between 2014 and 2015'
  function between(a, b) {
    if (a.y !== b.y || a.m === undefined || b.m === undefined) {
      return `between ${format(a, a.y !== b.y)} and ${format(b)}`;
    }
    if (a.m === b.m && a.d !== undefined && b.d !== undefined) return `between ${a.d} and ${format(b)}`;
    return `between ${format(a, false)} and ${format(b)}`;
  }

  /** A date or interval of the graph in words; 'undated' when there is none. */
  function date(when) {
    if (!when) return 'undated';
    const parts = String(when).split('/');
    if (parts.length === 1) {
      const p = parse(parts[0]);
      return p ? format(p) : String(when);
    }
    if (parts.length !== 2) return String(when);
    const start = parts[0] === '..' ? null : parse(parts[0]);
    const end = parts[1] === '..' ? null : parse(parts[1]);
    if ((parts[0] !== '..' && !start) || (parts[1] !== '..' && !end)) return String(when);
    if (!start && !end) return 'undated';
    if (!start) return by(coarseEnd(end));
    if (!end) return from(coarseStart(start));
    const a = coarseStart(start);
    const b = coarseEnd(end);
    if (a.y === b.y) {
      const yearA = a.m === undefined;
      const yearB = b.m === undefined;
      if (yearA && yearB) return String(a.y);
      if (yearA) return `${a.y}, ${by(b, false)}`; // 2018/2018-12-16: '2018, by 16 December'
      if (yearB) return `${a.y}, ${from(a, false)}`; // 2018-12-06/2018: '2018, on or after 6 December'
      if (a.m === b.m && a.d === undefined && b.d === undefined) return format(a);
      if (a.m === b.m && a.d === b.d) return format(a);
    }
    return between(a, b);
  }

  /**
   * An article's inferred date in words, from the properties the data gives it: the date with the bounds that
   * narrow it ('2018, by 16 December'), or only the bounds ('by the end of 2015', 'on or after 6 November 2019').
   */
  function articleDate(article) {
    if (!article) return 'undated';
    const { date: day, dateEarliest: earliest, dateLatest: latest } = article;
    if (day && !earliest && !latest) return date(day);
    if (!day && !earliest && !latest) return 'undated';
    const start = earliest || day || '..';
    const end = latest || day || '..';
    return date(start === end ? start : `${start}/${end}`);
  }

  const EVENT_KINDS = {
    'report-publication': 'report published',
    'report-receipt': 'report received',
    founding: 'founded',
  };

  const DECISIONS = {
    'special-measures': {
      placed: 'placed in special measures',
      removed: 'taken out of special measures',
      'placed-back': 'placed back in special measures',
      remains: 'kept in special measures',
    },
  };

  const plain = (text) => String(text || '').replaceAll('-', ' ').replaceAll('_', ' ');

  /** A decision in words: 'placed back in special measures'. */
  function decision(kind, outcome) {
    const known = DECISIONS[kind] && DECISIONS[kind][outcome];
    if (known) return known;
    return [plain(kind), plain(outcome)].filter(Boolean).join(': ') || 'decision';
  }

  /** A rating in words: 'rated inadequate', 'rated ‘requires improvement’'. */
  function rating(value) {
    if (!value) return '';
    return value.includes(' ') ? `rated ‘${value}’` : `rated ${value}`;
  }

  /** What kind of entry of an entity's history this is, in a word or two: 'protest', 'planned meeting', 'quotation'. */
  function kind(entry) {
    switch (entry.kind) {
      case 'role': return entry.status && entry.status !== 'current' ? `role (${entry.status})` : 'role';
      case 'said':
      case 'said about': return entry.statementKind === 'reported' ? 'reported speech' : 'quotation';
      case 'inspection': return entry.status === 'planned' ? 'planned inspection' : 'inspection';
      case 'decision': return 'decision';
      default: {
        const name = EVENT_KINDS[entry.kind] || plain(entry.kind) || 'event';
        return entry.status === 'planned' ? `planned ${name}` : name;
      }
    }
  }

  /** The page's From/To in words ('between 2018 and 2019', '2022', 'by the end of 2015'); '' when neither is set. */
  function range(from, to) {
    return from || to ? date(`${from || '..'}/${to || '..'}`) : '';
  }

  /** The same as a phrase that follows a verb ('in 2022', 'between 2018 and 2019'); '' when neither is set. */
  function during(from, to) {
    const text = range(from, to);
    return text && /^\d/.test(text) ? `in ${text}` : text;
  }

  return { date, articleDate, decision, rating, kind, parse, range, during };
})();

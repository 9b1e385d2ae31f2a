/*
 * The readable text of an HTML report, the same in the browser (Add report) and in Node (the
 * extract CLI): nothing is run or rendered; tags, comments and the contents of script, style
 * and other non-text elements are dropped; block elements end a line; character references are
 * decoded. One pass over the text (linear time): a page is never parsed as a document.
 */

/** Elements whose content is never report text. */
const SKIPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'svg',
  'head',
  'title',
]);

/** Elements after which the text goes on on a new line, as Add report shows it. */
const BLOCKS = new Set([
  'p',
  'div',
  'br',
  'li',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'tr',
  'section',
  'article',
  'blockquote',
  'figcaption',
  'header',
  'footer',
  'table',
  'ul',
  'ol',
]);

/** The named references report pages use; any other stays as written (never guessed). */
const NAMED: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  laquo: '«',
  raquo: '»',
  middot: '·',
  bull: '•',
  copy: '©',
  reg: '®',
  deg: '°',
  eacute: 'é',
  egrave: 'è',
  agrave: 'à',
  aacute: 'á',
  ccedil: 'ç',
  uuml: 'ü',
  ouml: 'ö',
  auml: 'ä',
  iacute: 'í',
  oacute: 'ó',
  uacute: 'ú',
  ntilde: 'ñ',
  zwnj: '\u200c',
  zwj: '\u200d',
  lrm: '\u200e',
  rlm: '\u200f',
};

const decodeReferences = (text: string): string =>
  text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code =
        ref[1] === 'x' || ref[1] === 'X' ? Number.parseInt(ref.slice(2), 16) : Number(ref.slice(1));
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff)
        ? String.fromCodePoint(code)
        : '\ufffd';
    }
    return NAMED[ref.toLowerCase()] ?? whole;
  });

/** The tag name at `text[at]` (just after `<` or `</`), lower case. */
const tagNameAt = (text: string, at: number): string => {
  // A tag name starts with a letter: `3<4` is text.
  if (!/[A-Za-z]/.test(text[at] ?? '')) return '';
  let end = at;
  while (end < text.length && /[A-Za-z0-9-]/.test(text[end] as string)) end++;
  return text.slice(at, end).toLowerCase();
};

/** Where the tag starting at `open` ends (past its `>`), skipping `>` inside quoted attributes. */
const tagEnd = (text: string, open: number): number => {
  let quote = '';
  for (let i = open + 1; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '>') return i + 1;
  }
  return text.length;
};

/** Text between tags: line breaks in the source are spaces; only block ends break lines. */
const textOf = (raw: string): string => decodeReferences(raw.replace(/\s+/g, ' '));

export const htmlToText = (html: string): string => {
  const parts: string[] = [];
  const lower = html.toLowerCase();
  let at = 0;
  while (at < html.length) {
    const open = html.indexOf('<', at);
    if (open === -1) {
      parts.push(textOf(html.slice(at)));
      break;
    }
    parts.push(textOf(html.slice(at, open)));
    if (html.startsWith('<!--', open)) {
      const close = html.indexOf('-->', open + 4);
      at = close === -1 ? html.length : close + 3;
      continue;
    }
    const closing = html[open + 1] === '/';
    const name = tagNameAt(html, open + (closing ? 2 : 1));
    if (name === '') {
      // `<!doctype …>`, `<?xml …>` are dropped; a lone '<' in text is kept as text.
      if (html[open + 1] === '!' || html[open + 1] === '?') at = tagEnd(html, open);
      else {
        parts.push('<');
        at = open + 1;
      }
      continue;
    }
    at = tagEnd(html, open);
    if (!closing && SKIPPED.has(name)) {
      // Everything up to the matching end tag is not text (scripts may hold '<' and tags).
      const close = lower.indexOf(`</${name}`, at);
      at = close === -1 ? html.length : tagEnd(html, close);
      continue;
    }
    if (BLOCKS.has(name) && (closing || name === 'br')) parts.push('\n');
  }
  return parts
    .join('')
    .replace(/[ \t\u00a0\r]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
};

/** A report file as text: HTML (by name, or text that starts with a tag) is read as above. */
export const reportText = (fileName: string, text: string): string =>
  /\.html?$/i.test(fileName) || /^\s*</.test(text) ? htmlToText(text) : text;

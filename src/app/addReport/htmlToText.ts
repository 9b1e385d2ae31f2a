/**
 * The readable text of an HTML report. Parsed into an inert document (scripts never run, nothing
 * is rendered), then read as text: report markup is never shown as HTML.
 */
export const htmlToText = (html: string): string => {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  for (const element of doc.querySelectorAll('script, style, noscript, template, iframe, svg'))
    element.remove();
  for (const block of doc.querySelectorAll(
    'p, div, br, li, h1, h2, h3, h4, h5, h6, tr, section, article',
  )) {
    block.append(doc.createTextNode('\n'));
  }
  return (doc.body?.textContent ?? '')
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/\n\s*\n\s*/g, '\n\n')
    .trim();
};

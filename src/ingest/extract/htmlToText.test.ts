import { describe, expect, it } from 'vitest';
import { htmlToText, reportText } from './htmlToText';

describe('htmlToText', () => {
  it('keeps the text, drops tags, scripts, styles and comments, ends blocks with a line', () => {
    const html = `<!doctype html><html><head><title>Page title 9 killed</title>
      <style>p { content: "12 killed" }</style>
      <script>var s = "<p>40 killed</p>"; if (a < b) alert(1)</script></head>
      <body><h1>Strikes on Idlib</h1><!-- 77 killed in a comment -->
      <p>At least <b>25</b> people were killed,<br>including 10 children.</p>
      <noscript>enable scripts</noscript><svg><text>3 dead</text></svg>
      <div onclick="x > 1 && y">Source: White&nbsp;Helmets &amp; SOHR &#8211; &#x2014; &ldquo;ok&rdquo; &unknownref;</div>
      </body></html>`;
    expect(htmlToText(html)).toBe(
      'Strikes on Idlib\nAt least 25 people were killed,\nincluding 10 children.\nSource: White Helmets & SOHR – — “ok” &unknownref;',
    );
  });

  it('keeps a lone < of the text', () => {
    expect(htmlToText('<p>a < b and 3<4</p>')).toBe('a < b and 3<4');
  });

  it('runs in linear time on hostile input (unclosed tags, quotes, scripts)', () => {
    const time = (n: number) => {
      const html = `${'<a href="'.repeat(n)}${'<script>'.repeat(n)}${'&amp'.repeat(n)}`;
      const start = performance.now();
      htmlToText(html);
      return performance.now() - start;
    };
    time(20_000);
    const small = time(50_000);
    const large = time(400_000);
    // 8× the input: a linear pass takes about 8× as long, a quadratic one about 64×.
    expect(large / Math.max(small, 1)).toBeLessThan(30);
  });
});

describe('reportText', () => {
  it.each([
    ['report.html', '<p>x</p>', 'x'],
    ['REPORT.HTM', 'plain <b>', 'plain'],
    ['-', '  <div>y</div>', 'y'],
    ['notes.txt', 'a <b> c', 'a <b> c'],
  ])('reads %s as HTML only when it is HTML', (name, text, expected) => {
    expect(reportText(name, text)).toBe(expected);
  });
});

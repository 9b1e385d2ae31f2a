import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { realCorpus } from './corpora';

const manifest = JSON.parse(
  readFileSync(new URL('./real-test.manifest.json', import.meta.url), 'utf8'),
) as { files: Record<string, { sha256: string; reports: number; records: number }> };

const sha256 = (name: string) =>
  createHash('sha256')
    .update(readFileSync(new URL(`./${name}`, import.meta.url)))
    .digest('hex');

describe('the real report corpus', () => {
  it.each(Object.keys(manifest.files))(
    '%s is the frozen version (its hash is in the manifest)',
    (name) => {
      expect(sha256(name)).toBe(manifest.files[name]?.sha256);
    },
  );

  const all = [...realCorpus('dev'), ...realCorpus('test')];

  it('has 120 reports or more, from 6 conflicts and 20 publishers or more, each with its URL', () => {
    expect(all.length).toBeGreaterThanOrEqual(120);
    expect(new Set(all.map((r) => r.conflict)).size).toBeGreaterThanOrEqual(6);
    expect(
      new Set(all.map((r) => r.publisher.replace(/ \(.*\)$/, ''))).size,
    ).toBeGreaterThanOrEqual(20);
    expect(all.every((r) => /^https?:\/\//.test(r.url))).toBe(true);
    expect(new Set(all.map((r) => r.id)).size).toBe(all.length);
  });

  it('keeps excerpts short and never puts a test report into the dev part', () => {
    expect(Math.max(...all.map((r) => r.text.length))).toBeLessThan(1200);
    const dev = new Set(realCorpus('dev').map((r) => r.url));
    expect(realCorpus('test').filter((r) => dev.has(r.url))).toEqual([]);
  });

  it('codes every figure by the codebook: a minimum never above its maximum, no day after publication', () => {
    for (const report of all)
      for (const g of report.records) {
        for (const [min, max] of [g.deaths, g.children ?? [null, null], g.injured ?? [null, null]])
          if (min !== null && max !== null) expect(min, report.id).toBeLessThanOrEqual(max);
        for (const day of g.dates)
          if (day !== null) expect(day <= report.published, report.id).toBe(true);
      }
  });
});

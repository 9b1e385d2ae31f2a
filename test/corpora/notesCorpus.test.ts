import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseEventNotes } from '../eval/labelledCorpus';

const read = (name: string) => readFileSync(new URL(`./${name}`, import.meta.url));
const manifest = JSON.parse(read('notes-test.manifest.json').toString('utf8')) as {
  files: Record<string, { sha256: string; notes: number }>;
};

describe("the coders' event notes corpus", () => {
  it.each(Object.keys(manifest.files))('%s is the frozen version', (name) => {
    expect(createHash('sha256').update(read(name)).digest('hex')).toBe(
      manifest.files[name]?.sha256,
    );
    expect(parseEventNotes(read(name).toString('utf8'), name)).toHaveLength(
      manifest.files[name]?.notes ?? -1,
    );
  });

  it('has 79 notes or more, none in both parts', () => {
    const dev = parseEventNotes(read('notes-dev.jsonl').toString('utf8'), 'notes-dev.jsonl');
    const test = parseEventNotes(read('notes-test.jsonl').toString('utf8'), 'notes-test.jsonl');
    expect(dev.length + test.length).toBeGreaterThanOrEqual(79);
    const devIds = new Set(dev.map((n) => n.id));
    expect(test.filter((n) => devIds.has(n.id))).toEqual([]);
  });
});

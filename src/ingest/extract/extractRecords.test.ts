import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { testGazetteer } from '../../../test/fixtures/test-gazetteer';
import { extractRecords } from './extractRecords';

const gazetteer = testGazetteer();
const extract = (text: string, published = '2024-12-02') =>
  extractRecords(text, { published, gazetteer });

// The founding report is team material outside the repository and is not copied into it.
// TOLLTRACK_SEED_DIR overrides where it is looked for.
const here = dirname(fileURLToPath(import.meta.url));
const seedDir =
  process.env.TOLLTRACK_SEED_DIR ?? join(here, '..', '..', '..', '..', 'shared', 'seed');
const seedFile = existsSync(seedDir)
  ? readdirSync(seedDir).find((f) => f.endsWith('.txt'))
  : undefined;

describe('the founding report (published 2024-12-02)', () => {
  // CI has ../shared beside the clone: a missing seed must fail loudly, never skip silently.
  if (seedFile === undefined)
    throw new Error(`founding report not found in ${seedDir} (expected ../shared/seed/*.txt)`);
  const text = readFileSync(join(seedDir, seedFile), 'utf8');
  const records = extract(text);

  it('yields exactly two records: the Idlib strike and the running total', () => {
    expect(records).toHaveLength(2);
  });

  it('codes the strike as an incident in Idlib city of at least 25, 10 of them children', () => {
    expect(records[0]).toMatchObject({
      kind: 'incident',
      placeId: 'C3871',
      admin1: 'Idleb',
      killedMin: 25,
      killedMax: null,
      childrenMin: 10,
      childrenMax: 10,
      eventType: 'air strike',
      perpetrator: 'Russian and Syrian jets',
      attributedTo: ['White Helmets (Syria Civil Defence)'],
      periodStart: null,
      dateEnd: '2024-12-02',
      vague: { injured: 'dozens' },
    });
  });

  it('codes the 56 since 27 November as a cumulative record with 20 children', () => {
    expect(records[1]).toMatchObject({
      kind: 'cumulative',
      totalType: 'running',
      killedMin: 56,
      killedMax: 56,
      childrenMin: 20,
      childrenMax: 20,
      periodStart: '2024-11-27',
      dateStart: '2024-11-27',
      dateEnd: '2024-12-02',
      attributedTo: ['White Helmets (Syria Civil Defence)'],
    });
  });

  it('points every figure at the sentence it came from', () => {
    for (const record of records)
      for (const e of record.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
    expect(records[1]?.evidence.map((e) => e.supports)).toEqual([['killed', 'children']]);
  });
});

describe('extractRecords', () => {
  it.each([
    ['At least 25 people were killed in Ariha on Sunday.', 25, null],
    ['More than 25 people were killed in Ariha on Sunday.', 25, null],
    ['About 25 people were killed in Ariha on Sunday.', 25, null],
    ['Up to 25 people were killed in Ariha on Sunday.', 0, 25],
    ['Between 20 and 30 people were killed in Ariha on Sunday.', 20, 30],
    ['Twenty-five people were killed in Ariha on Sunday.', 25, 25],
    ['Shelling on Ariha on Sunday killed 1,200 people.', 1200, 1200],
    ['Dozens of people were killed in Ariha on Sunday.', null, null],
  ])('%s → killed %s..%s', (text, min, max) => {
    const [record] = extract(text);
    expect(record).toMatchObject({
      killedMin: min,
      killedMax: max,
      placeId: 'C4278',
      dateStart: '2024-12-01',
    });
  });

  it('keeps the vague word for the reviewer instead of a number', () => {
    expect(extract('Dozens of people were killed in Ariha on Sunday.')[0]?.vague).toEqual({
      killed: 'dozens',
    });
  });

  it.each([
    ['a report with no figures', 'Rebels entered the town of Ariha on Sunday.'],
    ['a war-long total', 'The war has killed hundreds of thousands of people since 2011.'],
    ['injured only', 'Five people were injured in Ariha on Sunday.'],
    ['people displaced', 'About 4,000 people fled Ariha on Sunday.'],
  ])('returns nothing for %s', (_, text) => {
    expect(extract(text)).toEqual([]);
  });

  it('never dates a record after publication', () => {
    const [record] = extract('On December 30, four people were killed in Ariha.', '2025-01-03');
    expect(record?.dateStart).toBe('2024-12-30');
  });

  it('keeps two sources that disagree as two records', () => {
    const records = extract(
      'SOHR said 11 people died in Ariha on Sunday. The White Helmets put the toll at 15.',
    );
    expect(records.map((r) => [r.killedMin, r.attributedTo])).toEqual([
      [11, ['Syrian Observatory for Human Rights (SOHR)']],
      [15, ['White Helmets (Syria Civil Defence)']],
    ]);
  });

  it('maps a town to its district and governorate', () => {
    expect(extract('Nine people were killed in Saraqeb on Sunday.')[0]).toMatchObject({
      placeId: 'C3916',
      admin2: 'Idleb',
      admin1: 'Idleb',
      country: 'Syria',
    });
  });

  it('keeps a village the gazetteer lacks, named in the next sentence, by its own name', () => {
    const [record] = extract(
      'An air strike killed five civilians in Sagaing region on Sunday. Jets bombed Nyaung Kone village.',
    );
    expect(record).toMatchObject({ place: 'Nyaung Kone', admin1: 'Sagaing', placeId: null });
  });

  it('prefers a village the text names to the town around it', () => {
    const [record] = extract("Shelling killed 12 people in Thandwe township's Lin Thi village.");
    expect(record?.place).toBe('Lin Thi');
  });

  it('names no place for a figure placed only in a country, and reads "Gaza" as the Strip', () => {
    expect(extract('Four soldiers were killed in Mali on Sunday.')[0]).toMatchObject({
      place: null,
      country: 'Mali',
    });
    expect(extract('Strikes across Gaza killed 30 people on Sunday.')[0]?.place).toBe('Gaza Strip');
  });

  it("reads plural strikes that killed as one day's total over a territory", () => {
    const [record] = extract('Israeli strikes in Gaza on Sunday killed at least 30 people.');
    expect(record).toMatchObject({ kind: 'cumulative', totalType: 'daily', admin1: null });
  });

  it('keeps a known source and drops the person who spoke for it, or a weekday', () => {
    const [record] = extract(
      'Four people were killed in Ariha on Sunday, police spokesman Talib Mangal said on Tuesday.',
    );
    expect(record?.attributedTo).toEqual(['Police']);
  });

  it('gives a statement that names no source to its publisher when the publisher is a source', () => {
    const [record] = extractRecords('At least 44 civilians were killed in Ariha on Sunday.', {
      published: '2024-12-02',
      gazetteer,
      publisher: 'OCHA (ReliefWeb)',
    });
    expect(record?.attributedTo).toEqual(['OCHA']);
  });

  it.each([
    [
      'a person noun after "a", with words between',
      'A Senegalese peacekeeper was killed in Ariha.',
      1,
    ],
    [
      'a bare person noun after a killing verb',
      'Unidentified gunmen kill NISS officer in Ariha.',
      1,
    ],
    ['a sentence opening with a person noun', 'Farmer killed in Ariha.', 1],
    ['"dead" as the noun', 'Eight dead due to clan fighting in Ariha.', 8],
    ['a verb before "including"', 'Four killed, including one soldier, in Ariha.', 4],
    ['a day/month date', 'Two are killed during a raid on Ariha on 18/06.', 2],
    ['a hyphenated title', 'A senior non-commissioned officer was killed in Ariha.', 1],
    [
      'across a bracketed aside',
      'At least 36 soldiers from the Solid Structure (Bunyan Marsous) operations room were killed in Ariha.',
      36,
    ],
    [
      'not the doers of an active verb',
      'A policeman was killed in Ariha. Three militants executed the operation.',
      1,
    ],
    [
      'not the injured after "killed and"',
      'A police officer was killed and two conscripts injured in Ariha.',
      1,
    ],
  ])('counts %s', (_, text, deaths) => {
    expect(extract(text, '2016-06-25').map((r) => r.killedMin)).toEqual([deaths]);
  });

  it('does not count the official who speaks', () => {
    expect(extract('A local official confirmed that the deaths took place in Ariha.')).toEqual([]);
  });

  it('reads the day a source told a named outlet as the statement day, not the event day', () => {
    const [record] = extract(
      'Five civilians were killed in Ariha, an official told Radio Free Asia on Monday.',
    );
    expect([record?.dateStart, record?.dateEnd]).toEqual([null, '2024-12-02']);
  });

  it('reads "a child was among three people killed" as three, one of them a child', () => {
    expect(extract('A child was among three people killed in Ariha on Sunday.')[0]).toMatchObject({
      killedMin: 3,
      childrenMin: 1,
    });
  });

  it('reads a town of the world gazetteer named with "district" after it', () => {
    const [record] = extract(
      'Gunmen stormed an office in the remote Mastung district of Balochistan province, killing a teenager.',
      '2025-07-01',
    );
    expect(record).toMatchObject({ place: 'Mastung', admin1: 'Balochistan' });
  });
});

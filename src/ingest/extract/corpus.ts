/*
 * SYNTHETIC TEST REPORTS — LABELLED FICTION, NOT REAL EVENTS.
 *
 * Every report below was written for this test suite. The places are real (so that the
 * gazetteer is exercised) but the strikes, figures, dates and quotes are invented, and no text
 * was copied from any news source. Never import this file into the product or the dataset.
 *
 * Labels follow the extraction codebook (see readQuantity.ts): "at least N" → min N, max null;
 * exact N → N/N; "about N" → min N, max null; "up to N" → 0/N; vague words → null; cumulative
 * totals carry periodStart = dateStart; an incident whose text gives no date has dateStart null
 * and dateEnd = the publication day; a record whose text names no place is the country (SY) if
 * cumulative, or the title's place if an incident.
 */
import type { IsoDay } from '../../model/isoDay';

export interface ExpectedRecord {
  kind: 'incident' | 'cumulative';
  dateStart: IsoDay | null;
  dateEnd: IsoDay | null;
  periodStart: IsoDay | null;
  placeId: string | null;
  killedMin: number | null;
  killedMax: number | null;
  childrenMin: number | null;
  childrenMax: number | null;
  attributedTo: string[];
  eventType: string | null;
}

export interface CorpusReport {
  id: string;
  /** What the report exercises. */
  about: string;
  published: IsoDay;
  text: string;
  expected: ExpectedRecord[];
}

const WH = 'White Helmets (Syria Civil Defence)';
const SOHR = 'Syrian Observatory for Human Rights (SOHR)';
const SNHR = 'Syrian Network for Human Rights (SNHR)';

type Partial0 = Partial<ExpectedRecord> & Pick<ExpectedRecord, 'kind' | 'killedMin' | 'killedMax'>;
const rec = (r: Partial0): ExpectedRecord => ({
  dateStart: null,
  dateEnd: null,
  periodStart: null,
  placeId: null,
  childrenMin: null,
  childrenMax: null,
  attributedTo: [],
  eventType: null,
  ...r,
});

export const CORPUS: CorpusReport[] = [
  {
    id: 'c01',
    about: 'exact figure, weekday, town, known source',
    published: '2024-12-04',
    text: 'Air strikes hit a vegetable market in Ariha on Monday. Nine people were killed and 23 wounded, the White Helmets said.',
    expected: [
      rec({
        kind: 'incident',
        dateStart: '2024-12-02',
        dateEnd: '2024-12-02',
        placeId: 'C4278',
        killedMin: 9,
        killedMax: 9,
        attributedTo: [WH],
        eventType: 'air strike',
      }),
    ],
  },
  {
    id: 'c02',
    about: 'at least, including children, yesterday',
    published: '2024-11-30',
    text: 'At least 14 civilians, including five children, were killed yesterday when shells landed on a residential street in Atarib, according to the Syrian Observatory for Human Rights.',
    expected: [
      rec({
        kind: 'incident',
        dateStart: '2024-11-29',
        dateEnd: '2024-11-29',
        placeId: 'C1022',
        killedMin: 14,
        killedMax: null,
        childrenMin: 5,
        childrenMax: 5,
        attributedTo: [SOHR],
        eventType: 'shelling',
      }),
    ],
  },
  {
    id: 'c03',
    about: 'negative: no casualty figures',
    published: '2024-12-05',
    text: 'Rebel factions said they had taken control of several villages east of Hama. Residents reported heavy traffic on the road north as families left the area. No casualty figures were available.',
    expected: [],
  },
  {
    id: 'c04',
    about: 'historical aside must not become a record',
    published: '2024-12-06',
    text: 'Since the war began in 2011, the fighting has killed more than half a million people. On Thursday a drone strike on a car near Sarmada killed two men, local rescuers said.',
    expected: [
      rec({
        kind: 'incident',
        dateStart: '2024-12-05',
        dateEnd: '2024-12-05',
        placeId: 'C4121',
        killedMin: 2,
        killedMax: 2,
        attributedTo: [],
        eventType: 'drone strike',
      }),
    ],
  },
  {
    id: 'c05',
    about: 'cumulative since date, with children',
    published: '2024-12-03',
    text: 'The Syrian Network for Human Rights said on Tuesday that 149 civilians, among them 35 children, have been killed in the north-west since November 27.',
    expected: [
      rec({
        kind: 'cumulative',
        dateStart: '2024-11-27',
        dateEnd: '2024-12-03',
        periodStart: '2024-11-27',
        placeId: 'SY',
        killedMin: 149,
        killedMax: 149,
        childrenMin: 35,
        childrenMax: 35,
        attributedTo: [SNHR],
      }),
    ],
  },
  {
    id: 'c06',
    about: 'two sources disagree in one report',
    published: '2024-12-02',
    text: 'A strike on a bakery in Maarat al-Numan on Sunday left at least 11 people dead, SOHR said. The White Helmets put the toll at 15, including four children.',
    expected: [
      rec({
        kind: 'incident',
        dateStart: '2024-12-01',
        dateEnd: '2024-12-01',
        placeId: 'C3985',
        killedMin: 11,
        killedMax: null,
        attributedTo: [SOHR],
        eventType: 'air strike',
      }),
      rec({
        kind: 'incident',
        dateStart: '2024-12-01',
        dateEnd: '2024-12-01',
        placeId: 'C3985',
        killedMin: 15,
        killedMax: 15,
        childrenMin: 4,
        childrenMax: 4,
        attributedTo: [WH],
        eventType: 'air strike',
      }),
    ],
  },
  {
    id: 'c07',
    about: 'range between X and Y',
    published: '2025-01-10',
    text: 'Between 20 and 30 fighters died in clashes near Manbij on January 8, a monitor said. The figures could not be verified independently.',
    expected: [
      rec({
        kind: 'incident',
        dateStart: '2025-01-08',
        dateEnd: '2025-01-08',
        placeId: 'C1767',
        killedMin: 20,
        killedMax: 30,
        eventType: 'ground clash',
      }),
    ],
  },
  {
    id: 'c08',
    about: 'hyphen range and words',
    published: '2025-01-12',
    text: 'Witnesses said 5-6 people were killed when a car bomb exploded in Azaz on Saturday. Twenty-three others were wounded.',
    expected: [
      rec({
        kind: 'incident',
        dateStart: '2025-01-11',
        dateEnd: '2025-01-11',
        placeId: 'C1564',
        killedMin: 5,
        killedMax: 6,
        eventType: 'explosion',
      }),
    ],
  },
  {
    id: 'c09',
    about: 'vague quantity only',
    published: '2024-12-08',
    text: 'Dozens of people were killed in artillery fire on the outskirts of Homs overnight, residents said. Hospitals in the city appealed for blood donations.',
    expected: [
      rec({
        kind: 'incident',
        dateStart: '2024-12-07',
        dateEnd: '2024-12-08',
        placeId: 'C2528',
        killedMin: null,
        killedMax: null,
        eventType: 'shelling',
      }),
    ],
  },
  {
    id: 'c10',
    about: 'number words and a dozen',
    published: '2024-12-10',
    text: 'A dozen people died on Sunday after an explosion tore through a fuel depot in Al Bab. Seven of the dead were children, the local council said.',
    expected: [
      rec({
        kind: 'incident',
        dateStart: '2024-12-08',
        dateEnd: '2024-12-08',
        placeId: 'C1202',
        killedMin: 12,
        killedMax: 12,
        childrenMin: 7,
        childrenMax: 7,
        eventType: 'explosion',
      }),
    ],
  },
  {
    id: 'c11',
    about: 'more than N, governorate only',
    published: '2024-12-01',
    text: 'More than 40 people were killed in Russian air strikes across Idlib province on Saturday, according to the White Helmets.',
    expected: [
      rec({
        kind: 'incident',
        dateStart: '2024-11-30',
        dateEnd: '2024-11-30',
        placeId: 'SY07',
        killedMin: 40,
        killedMax: null,
        attributedTo: [WH],
        eventType: 'air strike',
      }),
    ],
  },
  {
    id: 'c12',
    about: 'Arabic spelling variant (Deir Ezzor) and city rule',
    published: '2025-02-03',
    text: 'Two civilians were killed by a landmine in the city of Deir Ezzor on February 1, SOHR reported.',
    expected: [
      rec({
        kind: 'incident',
        dateStart: '2025-02-01',
        dateEnd: '2025-02-01',
        placeId: 'C5086',
        killedMin: 2,
        killedMax: 2,
        attributedTo: [SOHR],
        eventType: 'explosion',
      }),
    ],
  },
  {
    id: 'c13',
    about: 'Arabic spelling variant (Dayr az Zawr governorate)',
    published: '2025-02-05',
    text: 'In Dayr az Zawr province, at least six fighters were killed in a drone strike on Tuesday, the observatory said.',
    expected: [
      rec({
        kind: 'incident',
        dateStart: '2025-02-04',
        dateEnd: '2025-02-04',
        placeId: 'SY09',
        killedMin: 6,
        killedMax: null,
        attributedTo: [SOHR],
        eventType: 'drone strike',
      }),
    ],
  },
  {
    id: 'c14',
    about: 'cumulative, past N days',
    published: '2024-11-29',
    text: 'Save the Children said 27 people, eight of them children, had been killed in the last three days of fighting in north-west Syria.',
    expected: [
      rec({
        kind: 'cumulative',
        dateStart: '2024-11-27',
        dateEnd: '2024-11-29',
        periodStart: '2024-11-27',
        placeId: 'SY',
        killedMin: 27,
        killedMax: 27,
        childrenMin: 8,
        childrenMax: 8,
        attributedTo: ['Save the Children'],
        eventType: 'ground clash',
      }),
    ],
  },
  {
    id: 'c15',
    about: 'since weekday (relative cumulative)',
    published: '2024-11-29',
    text: 'At least 242 people have been killed since Wednesday in the offensive in northern Syria, the Syrian Observatory for Human Rights said.',
    expected: [
      rec({
        kind: 'cumulative',
        dateStart: '2024-11-27',
        dateEnd: '2024-11-29',
        periodStart: '2024-11-27',
        placeId: 'SY',
        killedMin: 242,
        killedMax: null,
        attributedTo: [SOHR],
      }),
    ],
  },
  {
    id: 'c16',
    about: 'headline repeats body figure (merge, not duplicate)',
    published: '2024-12-09',
    text: 'Shelling kills 8 in Jisr al-Shughur\nEight people were killed on Monday when rockets fell on the centre of Jisr al-Shughur, the civil defence said. Another 19 were injured.',
    expected: [
      rec({
        kind: 'incident',
        dateStart: '2024-12-09',
        dateEnd: '2024-12-09',
        placeId: 'C4199',
        killedMin: 8,
        killedMax: 8,
        attributedTo: [WH],
        eventType: 'shelling',
      }),
    ],
  },
  {
    id: 'c17',
    about: 'two incidents in one sentence',
    published: '2024-12-04',
    text: 'On Tuesday, air strikes killed five people in Saraqeb and three in Binnish, rescuers said.',
    expected: [
      rec({
        kind: 'incident',
        dateStart: '2024-12-03',
        dateEnd: '2024-12-03',
        placeId: 'C3916',
        killedMin: 5,
        killedMax: 5,
        attributedTo: [],
        eventType: 'air strike',
      }),
      rec({
        kind: 'incident',
        dateStart: '2024-12-03',
        dateEnd: '2024-12-03',
        placeId: 'C3904',
        killedMin: 3,
        killedMax: 3,
        attributedTo: [],
        eventType: 'air strike',
      }),
    ],
  },
  {
    id: 'c18',
    about: 'up to N',
    published: '2025-03-02',
    text: 'Up to 12 people may have died in the collapse of a building hit by a missile in Daraa on Friday, a doctor at the city hospital told reporters.',
    expected: [
      rec({
        kind: 'incident',
        dateStart: '2025-02-28',
        dateEnd: '2025-02-28',
        placeId: 'SY12',
        killedMin: 0,
        killedMax: 12,
        eventType: 'missile attack',
      }),
    ],
  },
  {
    id: 'c19',
    about: 'about N (approximate), bodies recovered',
    published: '2025-03-15',
    text: 'Rescue teams recovered the bodies of about 30 people from the rubble in Jableh last week, the health ministry said.',
    expected: [
      rec({
        kind: 'incident',
        dateStart: '2025-03-03',
        dateEnd: '2025-03-09',
        placeId: 'SY0602',
        killedMin: 30,
        killedMax: null,
      }),
    ],
  },
  {
    id: 'c20',
    about: 'absolute date with year, women',
    published: '2024-12-20',
    text: 'On 18 December 2024, a drone attack on a minibus near Tal Abyad killed seven civilians, including three women, according to local sources.',
    expected: [
      rec({
        kind: 'incident',
        dateStart: '2024-12-18',
        dateEnd: '2024-12-18',
        placeId: 'C5792',
        killedMin: 7,
        killedMax: 7,
        attributedTo: ['local sources'],
        eventType: 'drone strike',
      }),
    ],
  },
  {
    id: 'c21',
    about: 'death toll rose (incident, not cumulative)',
    published: '2024-12-03',
    text: "The death toll from Sunday's strike on a hospital entrance in Aleppo rose to 12, the White Helmets said on Tuesday.",
    expected: [
      rec({
        kind: 'incident',
        dateStart: '2024-12-01',
        dateEnd: '2024-12-01',
        placeId: 'SY02',
        killedMin: 12,
        killedMax: 12,
        attributedTo: [WH],
        eventType: 'air strike',
      }),
    ],
  },
  {
    id: 'c22',
    about: 'negative: numbers that are not casualties',
    published: '2024-12-04',
    text: 'About 48,000 people have fled their homes in the past week, the UN said. Convoys of 30 trucks carried aid across the border, and 14 schools were turned into shelters.',
    expected: [],
  },
  {
    id: 'c23',
    about: 'injured only: no record',
    published: '2024-12-05',
    text: 'Eleven people were wounded on Wednesday when a mortar round hit a school yard in Dana, teachers said.',
    expected: [],
  },
  {
    id: 'c24',
    about: 'daily total, past 24 hours',
    published: '2024-12-02',
    text: 'In the past 24 hours, 31 civilians were killed across Idlib and Aleppo, the White Helmets reported.',
    expected: [
      rec({
        kind: 'cumulative',
        dateStart: '2024-12-01',
        dateEnd: '2024-12-02',
        placeId: 'SY',
        killedMin: 31,
        killedMax: 31,
        attributedTo: [WH],
      }),
    ],
  },
  {
    id: 'c25',
    about: 'lost their lives, yearless date',
    published: '2025-01-03',
    text: 'Four paramedics lost their lives on December 30 when their ambulance was shelled outside Kafranbel, the Syrian American Medical Society said.',
    expected: [
      rec({
        kind: 'incident',
        dateStart: '2024-12-30',
        dateEnd: '2024-12-30',
        placeId: 'C4068',
        killedMin: 4,
        killedMax: 4,
        attributedTo: ['Syrian American Medical Society (SAMS)'],
        eventType: 'shelling',
      }),
    ],
  },
  {
    id: 'c26',
    about: 'nearly N',
    published: '2025-01-20',
    text: 'Nearly 50 people died in heavy fighting around Tishreen Dam and the town of Manbij over the weekend, SOHR said.',
    expected: [
      rec({
        kind: 'incident',
        dateStart: '2025-01-18',
        dateEnd: '2025-01-19',
        placeId: 'C1767',
        killedMin: 50,
        killedMax: null,
        attributedTo: [SOHR],
        eventType: 'ground clash',
      }),
    ],
  },
  {
    id: 'c27',
    about: 'children-only figure (UNICEF style)',
    published: '2024-12-02',
    text: 'UNICEF said at least seven children had been killed in the north-west since 27 November, and called on all parties to protect civilians.',
    expected: [
      rec({
        kind: 'cumulative',
        dateStart: '2024-11-27',
        dateEnd: '2024-12-02',
        periodStart: '2024-11-27',
        placeId: 'SY',
        killedMin: 7,
        killedMax: null,
        childrenMin: 7,
        childrenMax: null,
        attributedTo: ['UNICEF'],
      }),
    ],
  },
  {
    id: 'c28',
    about: 'subset in a following sentence',
    published: '2024-12-06',
    text: 'Government shelling killed 17 people in Sarmin on Thursday, according to the civil defence. Among the dead were six children and two women.',
    expected: [
      rec({
        kind: 'incident',
        dateStart: '2024-12-05',
        dateEnd: '2024-12-05',
        placeId: 'C3953',
        killedMin: 17,
        killedMax: 17,
        childrenMin: 6,
        childrenMax: 6,
        attributedTo: [WH],
        eventType: 'shelling',
      }),
    ],
  },
  {
    id: 'c29',
    about: 'historical aside with vague thousands',
    published: '2024-12-07',
    text: 'Thousands died in the same city during the siege a decade ago. On Friday, three people were killed by a sniper in Hama, a local activist said.',
    expected: [
      rec({
        kind: 'incident',
        dateStart: '2024-12-06',
        dateEnd: '2024-12-06',
        placeId: 'SY05',
        killedMin: 3,
        killedMax: 3,
        eventType: 'shooting',
      }),
    ],
  },
  {
    id: 'c30',
    about: 'cumulative with total word, month',
    published: '2025-01-02',
    text: 'SNHR documented the deaths of 503 civilians in Syria in December, including 77 children, it said in its monthly report.',
    expected: [
      rec({
        kind: 'cumulative',
        dateStart: '2024-12-01',
        dateEnd: '2024-12-31',
        periodStart: '2024-12-01',
        placeId: 'SY',
        killedMin: 503,
        killedMax: 503,
        childrenMin: 77,
        childrenMax: 77,
        attributedTo: [SNHR],
      }),
    ],
  },
  {
    id: 'c31',
    about: 'over N, district town, two days ago',
    published: '2025-02-10',
    text: 'Over 20 people were killed two days ago when an air raid hit a crowded street in Douma, medics said.',
    expected: [
      rec({
        kind: 'incident',
        dateStart: '2025-02-08',
        dateEnd: '2025-02-08',
        placeId: 'C2338',
        killedMin: 20,
        killedMax: null,
        eventType: 'air strike',
      }),
    ],
  },
  {
    id: 'c32',
    about: 'negative: figures of displacement and property only',
    published: '2024-12-11',
    text: 'The Hama health directorate said 3 hospitals had stopped working. Some 12,000 families arrived in camps near Sarmada over the past five days.',
    expected: [],
  },
  {
    id: 'c33',
    about: 'Arabic-transliteration variant (Khan Sheikhoun)',
    published: '2024-12-12',
    text: 'An air strike on Khan Sheikhoun on Wednesday killed 6 members of one family, including 4 children, the White Helmets said.',
    expected: [
      rec({
        kind: 'incident',
        dateStart: '2024-12-11',
        dateEnd: '2024-12-11',
        placeId: 'C3987',
        killedMin: 6,
        killedMax: 6,
        childrenMin: 4,
        childrenMax: 4,
        attributedTo: [WH],
        eventType: 'air strike',
      }),
    ],
  },
  {
    id: 'c34',
    about: 'killing X and injuring Y',
    published: '2025-01-25',
    text: 'Turkish drones struck a gathering in Qamishli on Thursday, killing 3 people and injuring 11, the Kurdish-led administration said.',
    expected: [
      rec({
        kind: 'incident',
        dateStart: '2025-01-23',
        dateEnd: '2025-01-23',
        placeId: 'C4564',
        killedMin: 3,
        killedMax: 3,
        eventType: 'drone strike',
      }),
    ],
  },
  {
    id: 'c35',
    about: 'running total with total word and since month day',
    published: '2024-12-08',
    text: 'The total number of combatants killed since 27 November has reached 910, the Syrian Observatory for Human Rights said on Sunday.',
    expected: [
      rec({
        kind: 'cumulative',
        dateStart: '2024-11-27',
        dateEnd: '2024-12-08',
        periodStart: '2024-11-27',
        placeId: 'SY',
        killedMin: 910,
        killedMax: 910,
        attributedTo: [SOHR],
      }),
    ],
  },
  {
    id: 'c36',
    about: 'scores (vague) with exact body figure',
    published: '2024-12-13',
    text: 'Scores killed as jets pound Idlib\nAt least 44 people were killed on Thursday in air strikes on Idlib city and its suburbs, the civil defence said.',
    expected: [
      rec({
        kind: 'incident',
        dateStart: '2024-12-12',
        dateEnd: '2024-12-12',
        placeId: 'C3871',
        killedMin: 44,
        killedMax: null,
        attributedTo: [WH],
        eventType: 'air strike',
      }),
    ],
  },
  {
    id: 'c37',
    about: 'negative: quote and opinion, no figure',
    published: '2024-12-14',
    text: '"We will not stop until every village is free," a commander told a crowd in Azaz. Analysts said the advance could reshape the front lines for years.',
    expected: [],
  },
  {
    id: 'c38',
    about: 'date range from X to Y',
    published: '2024-12-10',
    text: 'From 1 December to 8 December, at least 120 civilians were killed in Hama governorate, SNHR said.',
    expected: [
      rec({
        kind: 'cumulative',
        dateStart: '2024-12-01',
        dateEnd: '2024-12-08',
        periodStart: '2024-12-01',
        placeId: 'SY05',
        killedMin: 120,
        killedMax: null,
        attributedTo: [SNHR],
      }),
    ],
  },
  {
    id: 'c39',
    about: 'explicit future date is ignored',
    published: '2024-12-15',
    text: 'A ceasefire meeting is planned for 20 December. On Saturday, a landmine killed two shepherds near Hajin, the observatory said.',
    expected: [
      rec({
        kind: 'incident',
        dateStart: '2024-12-14',
        dateEnd: '2024-12-14',
        placeId: 'C5175',
        killedMin: 2,
        killedMax: 2,
        attributedTo: [SOHR],
        eventType: 'explosion',
      }),
    ],
  },
  {
    id: 'c40',
    about: 'Raqqa spelling variant, a child',
    published: '2025-02-20',
    text: 'A child was killed and four people were wounded when a mortar shell struck a market in Raqqa city on Wednesday, according to Raqqa Civil Council.',
    expected: [
      rec({
        kind: 'incident',
        dateStart: '2025-02-19',
        dateEnd: '2025-02-19',
        placeId: 'C5710',
        killedMin: 1,
        killedMax: null,
        childrenMin: 1,
        childrenMax: 1,
        attributedTo: ['Raqqa Civil Council'],
        eventType: 'shelling',
      }),
    ],
  },
  {
    id: 'c41',
    about: 'inherited date from previous sentence',
    published: '2024-12-03',
    text: 'Russian warplanes bombed the outskirts of Darkush on Monday. Nine people died, among them a woman and her two daughters, rescuers said.',
    expected: [
      rec({
        kind: 'incident',
        dateStart: '2024-12-02',
        dateEnd: '2024-12-02',
        placeId: 'C4252',
        killedMin: 9,
        killedMax: 9,
        attributedTo: [],
        eventType: 'air strike',
      }),
    ],
  },
  {
    id: 'c42',
    about: 'no date at all: dateEnd = publication',
    published: '2024-12-16',
    text: 'Eighteen people were killed when shells hit a displacement camp near Armanaz, the White Helmets said. The camp housed about 300 families.',
    expected: [
      rec({
        kind: 'incident',
        dateStart: null,
        dateEnd: '2024-12-16',
        placeId: 'C4176',
        killedMin: 18,
        killedMax: 18,
        attributedTo: [WH],
        eventType: 'shelling',
      }),
    ],
  },
  {
    id: 'c43',
    about: 'hundreds of thousands, the conflict has',
    published: '2024-12-17',
    text: 'The conflict has claimed hundreds of thousands of lives. Aid agencies warned that winter would worsen conditions in Idlib.',
    expected: [],
  },
  {
    id: 'c44',
    about: 'confirmed by, SOHR acronym, Latakia spelling',
    published: '2025-03-08',
    text: 'At least 70 people were killed in fighting in Latakia province on Friday, as confirmed by SOHR. Other monitors gave higher figures.',
    expected: [
      rec({
        kind: 'incident',
        dateStart: '2025-03-07',
        dateEnd: '2025-03-07',
        placeId: 'SY06',
        killedMin: 70,
        killedMax: null,
        attributedTo: [SOHR],
        eventType: 'ground clash',
      }),
    ],
  },
];

import { readFileSync } from 'node:fs';
import {
  type CorpusReport,
  parseRealCorpus,
  parseSyntheticCorpus,
  type RealReport,
} from '../eval/labelledCorpus';

/** The labelled corpora beside this file, read for tests (the eval CLI reads them by path). */
const read = (name: string) => readFileSync(new URL(`./${name}.jsonl`, import.meta.url), 'utf8');

export const syntheticCorpus = (name: 'main' | 'held-out' | 'fresh'): CorpusReport[] =>
  parseSyntheticCorpus(read(`synthetic-${name}`), `synthetic-${name}.jsonl`);

export const realCorpus = (name: 'dev' | 'test'): RealReport[] =>
  parseRealCorpus(read(`real-${name}`), `real-${name}.jsonl`);

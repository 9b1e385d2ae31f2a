import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DOCUMENTED_COLUMNS } from './exportCodebook';
import {
  INCIDENT_EXPORT_COLUMNS,
  RECORD_EXTRA_COLUMNS,
  SERIES_COLUMNS,
  STATED_TOTAL_COLUMNS,
} from './exportTables';

const codebook = readFileSync(new URL('../../../data/README.md', import.meta.url), 'utf8');
const exported = codebook.slice(codebook.indexOf('## 16. Exported files'));

describe('export codebook', () => {
  it('describes every column the exports write', () => {
    for (const column of [
      ...RECORD_EXTRA_COLUMNS,
      ...INCIDENT_EXPORT_COLUMNS,
      ...STATED_TOTAL_COLUMNS,
      ...SERIES_COLUMNS,
    ])
      expect(DOCUMENTED_COLUMNS).toContain(column);
  });

  it.each([
    ...RECORD_EXTRA_COLUMNS,
    ...INCIDENT_EXPORT_COLUMNS,
    ...STATED_TOTAL_COLUMNS,
    ...SERIES_COLUMNS,
  ])('data/README.md §16 documents `%s`', (column) => {
    expect(exported).toContain(`\`${column}\``);
  });
});

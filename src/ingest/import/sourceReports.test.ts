import { describe, expect, it } from 'vitest';
import { createReportRegistry, splitOrganisations } from './sourceReports';

describe('splitOrganisations', () => {
  it.each([
    ['SOHR', ['SOHR']],
    ['SOHR;SOHR;Airwars', ['SOHR', 'Airwars']],
    [' SOHR ; Air Wars ;', ['SOHR', 'Air Wars']],
    ['', []],
  ])('%j → %j', (cell, expected) => {
    expect(splitOrganisations(cell)).toEqual(expected);
  });
});

describe('createReportRegistry', () => {
  const spec = {
    idPrefix: 'ucdp',
    publisher: 'P',
    url: 'https://ucdp.uu.se/downloads/',
    titlePrefix: 'T',
  };

  it('gives one report per set of organisations, whatever their order', () => {
    const registry = createReportRegistry(spec);
    const a = registry.reportFor(['SOHR', 'Airwars']);
    const b = registry.reportFor(['Airwars', 'SOHR']);
    const c = registry.reportFor(['SOHR']);
    expect(a).toBe(b);
    expect(a).toMatchObject({
      id: 'ucdp-airwars-sohr',
      attributedTo: ['Airwars', 'SOHR'],
      title: 'T: Airwars; SOHR',
    });
    expect(c.id).toBe('ucdp-sohr');
    expect(registry.reports()).toEqual([a, c]);
  });

  it('gives one report per (organisations, group) pair, the group in the id and title', () => {
    const registry = createReportRegistry({
      ...spec,
      titlePrefix: 'UCDP GED events',
      language: 'en',
    });
    const dyad = (idPart: string, label: string) => ({ idPart, key: idPart, label });
    const a = registry.reportFor(['SOHR'], dyad('11973', 'dyad: A – B'));
    const b = registry.reportFor(['SOHR'], dyad('973', 'dyad: C – D'));
    const c = registry.reportFor(['SOHR', 'Airwars'], dyad('11973', 'dyad: A – B'));
    expect(registry.reportFor(['SOHR'], dyad('11973', 'dyad: A – B'))).toBe(a);
    expect([a, b, c].map((r) => [r.id, r.title, r.language])).toEqual([
      ['ucdp-11973-sohr', 'UCDP GED events, dyad: A – B; sources: SOHR', 'en'],
      ['ucdp-973-sohr', 'UCDP GED events, dyad: C – D; sources: SOHR', 'en'],
      ['ucdp-11973-airwars-sohr', 'UCDP GED events, dyad: A – B; sources: Airwars; SOHR', 'en'],
    ]);
    expect(() => registry.reportFor(['SOHR'], dyad('-1', 'x'))).toThrow('not an id');
  });

  it('keeps ids unique when slugs collide or names are not Latin', () => {
    const registry = createReportRegistry(spec);
    const ids = [['A.B'], ['A B'], ['المرصد'], ['مرصد']].map((orgs) => registry.reportFor(orgs).id);
    expect(ids).toEqual(['ucdp-a-b', 'ucdp-a-b-2', 'ucdp-source', 'ucdp-source-2']);
  });
});

// Indicator roles are data: the place's roles (data/place.json, from scripts/places/york.json) and the
// indicators' own role fields (data/indicators-meta.json). These tests fail when a role names an id the
// snapshot lacks, and show that an imported indicator's metadata can carry the same facts.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { IndicatorMeta } from '../../src/domain/indicators';
import type { Place } from '../../src/domain/place';
import { buildIndicatorIndex } from '../../src/core/indicatorIndex';
import { continuedIds, keyLsoaIndicators, placeRole, placeRoleIds, roleProblems, trendLink } from '../../src/core/indicatorRoles';
import { aggregateGroup } from '../../src/core/wardGroups';
import { ingestCsvText } from '../../src/ingest';
import { canonicalCsv, meta as ingestMeta } from '../../src/ingest/test-helpers';
import { buildWardProfile } from '../../src/features/profile/model';
import { subjectFor } from '../../src/features/inequality/model';
import { countNoun } from '../../src/core/format';
import { buildSnapshot, checkRoles } from '../../scripts/pipeline/build';
import { PipelineError } from '../../scripts/pipeline/errors';
import { PLACE_CONFIG, RAW_DIR, RAW_PRESENT } from './rawData';

const DATA_DIR = resolve(__dirname, '../../data');
const place = JSON.parse(readFileSync(join(DATA_DIR, 'place.json'), 'utf8')) as Place;
const metas = JSON.parse(readFileSync(join(DATA_DIR, 'indicators-meta.json'), 'utf8')) as IndicatorMeta[];

describe('roles in the committed snapshot', () => {
  it('names only indicators the snapshot has (place roles and continued series)', () => {
    expect(roleProblems(place, metas)).toEqual([]);
  });

  it('gives every role a job-holder, as the views expect for York', () => {
    for (const role of ['deprivation', 'ageBands', 'youngResidents', 'groupResidents', 'defaultInequality', 'defaultTrend', 'defaultAuthority'] as const) {
      expect(placeRole(place, role), role).not.toBeNull();
    }
    expect(keyLsoaIndicators(place).length).toBeGreaterThan(0);
    const ids = new Set(metas.map((m) => m.id));
    for (const { where, id } of placeRoleIds(place)) expect(ids.has(id), `${where}: ${id}`).toBe(true);
    for (const id of continuedIds(metas)) expect(ids.has(id), id).toBe(true);
  });

  it('carries the continuation and its note on the newer indicator', () => {
    const newer = metas.filter((m) => trendLink(m) !== null);
    expect(newer.length).toBeGreaterThan(0);
    for (const m of newer) expect(trendLink(m)?.note, m.id).not.toBe('');
  });
});

describe('the role checker', () => {
  it('reports a role naming an id the snapshot lacks', () => {
    const bogus = { ...place, roles: { ...place.roles, deprivation: 'iod2099-no-such-score', keyLsoaIndicators: ['iod2025-imd-decile', 'nope'] } };
    expect(roleProblems(bogus, metas)).toEqual([
      'place roles.deprivation names "iod2099-no-such-score", which is not an indicator of the snapshot',
      'place roles.keyLsoaIndicators[1] names "nope", which is not an indicator of the snapshot',
    ]);
    expect(roleProblems({ ...place, defaultIndicator: 'gone' }, metas)).toEqual([
      'place defaultIndicator names "gone", which is not an indicator of the snapshot',
    ]);
  });

  it('reports an indicator continuing an id the snapshot lacks, or itself', () => {
    const broken = [...metas, ingestMeta('x-new', { continues: ['x-old', 'x-new'] })];
    expect(roleProblems(place, broken)).toEqual([
      'indicator "x-new" continues "x-old", which is not an indicator of the snapshot',
      'indicator "x-new" continues itself',
    ]);
  });

  it('stops the pipeline with a message naming the configuration and the id', () => {
    const bogus = { ...place, roles: { ...place.roles, groupResidents: 'census2031-bad-health' } };
    expect(() => checkRoles('scripts/places/york.json', bogus, metas)).toThrow(PipelineError);
    expect(() => checkRoles('scripts/places/york.json', bogus, metas)).toThrow(
      'scripts/places/york.json: place roles.groupResidents names "census2031-bad-health", which is not an indicator of the snapshot',
    );
    expect(() => checkRoles('scripts/places/york.json', place, metas)).not.toThrow();
  });

  it.skipIf(!RAW_PRESENT)('fails a full build whose place configuration names a missing id', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'roles-'));
    try {
      const config = JSON.parse(readFileSync(PLACE_CONFIG, 'utf8')) as { roles: Record<string, unknown> };
      config.roles.deprivation = 'iod2099-imd-score';
      const path = join(dir, 'bogus.json');
      writeFileSync(path, JSON.stringify(config));
      await expect(buildSnapshot({ rawDir: RAW_DIR, placeConfigPath: path, builtOn: '2026-01-01' })).rejects.toThrow(
        /bogus\.json: place roles\.deprivation names "iod2099-imd-score", which is not an indicator of the snapshot/,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});

describe('an imported indicator carrying roles in its metadata sidecar (synthetic)', () => {
  const ward = place.wards[0] as { code: string; name: string };
  const sidecar = [
    ingestMeta('imp-old', { name: 'Imported share (old edition)', period: '2019' }),
    ingestMeta('imp-new', {
      name: 'Imported share',
      subject: 'the share of residents with an imported need',
      population: 'adults',
      continues: ['imp-old'],
      continuesNote: 'The question changed between editions.',
    }),
  ];
  const csv = canonicalCsv([
    { 'Indicator ID': 'imp-old', 'Area Code': ward.code, 'Area Name': ward.name, 'Time period': '2019', Value: '10' },
    { 'Indicator ID': 'imp-new', 'Area Code': ward.code, 'Area Name': ward.name, 'Time period': '2023', Value: '12', 'Lower CI 95.0 limit': '10', 'Upper CI 95.0 limit': '14' },
  ]);
  const result = ingestCsvText(csv, { metadata: sidecar, origin: 'imported' });

  it('keeps the role fields on the imported metadata', () => {
    expect(result.rejected).toEqual([]);
    const newer = result.indicators.find((m) => m.id === 'imp-new') as IndicatorMeta;
    expect(newer.origin).toBe('imported');
    expect(newer.continues).toEqual(['imp-old']);
    expect(subjectFor(newer)).toBe('the share of residents with an imported need');
    expect(countNoun(newer)).toBe('adults');
  });

  it('shows the older edition as the earlier period of the newer, with the note, and not as a line of its own', () => {
    const index = buildIndicatorIndex(result.indicators, result.rows);
    const lines = buildWardProfile(index, place, ward.code);
    expect(lines.map((l) => l.meta.id)).toEqual(['imp-new']);
    expect(lines[0]?.trend?.sentence).toMatch(/^Rose from 10\.0% \(2019\) to 12\.0% \(2023\)/);
    expect(lines[0]?.trendNote).toBe('The question changed between editions.');
    expect(aggregateGroup(index, place, [ward.code]).map((l) => l.meta.id)).toEqual(['imp-new']);
  });

  it('drops a sidecar entry whose role fields are malformed, and says so', () => {
    const bad = { ...sidecar[1], continues: 'imp-old' } as unknown as IndicatorMeta;
    const r = ingestCsvText(csv, { metadata: [sidecar[0] as IndicatorMeta, bad], origin: 'imported' });
    expect(r.warnings.join(' ')).toMatch(/imp-new.*continues/);
    expect(r.indicators.map((m) => m.id)).not.toContain('imp-new');
  });
});

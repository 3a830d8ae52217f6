import { describe, expect, it } from 'vitest';
import type { IngestSummary } from '../../data/imported/runIngestWorker';
import type { Place } from '../../domain/place';
import type { ColumnMapping } from '../../ingest';
import { ingestOptions, mappingOffer, percentRead } from './importStatus';

// Only the fields read; SYNTHETIC values.
const place = {
  localAuthority: { code: 'E06000014', name: 'York' },
  region: { code: 'E12000003', name: 'Yorkshire and the Humber' },
  country: { code: 'E92000001', name: 'England' },
  wards: [],
  msoas: [],
  lsoas: [],
} as unknown as Place;
const mapping: ColumnMapping = { areaCode: 'code', areaName: null, period: null, values: [{ column: 'rate', indicatorId: 'rate', name: 'rate' }] };
const preview = { header: ['code', 'rate'], rows: [['E05000001', '1.5']] };
const summary = (fields: Partial<IngestSummary>) => ({ savedAs: null, stats: { read: 0 }, ...fields }) as unknown as IngestSummary;

describe('ingestOptions', () => {
  it('names the lookup after the place and adds a confirmed mapping only when there is one', () => {
    const options = ingestOptions(place, []);
    expect(options.knownAreasLabel).toBe("York's lookup");
    expect(options.knownAreas?.slice(0, 2)).toEqual([
      { code: 'E92000001', name: 'England', type: 'England' },
      { code: 'E12000003', name: 'Yorkshire and the Humber', type: 'Region' },
    ]);
    expect('columnMapping' in options).toBe(false);
    expect(ingestOptions(place, [], mapping).columnMapping).toBe(mapping);
  });
});

describe('percentRead', () => {
  it('rounds the fraction read to a whole percentage', () => {
    expect(percentRead(0)).toBe(0);
    expect(percentRead(0.424)).toBe(42);
    expect(percentRead(0.425)).toBe(43);
    expect(percentRead(1)).toBe(100);
  });
});

describe('mappingOffer', () => {
  it('offers the mapping of a file that was not saved, saying whether rows collided', () => {
    expect(mappingOffer(summary({ mapping, preview, needsMapping: true }))).toEqual({ proposal: mapping, preview, collided: false });
    expect(mappingOffer(summary({ mapping, preview, needsMapping: true, stats: { read: 12 } as IngestSummary['stats'] }))?.collided).toBe(true);
  });
  it('offers nothing once saved, or without a proposal or preview', () => {
    expect(mappingOffer(summary({ mapping, preview, savedAs: 'upload-1' }))).toBeNull();
    expect(mappingOffer(summary({ preview }))).toBeNull();
    expect(mappingOffer(summary({ mapping }))).toBeNull();
  });
});

// Helpers for the ingest tests (pure: no file system, so this module stays browser-safe).
// Everything built here is SYNTHETIC test data, not real statistics.

import { CANONICAL_COLUMNS, type IndicatorMeta } from '../domain/indicators';
import type { KnownArea } from './result';

export function meta(id: string, over: Partial<IndicatorMeta> = {}): IndicatorMeta {
  return {
    id,
    name: `Synthetic indicator ${id}`,
    definition: '',
    whyItMatters: '',
    unit: '%',
    valueType: 'proportion',
    multiplier: 100,
    polarity: 'low-is-good',
    comparisonLevel: 0.95,
    geographies: ['Ward'],
    theme: 'Test',
    period: '2023',
    source: 'synthetic',
    sourceFiles: [],
    publisher: '',
    licence: '',
    attribution: '',
    caveats: [],
    origin: 'bundled',
    ...over,
  };
}

export type CanonicalRecord = Partial<Record<(typeof CANONICAL_COLUMNS)[number], string>>;

const DEFAULTS: Required<CanonicalRecord> = {
  'Indicator ID': 'p1',
  'Area Code': 'E05010311',
  'Area Name': 'Acomb',
  'Area Type': 'Ward',
  Sex: 'Persons',
  Age: 'All ages',
  'Category Type': '',
  Category: '',
  'Time period': '2023',
  Value: '10',
  'Lower CI 95.0 limit': '8',
  'Upper CI 95.0 limit': '12',
  'Lower CI 99.8 limit': '7',
  'Upper CI 99.8 limit': '13',
  Count: '10',
  Denominator: '100',
  'Value note': '',
  'CI method': 'published',
  'Published comparison': 'Similar',
};

export function csvField(s: string): string {
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** A canonical CSV text: header plus one line per record (unspecified fields take DEFAULTS). */
export function canonicalCsv(records: CanonicalRecord[], eol = '\n'): string {
  const lines = [CANONICAL_COLUMNS.join(',')];
  for (const r of records) lines.push(CANONICAL_COLUMNS.map((c) => csvField(r[c] ?? DEFAULTS[c])).join(','));
  return lines.join(eol) + eol;
}

/** York's 21 wards (codes and names as ONS writes them), York LA, the region and England. */
export const YORK_WARDS: [string, string][] = [
  ['E05010311', 'Acomb'],
  ['E05010312', 'Bishopthorpe'],
  ['E05010313', 'Clifton'],
  ['E05010314', 'Copmanthorpe'],
  ['E05010315', 'Dringhouses & Woodthorpe'],
  ['E05010316', 'Fishergate'],
  ['E05010317', 'Fulford & Heslington'],
  ['E05010318', 'Guildhall'],
  ['E05010319', 'Haxby & Wigginton'],
  ['E05010320', 'Heworth'],
  ['E05010321', 'Heworth Without'],
  ['E05010322', 'Holgate'],
  ['E05010323', 'Hull Road'],
  ['E05010324', 'Huntington & New Earswick'],
  ['E05010325', 'Micklegate'],
  ['E05010326', 'Osbaldwick & Derwent'],
  ['E05010327', 'Rawcliffe & Clifton Without'],
  ['E05010328', 'Rural West York'],
  ['E05010329', 'Strensall'],
  ['E05010330', 'Westfield'],
  ['E05010331', 'Wheldrake'],
];

export const YORK_AREAS: KnownArea[] = [
  ...YORK_WARDS.map(([code, name]) => ({ code, name, type: 'Ward' })),
  { code: 'E06000014', name: 'York', type: 'Local authority' },
  { code: 'E12000003', name: 'Yorkshire and The Humber', type: 'Region' },
  { code: 'E92000001', name: 'England', type: 'England' },
];

// The ward page's words on the real bundled snapshot (data/), as the snapshot test reads it: York's
// figures, not synthetic ones. Skipped, with a warning, when the snapshot is absent.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ingestCsvText } from '../ingest';
import type { IndicatorMeta } from '../domain/indicators';
import type { Place } from '../domain/place';
import { buildIndicatorIndex } from './indicatorIndex';
import { buildAreaProfile } from './mapModel';
import { buildWardStory } from './wardStory';
import { concernNotice } from './concernNotice';

const file = (p: string) => fileURLToPath(new URL(`../../data/${p}`, import.meta.url));
const present = existsSync(file('indicators.csv'));
if (!present) console.warn('[wardStory] data/indicators.csv is missing: the real-data test is SKIPPED.');

describe.skipIf(!present)('a ward page on the bundled snapshot', () => {
  it('says Westfield is the most deprived of York’s 21 wards, counts its children, and gives York’s context', () => {
    const meta = JSON.parse(readFileSync(file('indicators-meta.json'), 'utf8')) as IndicatorMeta[];
    const place = JSON.parse(readFileSync(file('place.json'), 'utf8')) as Place;
    const { rows } = ingestCsvText(readFileSync(file('indicators.csv'), 'utf8'), { fileName: 'indicators.csv', metadata: meta, origin: 'bundled' });
    const index = buildIndicatorIndex(meta, rows);
    const westfield = place.wards.find((w) => w.name === 'Westfield')?.code as string;
    const story = buildWardStory(index, place, westfield, buildAreaProfile(index, place, westfield), concernNotice(index.meta.values(), place));
    expect(story?.deprivation?.sentence).toBe('Westfield is the most deprived of York’s 21 wards');
    expect(story?.residents).toMatch(/^About [\d,]+ residents live in Westfield \(Census 2021\): about [\d,]+ children aged under 15 /);
    // England first, then York where England has no figure; one benchmark per group.
    expect(story?.groups.map((g) => g.heading)[0]).toBe('Worse than England');
    for (const g of story?.groups ?? []) for (const f of g.findings) expect(f.sentence).toContain(`where ${g.benchmarkName} is`);
    const context = story?.context.map((c) => c.sentence) ?? [];
    expect(context.filter((s) => s.startsWith('Life expectancy at birth, '))).toHaveLength(2);
    expect(context.some((s) => /alcohol/i.test(s))).toBe(true);
  });
});

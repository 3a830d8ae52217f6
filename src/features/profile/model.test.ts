// Ward profile shaping. Every row here is SYNTHETIC (made-up numbers from testFixtures.ts helpers), not York data.
import { describe, expect, it } from 'vitest';
import type { IndicatorRow } from '../../domain/indicators';
import type { Place } from '../../domain/place';
import { buildIndicatorIndex } from '../../core/indicatorIndex';
import { type ProfileLine, ageProfile, ageSentence, buildWardProfile, isWardOrNeighbourhood, parseAgeBand, profileSummary, resolveWard, spinePositions, wardLsoas, wardRange } from './model';
import { SYNTHETIC_PLACE, syntheticMeta, syntheticRow } from '../../core/testFixtures';

const ENGLAND = SYNTHETIC_PLACE.country.code;
const TOWN = SYNTHETIC_PLACE.localAuthority.code;

const PLACE: Place = {
  ...SYNTHETIC_PLACE,
  lsoas: [
    { code: 'E01000002', name: 'Testtown 001B', wardCode: 'E05000001', msoaName: 'Testtown 001' },
    { code: 'E01000001', name: 'Testtown 001A', wardCode: 'E05000001', msoaName: 'Testtown 001' },
    { code: 'E01000003', name: 'Testtown 002A', wardCode: 'E05000002', msoaName: 'Testtown 002' },
  ],
};

describe('spine chart geometry (synthetic values)', () => {
  it('leaves missing ward values out of the range instead of counting them as 0', () => {
    expect(wardRange([4, null, 2, undefined, 3, 1])).toEqual({ min: 1, q1: 1.75, median: 2.5, q3: 3.25, max: 4, n: 4 });
    expect(wardRange([null, null])).toBeNull();
  });

  it('puts the benchmark at the centre and worse on the left when low is good', () => {
    const range = { min: 5, q1: 8, median: 10, q3: 12, max: 20, n: 5 };
    // Furthest from the centre (10) is 20, 10 away: the half-width is 10.
    const low = spinePositions(10, range, 15, 'low-is-good');
    expect(low).toEqual({ centre: 0.5, marker: 0.25, min: 0, max: 0.75, q1: 0.4, q3: 0.6, reversed: true });
    const high = spinePositions(10, range, 15, 'high-is-good');
    expect(high).toEqual({ centre: 0.5, marker: 0.75, min: 0.25, max: 1, q1: 0.4, q3: 0.6, reversed: false });
    expect(spinePositions(10, range, null, 'no-judgement').marker).toBeNull();
  });

  it('stretches the scale to reach a ward value outside the range and copes with no spread', () => {
    const range = { min: 9, q1: 9.5, median: 10, q3: 10.5, max: 11, n: 4 };
    expect(spinePositions(10, range, 14, 'high-is-good').marker).toBe(1);
    const flat = spinePositions(3, { min: 3, q1: 3, median: 3, q3: 3, max: 3, n: 3 }, 3, 'low-is-good');
    expect([flat.marker, flat.min, flat.max]).toEqual([0.5, 0.5, 0.5]);
  });
});

describe('buildWardProfile (synthetic indicators)', () => {
  const meta = syntheticMeta();
  const rows: IndicatorRow[] = [
    syntheticRow(ENGLAND, 10, { period: '2020' }),
    syntheticRow('E05000001', 11, { period: '2020', lower95: 10.6, upper95: 11.4 }),
    syntheticRow(ENGLAND, 10),
    syntheticRow(TOWN, 12),
    syntheticRow('E05000001', 20, { count: 40, denominator: 200 }),
    syntheticRow('E05000002', 5),
    syntheticRow('E05000003', null, { valueNote: 'suppressed' }),
    // A score with no interval, compared with nothing.
    syntheticRow('E05000001', 30, { indicatorId: 'score', lower95: null, upper95: null, lower998: null, upper998: null }),
    syntheticRow('E05000002', 10, { indicatorId: 'score', lower95: null, upper95: null, lower998: null, upper998: null }),
  ];
  const score = syntheticMeta({ id: 'score', name: 'Synthetic score', unit: 'score', valueType: 'score', multiplier: null });
  const index = buildIndicatorIndex([meta, score], rows);

  it('builds one line per indicator with the ward, place and England values and the comparison in words', () => {
    const lines = buildWardProfile(index, PLACE, 'E05000001');
    expect(lines.map((l) => l.meta.id)).toEqual(['synthetic', 'score']);
    const [line] = lines;
    expect(line).toMatchObject({
      period: '2025',
      valueText: '20.0%',
      countText: '40 of 200',
      placeValueText: '12.0%',
      englandValueText: '10.0%',
      centreName: 'England',
      centreValue: 10,
      comparisonText: 'Significantly worse than England',
    });
    expect(line?.range).toMatchObject({ min: 5, max: 20, n: 2 });
    expect(line?.trend).toMatchObject({ flag: true, flagText: 'Worse than England and getting worse' });
    expect(lines[1]?.comparisonText).toBe('Not compared: a score has no confidence interval');
    // No benchmark at all: the centre is the median ward.
    expect(lines[1]).toMatchObject({ centreName: "Testtown's middle ward", centreValue: 20, englandValueText: 'No data' });
  });

  it('shows a missing ward value as "No data", never 0, with no marker on the spine', () => {
    const [line] = buildWardProfile(index, PLACE, 'E05000003');
    expect(line?.valueText).toBe('No data');
    expect(line?.positions?.marker).toBeNull();
    expect(line?.comparisonText).toBe('No data, so not compared');
  });

  it('sums up the comparisons one benchmark to a sentence', () => {
    const lines = buildWardProfile(index, PLACE, 'E05000001');
    expect(profileSummary('North', lines, 'England')).toBe(
      'This profile holds 2 indicators for North. Compared with England: 1 is significantly worse, 0 significantly better and 0 not significantly different. ' +
        '1 is not judged better or worse. 1 is worse than the benchmark and getting worse.',
    );
    // SYNTHETIC lines: one judged against England, one against the place where England has no figure.
    const [england, other] = lines as [ProfileLine, ProfileLine];
    const againstTown: ProfileLine = { ...other, value: 5, benchmark: { ...(england.benchmark as NonNullable<ProfileLine['benchmark']>), name: 'Testtown' }, comparison: { ...england.comparison, outcome: 'better' } };
    expect(profileSummary('North', [england, againstTown], 'England')).toBe(
      'This profile holds 2 indicators for North. Compared with England: 1 is significantly worse, 0 significantly better and 0 not significantly different. ' +
        'Compared with Testtown, where England has no figure: 0 are significantly worse, 1 significantly better and 0 not significantly different. 1 is worse than the benchmark and getting worse.',
    );
  });

  it('treats the 2019 deprivation share as the earlier period of the 2025 one', () => {
    const shareMeta = (id: string, period: string) =>
      syntheticMeta({ id, name: `Share ${period}`, period, theme: 'Deprivation and income' });
    const pairRows = [
      syntheticRow('E05000001', 8.1, { indicatorId: 'iod2019-most-deprived-20pc', period: '2019', lower95: null, upper95: null }),
      syntheticRow('E05000001', 12, { indicatorId: 'iod2025-most-deprived-20pc', period: '2025', lower95: null, upper95: null }),
      syntheticRow('E92000001', 19.9, { indicatorId: 'iod2019-most-deprived-20pc', period: '2019', lower95: null, upper95: null }),
      syntheticRow('E92000001', 20.2, { indicatorId: 'iod2025-most-deprived-20pc', period: '2025', lower95: null, upper95: null }),
    ];
    const pairIndex = buildIndicatorIndex(
      [
        // The link is the 2025 indicator's metadata, as the pipeline writes it.
        {
          ...shareMeta('iod2025-most-deprived-20pc', '2025'),
          continues: ['iod2019-most-deprived-20pc'],
          continuesNote: 'Neighbourhood boundaries changed between 2019 and 2025, so small changes may not be real.',
        },
        shareMeta('iod2019-most-deprived-20pc', '2019'),
      ],
      pairRows,
    );
    const lines = buildWardProfile(pairIndex, PLACE, 'E05000001');
    expect(lines).toHaveLength(1);
    expect(lines[0]?.trend?.sentence).toBe('Rose from 8.1% (2019) to 12.0% (2025).');
    expect(lines[0]?.trendNote).toBe(
      'Neighbourhood boundaries changed between 2019 and 2025, so small changes may not be real. England: 19.9% (2019) to 20.2% (2025).',
    );
  });
});

describe('age profile (synthetic bands)', () => {
  const BANDS = ['0-4', '5-9', '10-14', '15-19', '20-24', '25-29', '30-34', '35-39', '40-44', '45-49', '50-54', '55-59', '60-64', '65-69', '70-74', '75-79', '80-84', '85+'];
  const bandRows = (areaCode: string, shares: number[]) =>
    BANDS.map((band, i) =>
      syntheticRow(areaCode, shares[i] ?? 0, {
        indicatorId: 'census2021-age-band-share',
        categoryType: 'Age band',
        category: band,
        lower95: null,
        upper95: null,
      }),
    );
  // England-like: about 12% aged 15 to 24. Student ward: 56%.
  const england = [5.4, 5.9, 6, 5.7, 6.3, 6.6, 7, 6.8, 6.5, 6.2, 6.8, 6.9, 6.1, 5.2, 5.4, 3.9, 2.6, 2.5];
  const student = [1.5, 1.5, 1.5, 26, 30, 8, 5, 4, 3.5, 3, 3, 3, 2.5, 2, 1.8, 1.5, 1.2, 1];

  it('parses age-band labels', () => {
    expect(parseAgeBand('15-19')).toEqual({ start: 15, end: 19 });
    expect(parseAgeBand('85+')).toEqual({ start: 85, end: null });
    expect(parseAgeBand('All ages')).toBeNull();
  });

  it('reads category rows youngest first, beside England', () => {
    const rows = [...bandRows(ENGLAND, england), ...bandRows('E05000001', student).reverse()];
    const bands = ageProfile(rows, 'E05000001', ENGLAND);
    expect(bands).toHaveLength(18);
    expect(bands[0]).toEqual({ band: '0-4', start: 0, end: 4, area: 1.5, comparator: 5.4 });
    expect(bands.at(-1)).toEqual({ band: '85+', start: 85, end: null, area: 1, comparator: 2.5 });
  });

  it('says a student ward is much younger, quoting the age group it has most more of', () => {
    const bands = ageProfile([...bandRows(ENGLAND, england), ...bandRows('E05000001', student)], 'E05000001', ENGLAND);
    expect(ageSentence('Hull Road', bands)).toBe("Hull Road's residents are much younger than England's: 56% are aged 15 to 24, against 12% in England.");
  });

  it('says an older ward is older, and a ward like England is alike', () => {
    const older = [3, 3.5, 4, 4, 3, 4, 4.5, 5, 5.5, 6, 7, 8, 8, 8.5, 8.5, 7, 5, 5.5];
    const bands = ageProfile([...bandRows(ENGLAND, england), ...bandRows('E05000002', older)], 'E05000002', ENGLAND);
    expect(ageSentence('Haxby', bands)).toBe("Haxby's residents are much older than England's: 35% are aged 65 and over, against 20% in England.");
    // England's shares with 8 points moved from ages 20 to 29 to ages 70 to 79: about 4 years older on average.
    const mild = england.map((v, i) => (i === 4 || i === 5 ? v - 4 : i === 14 || i === 15 ? v + 4 : v));
    const mildBands = ageProfile([...bandRows(ENGLAND, england), ...bandRows('E05000002', mild)], 'E05000002', ENGLAND);
    expect(ageSentence('Haxby', mildBands)).toBe("Haxby's residents are older than England's: 28% are aged 65 and over, against 20% in England.");
    const same = ageProfile([...bandRows(ENGLAND, england), ...bandRows('E05000003', england)], 'E05000003', ENGLAND);
    expect(ageSentence('East', same)).toMatch(/^East's residents have an age mix like England's: /);
    expect(ageSentence('Nowhere', [])).toBe('No age profile data for Nowhere.');
  });
});

describe('neighbourhoods of a ward (synthetic)', () => {
  it('lists the ward’s LSOAs by name, with their ward, and "No data" for missing figures', () => {
    const index = buildIndicatorIndex([syntheticMeta()], [syntheticRow('E01000001', 7.25)]);
    const { columns, lsoas } = wardLsoas(index, PLACE, 'E05000001', ['synthetic', 'not-there']);
    expect(columns.map((c) => c.id)).toEqual(['synthetic']);
    expect(lsoas.map((l) => [l.name, l.cells[0]?.valueText])).toEqual([
      ['Testtown 001A, in North', '7.3%'],
      ['Testtown 001B, in North', 'No data'],
    ]);
  });

  it('picks the ward from the URL, the ward of an LSOA, or the first ward alphabetically', () => {
    expect(resolveWard(PLACE, 'E05000002')?.name).toBe('South');
    expect(resolveWard(PLACE, 'E01000003')?.name).toBe('South');
    expect(resolveWard(PLACE, 'nonsense')?.name).toBe('East');
    expect(resolveWard(PLACE, undefined)?.name).toBe('East');
  });

  it('knows an unknown code from a ward or neighbourhood, so the view can say so rather than open another ward', () => {
    expect(isWardOrNeighbourhood(PLACE, 'E05000002')).toBe(true);
    expect(isWardOrNeighbourhood(PLACE, 'E01000003')).toBe(true);
    expect(isWardOrNeighbourhood(PLACE, 'E05001783')).toBe(false);
  });
});

// Sub-regional fuel poverty, England, 2020 data (BEIS, now DESNZ, "Sub-regional fuel poverty data 2022"):
// Table 3 gives households and fuel-poor households for every English LSOA (2011 boundaries), Table 2
// for England, regions, counties and local authorities.
//
// Counts are summed LSOA → ward → York, and over all English LSOAs for the region and England; each
// sum is checked against Table 2. Ward, MSOA, York, region and England rows get Wilson 95% and 99.8%
// intervals from the household counts (rows.ts proportionRow), as requested for comparison with England;
// a caveat says these reflect only the number of households, not the uncertainty of the model.
//
// Neighbourhoods. The map's neighbourhoods are 2021 LSOAs and these figures are on 2011 LSOAs. Where a
// 2021 LSOA keeps its 2011 code its boundary did not change, so it is given the 2011 figure (119 of
// York's 121). E01013365 (York 023A) was split in 2021 into E01034761 and E01034762: those two stay
// missing (a row with no value and a note), never zero, and never a share of the parent's figure.
// Neighbourhood figures carry no interval: BEIS warns that LSOA estimates should not be used to compare
// LSOAs with similar levels, only to find areas of particularly high or low fuel poverty. Instead the
// metadata carries the nine values that split England's LSOAs (2011) into tenths, so a neighbourhood is
// placed nationally. An MSOA (2021) is given a figure only when every one of its 2021 LSOAs kept its 2011
// code (then it is exactly the same area as those 2011 LSOAs); otherwise it stays missing with a note.
//
// Authorities: Table 2's local authorities (E06–E09, which cover England once; 2020 codes as the file
// has them) and England go to authorities.csv, with Wilson intervals from the household counts. Table 3
// names authorities by older codes in places (e.g. Bournemouth and Poole before 2019), so its LSOA sums
// are checked against Table 2 for every authority code the two tables share.
import Papa from 'papaparse';
import { normaliseAreaName } from '../../src/ingest';
import type { IndicatorMeta, IndicatorRow } from '../../src/domain/indicators';
import { PipelineError } from './errors';
import { tenthCuts } from './iod2025England';
import { configFile, type PlaceConfig, type SnapshotPlace } from './place';
import { parseNumber, type RawFolder } from './readRaw';
import { proportionRow, shareRow, valueRow, type AreaRef } from './rows';
import { sourceInfo } from './sources';

export const FUEL_POVERTY_ID = 'desnz-fuel-poverty-2020';
const PERIOD = '2020';
const ENGLAND_LSOAS11 = 32844;

const HOUSEHOLDS = 'Number of households';
const FUEL_POOR = 'Number of households in fuel poverty';
const PROPORTION = 'Proportion of households fuel poor (%)';
/** Table 3's header, exactly as in the sheet. */
export const TABLE3_HEADER = ['LSOA Code', 'LSOA Name', 'LA Code', 'LA Name', 'Region', HOUSEHOLDS, FUEL_POOR, PROPORTION];
/**
 * Table 2's header, exactly as in the sheet: "Area names " has a trailing space and two cells are empty,
 * because the sheet puts the name in column 2 (England, regions), 3 or 4 (counties and authorities).
 */
export const TABLE2_HEADER = ['Area Codes', 'Area names ', '', '', HOUSEHOLDS, FUEL_POOR, PROPORTION];

interface Households {
  households: number;
  fuelPoor: number;
}

interface Line {
  line: number;
  fields: string[];
}

/** Parses a CSV whose header must be exactly `expected` (names, order and count); rows keep their line. */
function readExact(raw: RawFolder, path: string, expected: readonly string[]): Line[] {
  const parsed = Papa.parse<string[]>(raw.file(path).text, { header: false, skipEmptyLines: false });
  const [header, ...body] = parsed.data;
  if (!header || (header.length === 1 && header[0] === '')) throw new PipelineError(path, 'file is empty', 1);
  const same = header.length === expected.length && header.every((h, i) => h === expected[i]);
  if (!same) {
    const missing = expected.filter((c) => !header.includes(c));
    const extra = header.filter((c) => !expected.includes(c));
    const parts = [
      missing.length ? `missing ${missing.map((c) => `"${c}"`).join(', ')}` : '',
      extra.length ? `unexpected ${extra.map((c) => `"${c}"`).join(', ')}` : '',
    ].filter(Boolean);
    throw new PipelineError(path, `unexpected columns: ${parts.join('; ') || `expected ${expected.map((c) => `"${c}"`).join(',')} in that order`}`, 1);
  }
  const lines: Line[] = [];
  body.forEach((fields, i) => {
    const line = i + 2;
    if (fields.length === 1 && fields[0] === '') return;
    if (fields.some((f) => f.includes('\n'))) throw new PipelineError(path, 'a field holds a line break', line);
    if (fields.length !== expected.length) throw new PipelineError(path, `expected ${expected.length} fields, found ${fields.length}`, line);
    lines.push({ line, fields });
  });
  return lines;
}

/** Whole households, fuel poor ≤ households, and the published proportion equal to their ratio. */
function readCounts(fields: string[], path: string, line: number): Households {
  const [households, fuelPoor, proportion] = [HOUSEHOLDS, FUEL_POOR, PROPORTION].map((column, i) =>
    parseNumber(fields[fields.length - 3 + i] as string, path, line, column),
  ) as [number, number, number];
  if (!Number.isInteger(households) || !Number.isInteger(fuelPoor) || households <= 0 || fuelPoor < 0 || fuelPoor > households) {
    throw new PipelineError(path, `${fuelPoor} fuel-poor households of ${households} is not a possible count`, line);
  }
  if (Math.abs((100 * fuelPoor) / households - proportion) > 1e-9) {
    throw new PipelineError(path, `proportion ${proportion} is not 100 × ${fuelPoor} ÷ ${households}`, line);
  }
  return { households, fuelPoor };
}

const add = (a: Households, b: Households): Households => ({ households: a.households + b.households, fuelPoor: a.fuelPoor + b.fuelPoor });
const ZERO: Households = { households: 0, fuelPoor: 0 };
const same = (a: Households, b: Households) => a.households === b.households && a.fuelPoor === b.fuelPoor;
const show = (h: Households) => `${h.households} households, ${h.fuelPoor} fuel poor`;

export interface FuelPoverty {
  table3: string;
  table2: string;
  lookup: string;
  /** York's 2011 LSOAs: counts and ward. */
  york: Map<string, Households & { wardCode: string }>;
  region: Households;
  england: Households;
  /** Every English LSOA's percentage, for the national tenths. */
  englandLsoaPercentages: number[];
  /** Table 2's local authorities (E06–E09) and England, in file order. */
  authorities: { code: string; name: string; counts: Households }[];
}

/** Reads and checks Table 3, Table 2 and York's LSOA (2011) to ward lookup. */
export function readFuelPoverty(raw: RawFolder, config: PlaceConfig, place: SnapshotPlace): FuelPoverty {
  const table3 = configFile(config, 'fuelPovertyLsoa11');
  const table2 = configFile(config, 'fuelPovertyLa');
  const lookup = configFile(config, 'lsoa11ToWard');

  // York's LSOA (2011) → ward (2019) best-fit lookup. York's ward codes did not change from 2019 to 2024.
  const wardCodes = new Set(place.wards.map((w) => w.code));
  const wardOf = new Map<string, { ward: string; line: number }>();
  for (const { line, fields } of readExact(raw, lookup, ['FID', 'LSOA11CD', 'LSOA11NM', 'WD19CD', 'WD19NM', 'LAD19CD', 'LAD19NM'])) {
    const [, code, , ward, , lad] = fields as [string, string, string, string, string, string];
    if (lad !== place.localAuthority.code) continue;
    if (!/^E01\d{6}$/.test(code)) throw new PipelineError(lookup, `"${code}" is not an LSOA code`, line);
    if (wardOf.has(code)) throw new PipelineError(lookup, `LSOA ${code} appears twice`, line);
    if (!wardCodes.has(ward)) throw new PipelineError(lookup, `LSOA ${code}: ward "${ward}" is not one of the place's wards`, line);
    wardOf.set(code, { ward, line });
  }

  const york = new Map<string, Households & { wardCode: string }>();
  let region = ZERO;
  let england = ZERO;
  const englandLsoaPercentages: number[] = [];
  const byAuthority = new Map<string, Households>();
  const seen = new Set<string>();
  const regionKey = normaliseAreaName(place.region.name);
  for (const { line, fields } of readExact(raw, table3, TABLE3_HEADER)) {
    const [code, , la, , regionName] = fields as [string, string, string, string, string];
    if (!/^E01\d{6}$/.test(code)) throw new PipelineError(table3, `"${code}" is not an English LSOA code`, line);
    if (seen.has(code)) throw new PipelineError(table3, `LSOA ${code} appears twice`, line);
    seen.add(code);
    const counts = readCounts(fields, table3, line);
    england = add(england, counts);
    englandLsoaPercentages.push((100 * counts.fuelPoor) / counts.households);
    byAuthority.set(la, add(byAuthority.get(la) ?? ZERO, counts));
    if (normaliseAreaName(regionName) === regionKey) region = add(region, counts);
    if (la === place.localAuthority.code) {
      const ward = wardOf.get(code);
      // Never dropped: an LSOA of York with no ward would make the wards add up to less than York.
      if (!ward) throw new PipelineError(table3, `York LSOA ${code} is not in the LSOA (2011) to ward lookup ${lookup}`, line);
      york.set(code, { ...counts, wardCode: ward.ward });
    } else if (wardOf.has(code)) {
      throw new PipelineError(table3, `LSOA ${code} is in York's lookup but belongs to authority ${la} here`, line);
    }
  }
  for (const [code, { line }] of wardOf) {
    if (!york.has(code)) throw new PipelineError(lookup, `York LSOA ${code} is not in ${table3}`, line);
  }
  if (seen.size !== ENGLAND_LSOAS11) throw new PipelineError(table3, `has ${seen.size} LSOAs, expected ${ENGLAND_LSOAS11} (England, 2011)`);

  const authorities: FuelPoverty['authorities'] = [];
  let regionRow: Households | null = null;
  let lowerTierSum = ZERO;
  for (const { line, fields } of readExact(raw, table2, TABLE2_HEADER)) {
    const code = fields[0] as string;
    const name = fields.slice(1, 4).find((f) => f.trim() !== '')?.trim();
    if (!name) throw new PipelineError(table2, `${code} has no name`, line);
    const counts = readCounts(fields, table2, line);
    if (code === place.country.code) {
      if (!same(counts, england)) throw new PipelineError(table2, `England is ${show(counts)} here, but its LSOAs in ${table3} add up to ${show(england)}`, line);
      authorities.push({ code, name: place.country.name, counts });
    } else if (code === place.region.code) {
      regionRow = counts;
      if (!same(counts, region)) throw new PipelineError(table2, `${place.region.name} is ${show(counts)} here, but its LSOAs in ${table3} add up to ${show(region)}`, line);
    } else if (/^E0[6-9]\d{6}$/.test(code)) {
      const lsoaSum = byAuthority.get(code);
      if (lsoaSum && !same(lsoaSum, counts)) throw new PipelineError(table2, `${code} ${name} is ${show(counts)} here, but its LSOAs in ${table3} add up to ${show(lsoaSum)}`, line);
      lowerTierSum = add(lowerTierSum, counts);
      authorities.push({ code, name: code === place.localAuthority.code ? place.localAuthority.name : name, counts });
    } else if (!/^E(1[0-3]|92)\d{6}$/.test(code)) {
      throw new PipelineError(table2, `"${code}" is not an England, region, county or local authority code`, line);
    }
  }
  if (!authorities.some((a) => a.code === place.country.code)) throw new PipelineError(table2, `no row for ${place.country.name} (${place.country.code})`);
  if (!regionRow) throw new PipelineError(table2, `no row for ${place.region.name} (${place.region.code})`);
  if (!authorities.some((a) => a.code === place.localAuthority.code)) throw new PipelineError(table2, `no row for ${place.localAuthority.name} (${place.localAuthority.code})`);
  if (!same(lowerTierSum, england)) throw new PipelineError(table2, `local authorities (E06–E09) add up to ${show(lowerTierSum)}, England is ${show(england)}`);
  return { table3, table2, lookup, york, region, england, englandLsoaPercentages, authorities };
}

const NOT_SAME_AREA = 'Not available: this neighbourhood’s boundary changed in 2021, and the figures are for 2011 neighbourhoods.';

/** Rows for indicators.csv and authorities.csv, and the indicator's metadata. */
export function fuelPoverty2020(data: FuelPoverty, place: SnapshotPlace): { rows: IndicatorRow[]; authorityRows: IndicatorRow[]; meta: IndicatorMeta[] } {
  const d = { indicatorId: FUEL_POVERTY_ID, period: PERIOD, sex: 'Persons', age: 'All ages' };
  const rows: IndicatorRow[] = [];
  const sum = (codes: string[]) => codes.reduce((s, c) => add(s, data.york.get(c) as Households), ZERO);

  // 2021 neighbourhoods: the 2011 figure where the code (so the boundary) is unchanged; no interval.
  for (const l of place.lsoas) {
    const area: AreaRef = { code: l.code, name: l.name, type: 'LSOA' };
    const c = data.york.get(l.code);
    rows.push(c ? shareRow(d, area, c.fuelPoor, c.households) : valueRow(d, area, null, NOT_SAME_AREA));
  }
  const msoaCode = new Map(place.msoas.map((m) => [m.name, m.code]));
  for (const m of place.msoas) {
    const members = place.lsoas.filter((l) => msoaCode.get(l.msoaName) === m.code).map((l) => l.code);
    const area: AreaRef = { ...m, type: 'MSOA' };
    if (members.length > 0 && members.every((c) => data.york.has(c))) {
      const c = sum(members);
      rows.push(proportionRow(d, area, c.fuelPoor, c.households));
    } else {
      rows.push(valueRow(d, area, null, 'Not available: a neighbourhood in this area changed boundary in 2021, and the figures are for 2011 neighbourhoods.'));
    }
  }
  for (const w of place.wards) {
    const members = [...data.york].filter(([, l]) => l.wardCode === w.code).map(([code]) => code);
    if (members.length === 0) throw new PipelineError(data.lookup, `ward ${w.code} ${w.name} has no LSOA (2011)`);
    const c = sum(members);
    rows.push(proportionRow(d, { ...w, type: 'Ward' }, c.fuelPoor, c.households));
  }
  const york = sum([...data.york.keys()]);
  const yorkTable2 = (data.authorities.find((a) => a.code === place.localAuthority.code) as { counts: Households }).counts;
  if (!same(york, yorkTable2)) {
    throw new PipelineError(data.table2, `${place.localAuthority.name} is ${show(yorkTable2)} here, but its wards add up to ${show(york)}`);
  }
  rows.push(proportionRow(d, { ...place.localAuthority, type: 'Local authority' }, york.fuelPoor, york.households));
  rows.push(proportionRow(d, { ...place.region, type: 'Region' }, data.region.fuelPoor, data.region.households));
  rows.push(proportionRow(d, { ...place.country, type: 'England' }, data.england.fuelPoor, data.england.households));

  const authorityRows = data.authorities.map((a) =>
    proportionRow(d, { code: a.code, name: a.name, type: a.code === place.country.code ? 'England' : 'Local authority' }, a.counts.fuelPoor, a.counts.households),
  );

  const source = sourceInfo(data.table3);
  const meta: IndicatorMeta = {
    id: FUEL_POVERTY_ID,
    name: 'Households in fuel poverty',
    subject: 'the share of households in fuel poverty',
    population: 'households',
    definition:
      'The share of households in fuel poverty in 2020 on the Low Income Low Energy Efficiency (LILEE) measure: a household is fuel poor if its home has a fuel poverty energy efficiency rating of band D or below and, after paying for the energy it needs, it would be left with an income below the official poverty line.',
    whyItMatters:
      'Cold, damp homes make breathing and heart problems worse, harm mental health and add to winter deaths. Households that cannot afford to heat their homes often cut back on food or other essentials.',
    unit: '%',
    valueType: 'proportion',
    multiplier: 100,
    polarity: 'low-is-good',
    comparisonLevel: 0.95,
    geographies: ['LSOA', 'MSOA', 'Ward', 'Local authority', 'Region', 'England'],
    theme: 'Housing and access to services',
    period: PERIOD,
    source: source.title,
    sourceFiles: [data.table3, data.table2, data.lookup],
    publisher: source.publisher,
    licence: source.licence,
    attribution: source.attribution,
    caveats: [
      'A modelled estimate, not a count of households: the government models fuel poverty for small areas from the English Housing Survey and other data. Its confidence intervals come from the number of households only and leave out the uncertainty of the model, so treat differences near the edge of significance with caution.',
      'The Low Income Low Energy Efficiency definition counts only homes rated band D or below for energy efficiency; a household on a low income in a better-rated home that still struggles with bills is not counted.',
      'The data are for 2020. Later years have been published but are not in this snapshot.',
      'Figures are on 2011 neighbourhood (LSOA) boundaries. Neighbourhoods whose code did not change in 2021 keep their boundary and are shown; the two neighbourhoods created in 2021 by splitting York 023A (E01034761, E01034762) have no figure, and neither has the MSOA that contains them. Wards use the ONS 2011 LSOA-to-ward best-fit lookup.',
      'The government advises that neighbourhood estimates be used only to find areas of particularly high or low fuel poverty, not to compare neighbourhoods with similar levels or to follow one over time, so neighbourhoods are placed among England’s neighbourhoods rather than tested for significance.',
    ],
    origin: 'bundled',
    englandLsoaTenths: tenthCuts(data.englandLsoaPercentages),
  };
  return { rows, authorityRows, meta: [meta] };
}

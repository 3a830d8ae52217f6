// ONS "Deaths related to drug poisoning by local authority, England and Wales" (2021 registrations):
// Tables 3–8 of the workbook give, for every English and Welsh authority and 19 rolling three-year
// periods, deaths, the age-standardised rate per 100,000 and its published 95% limits, for drug
// poisoning and for drug misuse, persons, males and females.
//
// The workbook is not a CSV, so it cannot go through src/ingest; this reader checks its layout cell by
// cell instead (titles, the two header rows, every period label, every marker), so a different edition
// stops the build rather than shifting a column. Rates keep the workbook's values; intervals are the
// published ones, never recomputed (the workbook gives no populations).
import readXlsxFile from 'read-excel-file/node';
import type { IndicatorRow } from '../../src/domain/indicators';
import { PipelineError } from './errors';
import type { SnapshotPlace } from './place';
import type { RawFolder } from './readRaw';

export type Cell = string | number | boolean | Date | null;

/** The six tables read, with the words their titles must contain. */
export const DRUG_TABLES = [
  { sheet: 'Table 3', id: 'ons-drug-poisoning-deaths', title: 'related to drug poisoning, persons', sex: 'Persons' },
  { sheet: 'Table 4', id: 'ons-drug-poisoning-deaths', title: 'related to drug poisoning, males', sex: 'Male' },
  { sheet: 'Table 5', id: 'ons-drug-poisoning-deaths', title: 'related to drug poisoning, females', sex: 'Female' },
  { sheet: 'Table 6', id: 'ons-drug-misuse-deaths', title: 'related to drug misuse, persons', sex: 'Persons' },
  { sheet: 'Table 7', id: 'ons-drug-misuse-deaths', title: 'related to drug misuse, males', sex: 'Male' },
  { sheet: 'Table 8', id: 'ons-drug-misuse-deaths', title: 'related to drug misuse, females', sex: 'Female' },
] as const;

/** 2001–03 to 2019–21, as the workbook writes them (en dash), newest first. */
const PERIODS = Array.from({ length: 19 }, (_, i) => 2019 - i).map((start) => `${start}–${String(start + 2).slice(2)}`);
/** The label written instead, in the Fingertips style the other three-year series use ("2019 - 21"). */
const periodLabel = (p: string) => p.replace('–', ' - ');
const BLOCK = ['Deaths', 'Rate 1', null, 'Lower Confidence Limit 2', 'Upper Confidence Limit 2', null];
const FIRST_BLOCK_COLUMN = 4;
const HEADER_ROW = 3; // 0-based: the sheet's row 4
const SUBHEADER_ROW = 4;

// Areas in the tables that are not kept, and why: one rule per code prefix, so an unknown prefix stops the build.
const LEFT_OUT: Record<string, string> = {
  K04: 'England and Wales combined',
  W92: 'Wales',
  W06: 'Welsh authorities',
  E10: 'counties (their districts are in the table)',
  E11: 'metropolitan counties (their districts are in the table)',
  E13: 'Inner and Outer London (the boroughs are in the table)',
};
const LOWER_TIER = /^E0[6-9]\d{6}$/;

const where = (sheet: string, row: number, col: number) => `${sheet}, cell ${columnName(col)}${row + 1}`;

function columnName(col: number): string {
  let name = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** A rate or limit: a number, or ":" (not calculated); three cells of Table 6 are blank instead, read the same way. */
function numberOrMarker(cell: Cell, path: string, at: string): number | ':' {
  if (cell === ':' || cell === null) return ':';
  if (typeof cell === 'number' && Number.isFinite(cell)) return cell;
  throw new PipelineError(path, `${at}: expected a number or ":" (fewer than 10 deaths), found ${JSON.stringify(cell)}`);
}

/** Reads Tables 3–8 into rows for England, the place's region and every English lower-tier authority. */
export async function readDrugDeaths(raw: RawFolder, path: string, place: SnapshotPlace): Promise<IndicatorRow[]> {
  const { buffer } = raw.binary(path);
  let sheets: { sheet: string; data: Cell[][] }[];
  try {
    sheets = (await readXlsxFile(buffer)) as { sheet: string; data: Cell[][] }[];
  } catch (error) {
    throw new PipelineError(path, `not a readable .xlsx workbook (${(error as Error).message})`);
  }
  const rows: IndicatorRow[] = [];
  for (const table of DRUG_TABLES) {
    const sheet = sheets.find((s) => s.sheet === table.sheet);
    if (!sheet) throw new PipelineError(path, `no sheet "${table.sheet}"`);
    rows.push(...readDrugTable(sheet.data, table, path, place));
  }
  return rows;
}

export function readDrugTable(data: Cell[][], table: (typeof DRUG_TABLES)[number], path: string, place: SnapshotPlace): IndicatorRow[] {
  const title = String(data[1]?.[0] ?? '');
  if (!title.includes(table.title)) throw new PipelineError(path, `${table.sheet}: title should name deaths ${table.title}; found "${title.slice(0, 120)}"`);
  const header = data[HEADER_ROW] ?? [];
  const sub = data[SUBHEADER_ROW] ?? [];
  if (header[0] !== 'Area Codes' || header[1] !== 'Area Names') {
    throw new PipelineError(path, `${where(table.sheet, HEADER_ROW, 0)}: expected "Area Codes", "Area Names"`);
  }
  PERIODS.forEach((period, i) => {
    const col = FIRST_BLOCK_COLUMN + i * BLOCK.length;
    if (header[col] !== period) throw new PipelineError(path, `${where(table.sheet, HEADER_ROW, col)}: expected period "${period}", found ${JSON.stringify(header[col])}`);
    BLOCK.forEach((label, j) => {
      if ((sub[col + j] ?? null) !== label) {
        throw new PipelineError(path, `${where(table.sheet, SUBHEADER_ROW, col + j)}: expected ${JSON.stringify(label)}, found ${JSON.stringify(sub[col + j])}`);
      }
    });
  });

  const out: IndicatorRow[] = [];
  const seen = new Set<string>();
  for (let r = SUBHEADER_ROW + 1; r < data.length; r++) {
    const line = data[r] as Cell[];
    const code = line[0];
    if (typeof code !== 'string' || !/^[A-Z]\d{8}$/.test(code)) continue; // blank separators, footnotes
    if (seen.has(code)) throw new PipelineError(path, `${where(table.sheet, r, 0)}: ${code} appears twice`);
    seen.add(code);
    const prefix = code.slice(0, 3);
    let areaType: string;
    let name: string;
    if (code === place.country.code) [areaType, name] = ['England', place.country.name];
    else if (code === place.region.code) [areaType, name] = ['Region', place.region.name];
    else if (prefix === 'E12') continue; // other English regions: only the place's own is shown
    // Names are indented by level: column B for England and regions, C for counties and unitary
    // authorities, D for districts within a county or metropolitan county.
    else if (LOWER_TIER.test(code)) [areaType, name] = ['Local authority', code === place.localAuthority.code ? place.localAuthority.name : nameOf(line)];
    else if (LEFT_OUT[prefix]) continue;
    else throw new PipelineError(path, `${where(table.sheet, r, 0)}: unexpected area code ${code}`);
    if (name === '') throw new PipelineError(path, `${where(table.sheet, r, 1)}: ${code} has no name in columns B to D`);

    PERIODS.forEach((period, i) => {
      const col = FIRST_BLOCK_COLUMN + i * BLOCK.length;
      const deaths = line[col];
      if (typeof deaths !== 'number' || !Number.isInteger(deaths) || deaths < 0) {
        throw new PipelineError(path, `${where(table.sheet, r, col)}: deaths should be a whole number, found ${JSON.stringify(deaths)}`);
      }
      const rate = numberOrMarker(line[col + 1] ?? null, path, where(table.sheet, r, col + 1));
      const lower = numberOrMarker(line[col + 3] ?? null, path, where(table.sheet, r, col + 3));
      const upper = numberOrMarker(line[col + 4] ?? null, path, where(table.sheet, r, col + 4));
      const flag = line[col + 2] ?? null;
      if (flag !== null && flag !== 'U') throw new PipelineError(path, `${where(table.sheet, r, col + 2)}: unexpected marker ${JSON.stringify(flag)}`);
      const suppressed = rate === ':';
      if (suppressed !== (lower === ':') || suppressed !== (upper === ':')) {
        throw new PipelineError(path, `${where(table.sheet, r, col + 1)}: the rate and its limits must be all given or all ":"`);
      }
      if (!suppressed && !((lower as number) <= (rate as number) && (rate as number) <= (upper as number))) {
        throw new PipelineError(path, `${where(table.sheet, r, col + 1)}: rate ${rate} is outside its limits ${lower}–${upper}`);
      }
      // ":" means fewer than 10 deaths, but five cells of the 2021 edition carry it beside 10–12 deaths,
      // and three are blank beside 10: no rate either way, and the note does not claim a reason the count contradicts.
      const note = suppressed
        ? deaths < 10
          ? 'Fewer than 10 deaths: ONS does not calculate a rate.'
          : 'ONS gives no rate for this period.'
        : flag === 'U'
          ? 'Unreliable: ONS flags rates from 10 to 19 deaths as unreliable.'
          : '';
      out.push({
        indicatorId: table.id,
        areaCode: code,
        areaName: name,
        areaType,
        sex: table.sex,
        age: 'All ages',
        categoryType: '',
        category: '',
        period: periodLabel(period),
        // The workbook stores rates at full floating precision (8.3000000000000007): round to the 1 decimal ONS publishes.
        value: suppressed ? null : round1(rate as number),
        lower95: suppressed ? null : round1(lower as number),
        upper95: suppressed ? null : round1(upper as number),
        lower998: null,
        upper998: null,
        count: deaths,
        denominator: null,
        valueNote: note,
        ciMethod: suppressed ? 'none' : 'published',
        publishedComparison: '',
      });
    });
  }
  for (const area of [place.country, place.region, place.localAuthority]) {
    if (!seen.has(area.code)) throw new PipelineError(path, `${table.sheet}: no row for ${area.name} (${area.code})`);
  }
  return out;
}

const round1 = (x: number) => Math.round(x * 10) / 10;

const nameOf = (line: Cell[]) => [line[1], line[2], line[3]].map((c) => (typeof c === 'string' ? c.trim() : '')).find((c) => c !== '') ?? '';

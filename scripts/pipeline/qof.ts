// Modelled GP-recorded disease prevalence, 2019/20, from the House of Commons Library (local
// authorities, Westminster constituencies, regions). England is not in the files: it is the sum of the
// registers divided by the sum of the list sizes over English local authorities (E06–E09).
//
// These files are read with readCsv, not src/ingest: they are long by condition (one row per area and
// QOF register, named by `group_code`), a layout ingest does not recognise. Its generic adapter keys a
// record by area and period, so it would reject 20 of the 21 conditions of every area as duplicates,
// and the region file has no area codes at all. Every row is checked here instead.
//
// The registers are modelled (practice registers shared out to neighbourhoods), so they have decimals
// and are not counts of events: no confidence interval is computed for them (ciMethod 'none').
import { normaliseAreaName } from '../../src/ingest';
import type { IndicatorMeta, IndicatorRow } from '../../src/domain/indicators';
import { finishMeta } from './authorities';
import { AUTHORITY_INDICATORS, QOF_GROUP_CODES, type AuthorityIndicator } from './authorityIndicators';
import { PipelineError } from './errors';
import { configFile, type PlaceConfig, type SnapshotPlace } from './place';
import { parseNumber, readCsv, type CsvRecord, type RawFolder } from './readRaw';
import type { AreaRef } from './rows';

const PERIOD = '2019/20';

interface Prevalence {
  register: number;
  list: number;
  /** As published: a fraction (0–1). */
  prevalence: number;
}

/** Reads and checks the three numbers of one row: register ≤ list, prevalence = register ÷ list. */
function readPrevalence(r: CsvRecord, path: string): Prevalence {
  const register = parseNumber(r.get('register'), path, r.line, 'register');
  const list = parseNumber(r.get('list'), path, r.line, 'list');
  const prevalence = parseNumber(r.get('prevalence'), path, r.line, 'prevalence');
  if (register < 0 || list <= 0 || register > list) {
    throw new PipelineError(path, `register ${register} and list ${list} are not a possible prevalence`, r.line);
  }
  if (Math.abs(register / list - prevalence) > 1e-9 * Math.max(1, prevalence)) {
    throw new PipelineError(path, `prevalence ${prevalence} is not register ÷ list (${register / list})`, r.line);
  }
  return { register, list, prevalence };
}

function groupCode(r: CsvRecord, path: string): string {
  const code = r.get('group_code');
  if (!QOF_GROUP_CODES.includes(code)) throw new PipelineError(path, `unknown QOF register "${code}"`, r.line);
  return code;
}

/** area code → register code → figures, checking that every area has each of the 21 registers once. */
type ByArea = Map<string, { name: string; byGroup: Map<string, Prevalence> }>;

function add(byArea: ByArea, code: string, name: string, group: string, p: Prevalence, path: string, line: number) {
  let area = byArea.get(code);
  if (!area) {
    area = { name, byGroup: new Map() };
    byArea.set(code, area);
  }
  if (area.name !== name) throw new PipelineError(path, `${code} is named "${name}" here but "${area.name}" earlier`, line);
  if (area.byGroup.has(group)) throw new PipelineError(path, `${code} has register ${group} twice`, line);
  area.byGroup.set(group, p);
}

function checkComplete(byArea: ByArea, path: string) {
  for (const [code, area] of byArea) {
    const missing = QOF_GROUP_CODES.filter((g) => !area.byGroup.has(g));
    if (missing.length > 0) throw new PipelineError(path, `${code} (${area.name}) has no row for ${missing.join(', ')}`);
  }
}

function row(m: AuthorityIndicator, area: AreaRef, p: { register: number; list: number }, value: number, valueNote = ''): IndicatorRow {
  return {
    indicatorId: m.id,
    areaCode: area.code,
    areaName: area.name,
    areaType: area.type,
    sex: 'Persons',
    age: m.age,
    categoryType: '',
    category: '',
    period: PERIOD,
    value,
    lower95: null,
    upper95: null,
    lower998: null,
    upper998: null,
    count: p.register,
    denominator: p.list,
    valueNote,
    ciMethod: 'none',
    publishedComparison: '',
  };
}

export function qofPrevalence(
  raw: RawFolder,
  config: PlaceConfig,
  place: SnapshotPlace,
): { placeRows: IndicatorRow[]; authorityRows: IndicatorRow[]; meta: IndicatorMeta[] } {
  const ladPath = configFile(config, 'qofLad');
  const pconPath = configFile(config, 'qofPcon');
  const regionPath = configFile(config, 'qofRegion');

  // Local authorities: English (E06–E09) kept; Welsh rows (W06) cover only Welsh residents registered
  // with English practices, so they are left out.
  const lads: ByArea = new Map();
  for (const r of readCsv(raw.file(ladPath), ['lad_code', 'lad_name', 'group_code', 'register', 'list', 'prevalence'])) {
    const code = r.get('lad_code');
    if (!/^(E0[6-9]|W06)\d{6}$/.test(code)) throw new PipelineError(ladPath, `"${code}" is not a local authority code`, r.line);
    const group = groupCode(r, ladPath);
    const p = readPrevalence(r, ladPath);
    if (code.startsWith('E')) add(lads, code, r.get('lad_name'), group, p, ladPath, r.line);
  }
  checkComplete(lads, ladPath);
  if (!lads.has(place.localAuthority.code)) throw new PipelineError(ladPath, `no rows for ${place.localAuthority.name} (${place.localAuthority.code})`);

  // Constituencies: only the place's own (2010–2024 boundaries).
  const wanted = new Map((config.constituencies ?? []).map((c) => [c.code, c.name]));
  const pcons: ByArea = new Map();
  for (const r of readCsv(raw.file(pconPath), ['pcon_code', 'pcon_name', 'group_code', 'register', 'list', 'prevalence'])) {
    const code = r.get('pcon_code');
    if (!/^[EW]14\d{6}$|^W07\d{6}$/.test(code)) throw new PipelineError(pconPath, `"${code}" is not a constituency code`, r.line);
    const group = groupCode(r, pconPath);
    const p = readPrevalence(r, pconPath);
    const name = wanted.get(code);
    if (name === undefined) continue;
    if (r.get('pcon_name') !== name) {
      throw new PipelineError(pconPath, `${code} is named "${r.get('pcon_name')}" here but "${name}" in the place configuration`, r.line);
    }
    add(pcons, code, name, group, p, pconPath, r.line);
  }
  checkComplete(pcons, pconPath);
  const absent = [...wanted.keys()].filter((c) => !pcons.has(c));
  if (absent.length > 0) throw new PipelineError(pconPath, `no rows for constituencies ${absent.join(', ')}`);

  // Regions are named, not coded: the place's region is found by its name.
  const regions: ByArea = new Map();
  const regionKey = normaliseAreaName(place.region.name);
  for (const r of readCsv(raw.file(regionPath), ['region', 'group_code', 'register', 'list', 'prevalence'])) {
    const group = groupCode(r, regionPath);
    const p = readPrevalence(r, regionPath);
    if (normaliseAreaName(r.get('region')) === regionKey) add(regions, place.region.code, r.get('region'), group, p, regionPath, r.line);
  }
  if (!regions.has(place.region.code)) throw new PipelineError(regionPath, `no rows for region "${place.region.name}"`);
  checkComplete(regions, regionPath);

  const placeRows: IndicatorRow[] = [];
  const authorityRows: IndicatorRow[] = [];
  const meta: IndicatorMeta[] = [];
  const england: AreaRef = { ...place.country, type: 'England' };
  for (const m of AUTHORITY_INDICATORS.filter((i) => i.file === 'qofLad')) {
    const group = m.sourceKey;
    const mine: IndicatorRow[] = [];
    let register = 0;
    let list = 0;
    for (const [code, area] of lads) {
      const p = area.byGroup.get(group) as Prevalence;
      register += p.register;
      list += p.list;
      const isPlace = code === place.localAuthority.code;
      const r = row(m, { code, name: isPlace ? place.localAuthority.name : area.name, type: 'Local authority' }, p, 100 * p.prevalence);
      authorityRows.push(r);
      mine.push(r);
      if (isPlace) placeRows.push(r);
    }
    const englandRow = row(
      m,
      england,
      { register, list },
      (100 * register) / list,
      'Computed for this dashboard: the sum of the modelled registers divided by the sum of the list sizes of English local authorities (E06–E09).',
    );
    placeRows.push(englandRow);
    authorityRows.push(englandRow);
    mine.push(englandRow);
    for (const [code, area] of pcons) {
      const p = area.byGroup.get(group) as Prevalence;
      const r = row(m, { code, name: area.name, type: 'Constituency' }, p, 100 * p.prevalence);
      placeRows.push(r);
      mine.push(r);
    }
    const p = (regions.get(place.region.code) as { byGroup: Map<string, Prevalence> }).byGroup.get(group) as Prevalence;
    const regionRow = row(m, { ...place.region, type: 'Region' }, p, 100 * p.prevalence);
    placeRows.push(regionRow);
    mine.push(regionRow);
    meta.push(finishMeta(m, mine, [ladPath, pconPath, regionPath]));
  }
  return { placeRows, authorityRows, meta };
}

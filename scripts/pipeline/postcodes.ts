// Postcode → ward (and neighbourhood) lookup from Ordnance Survey Code-Point Open, for "Find my ward".
//
// Code-Point Open gives every live postcode in the YO area a British National Grid reference and the GSS
// codes of the district and electoral ward its centroid falls in (raw/postcodes/PROVENANCE.md). The ward is
// the answer. It has no LSOA column, so the neighbourhood is found here by converting the grid reference
// to longitude/latitude (proj4) and testing it against the LSOA polygons; it is used only to outline the
// postcode's neighbourhood on the map. Postcodes of the YO area outside the place keep only their
// district, so the app can say which authority they are in.
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import proj4 from 'proj4';
import type { PlacePostcode, PostcodeFile } from '../../src/domain/postcodes';
import { PipelineError } from './errors';
import { configFile, type PlaceConfig, type SnapshotPlace } from './place';
import { readCsv, type RawFolder } from './readRaw';
import { distanceToBoundary, inPolygon } from './pointInPolygon';
import { CODE_POINT_ATTRIBUTION } from './sources';

/** The column headers file's first line: the short names of the ten columns, in order. */
export const CODE_POINT_COLUMNS = ['PC', 'PQ', 'EA', 'NO', 'CY', 'RH', 'LH', 'CC', 'DC', 'WC'] as const;
/** Which of the ten fields are quoted text (the others are unquoted whole numbers). */
const NUMERIC = new Set([1, 2, 3]);
const POSTCODE = /^([A-Z]{1,2}\d[A-Z\d]?) (\d[A-Z]{2})$/;
const DISTRICT = /^E0[6-9]\d{6}$/;

/**
 * British National Grid (OSGB36, EPSG:27700) to WGS84, with the standard seven-parameter Helmert datum
 * shift (as in the EPSG database's 27700 definition). Good to about 5 m, well inside the generalised
 * LSOA boundaries' own precision; the OSTN15 grid shift (centimetres) is not needed for this.
 */
export const BRITISH_NATIONAL_GRID =
  '+proj=tmerc +lat_0=49 +lon_0=-2 +k=0.9996012717 +x_0=400000 +y_0=-100000 +ellps=airy +towgs84=446.448,-125.157,542.06,0.15,0.247,0.842,-20.489 +units=m +no_defs';
const toLonLat = proj4(BRITISH_NATIONAL_GRID, 'EPSG:4326');

/** Easting and northing (metres) → [longitude, latitude] in WGS84, the map's coordinates. */
export function gridToLonLat(easting: number, northing: number): [number, number] {
  const [lon, lat] = toLonLat.forward([easting, northing]) as [number, number];
  return [lon, lat];
}

export interface CodePointRow {
  line: number;
  postcode: string;
  easting: number;
  northing: number;
  district: string;
  ward: string;
}

/**
 * Reads one Code-Point Open CSV (no header row): exactly 10 comma-separated fields, text in double quotes,
 * positional quality, eastings and northings as whole numbers. Anything else stops the build with the line.
 */
export function parseCodePoint(text: string, path: string): CodePointRow[] {
  const rows: CodePointRow[] = [];
  const seen = new Map<string, number>();
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  if (lines.length === 0) throw new PipelineError(path, 'file is empty', 1);
  lines.forEach((content, i) => {
    const line = i + 1;
    if (content.endsWith('\r')) throw new PipelineError(path, 'CR line ending (the file has LF endings)', line);
    const fields = content.split(',');
    if (fields.length !== CODE_POINT_COLUMNS.length) {
      throw new PipelineError(path, `expected ${CODE_POINT_COLUMNS.length} fields, found ${fields.length}`, line);
    }
    const values = fields.map((field, f) => {
      const column = CODE_POINT_COLUMNS[f] as string;
      if (NUMERIC.has(f)) {
        if (!/^\d+$/.test(field)) throw new PipelineError(path, `${column} is not a whole number: "${field}"`, line);
        return field;
      }
      const quoted = /^"([^"]*)"$/.exec(field);
      if (!quoted) throw new PipelineError(path, `${column} is not quoted text: ${field}`, line);
      return quoted[1] as string;
    });
    const [postcode, , easting, northing, , , , , district, ward] = values as string[];
    if (!POSTCODE.test(postcode as string)) throw new PipelineError(path, `"${postcode}" is not a postcode in the form "YO1 7HH"`, line);
    if (!DISTRICT.test(district as string)) throw new PipelineError(path, `district "${district}" is not an English local authority code`, line);
    const earlier = seen.get(postcode as string);
    if (earlier !== undefined) throw new PipelineError(path, `postcode "${postcode}" appears twice (first on line ${earlier})`, line);
    seen.set(postcode as string, line);
    rows.push({ line, postcode: postcode as string, easting: Number(easting), northing: Number(northing), district: district as string, ward: ward as string });
  });
  return rows;
}

/** The column headers file names the ten columns the parser expects, in order; otherwise stop. */
function checkColumnHeaders(raw: RawFolder, path: string): void {
  const first = (raw.file(path).text.split('\n', 1)[0] ?? '').replace(/\r$/, '');
  if (first !== CODE_POINT_COLUMNS.join(',')) {
    throw new PipelineError(path, `columns are "${first}", expected "${CODE_POINT_COLUMNS.join(',')}"`, 1);
  }
}

/** Authority names from a raw file (code and name columns); never typed in. */
function authorityNames(raw: RawFolder, path: string, codes: Set<string>): Map<string, string> {
  const names = new Map<string, string>();
  for (const r of readCsv(raw.file(path), ['ltla24_code', 'ltla24_name'])) {
    if (codes.has(r.get('ltla24_code'))) names.set(r.get('ltla24_code'), r.get('ltla24_name'));
  }
  const missing = [...codes].filter((c) => !names.has(c));
  if (missing.length > 0) throw new PipelineError(path, `no name for authorities ${missing.join(', ')} (districts in the postcode file)`);
  return names;
}

interface LsoaShape {
  code: string;
  ward: string;
  geometry: Polygon | MultiPolygon;
}

function lsoaShapes(raw: RawFolder, path: string, place: SnapshotPlace): LsoaShape[] {
  const wardOf = new Map(place.lsoas.map((l) => [l.code, l.wardCode]));
  const collection = raw.json<FeatureCollection>(path);
  return collection.features.map((f, i) => {
    const code = String(f.properties?.LSOA21CD ?? '');
    const ward = wardOf.get(code);
    if (!ward) throw new PipelineError(path, `feature ${i + 1}: LSOA "${code}" is not in the lookup`);
    if (f.geometry?.type !== 'Polygon' && f.geometry?.type !== 'MultiPolygon') {
      throw new PipelineError(path, `feature ${i + 1} (${code}): expected a Polygon or MultiPolygon`);
    }
    return { code, ward, geometry: f.geometry };
  });
}

/** How the neighbourhood of each of the place's postcodes was found (reported by the build). */
export interface LsoaPlacement {
  /** Inside an LSOA polygon whose best-fit ward is the postcode's ward. */
  inside: number;
  /** Inside an LSOA polygon whose best-fit ward is another: that LSOA is kept (it is where the postcode is). */
  otherWard: string[];
  /** Inside no LSOA polygon: the LSOA of its own ward with the nearest boundary was used. */
  outside: string[];
}

/**
 * The postcode's neighbourhood: the LSOA polygon its centroid falls in. The Code-Point ward stays the answer;
 * the LSOA only outlines where the postcode is. Some LSOAs straddle a ward boundary (the LSOA-to-ward
 * lookup is best-fit), so a postcode can lie in an LSOA counted in a neighbouring ward: it keeps that LSOA,
 * since that is where it is. A point in no polygon (just outside a generalised edge) takes the LSOA of its
 * own ward whose boundary is nearest (distance to the boundary rather than to a centroid, since such points
 * lie just outside an edge); no postcode is left without an LSOA.
 */
function findLsoa(lon: number, lat: number, ward: string, shapes: LsoaShape[]): { code: string; how: 'inside' | 'otherWard' | 'outside' } {
  const containing = shapes.find((s) => inPolygon(lon, lat, s.geometry));
  if (containing) return { code: containing.code, how: containing.ward === ward ? 'inside' : 'otherWard' };
  let best: LsoaShape | undefined;
  let bestDistance = Infinity;
  for (const s of shapes) {
    if (s.ward !== ward) continue;
    const d = distanceToBoundary(lon, lat, s.geometry);
    if (d < bestDistance) [best, bestDistance] = [s, d];
  }
  return { code: (best as LsoaShape).code, how: 'outside' };
}

const outwardOrder = (a: string, b: string) => {
  const [, la = '', na = '', ra = ''] = /^([A-Z]+)(\d+)(.*)$/.exec(a) ?? [];
  const [, lb = '', nb = '', rb = ''] = /^([A-Z]+)(\d+)(.*)$/.exec(b) ?? [];
  return la !== lb ? (la < lb ? -1 : 1) : Number(na) !== Number(nb) ? Number(na) - Number(nb) : ra < rb ? -1 : ra > rb ? 1 : 0;
};
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export interface PostcodeOutput {
  file: PostcodeFile;
  placement: LsoaPlacement;
  /** Postcodes per ward code and per other district, for the build report and the tests. */
  counts: Map<string, number>;
}

/** Builds data/postcodes.json from the configured Code-Point Open file. */
export function buildPostcodes(raw: RawFolder, config: PlaceConfig, place: SnapshotPlace): PostcodeOutput {
  checkColumnHeaders(raw, configFile(config, 'codePointColumns'));
  const path = configFile(config, 'codePointArea');
  const rows = parseCodePoint(raw.file(path).text, path);
  const district = place.localAuthority.code;
  const wards = place.wards.map((w) => w.code);
  const wardIndex = new Map(wards.map((c, i) => [c, i]));
  const lsoas = place.lsoas.map((l) => l.code);
  const lsoaIndex = new Map(lsoas.map((c, i) => [c, i]));
  const shapes = lsoaShapes(raw, configFile(config, 'lsoaBoundaries'), place);

  const placeCodes: Record<string, Record<string, PlacePostcode>> = {};
  const elsewhere = new Map<string, Map<string, string[]>>();
  const placement: LsoaPlacement = { inside: 0, otherWard: [], outside: [] };
  const counts = new Map<string, number>();
  for (const row of rows) {
    const [, outward = '', inward = ''] = POSTCODE.exec(row.postcode) ?? [];
    if (row.district !== district) {
      const byDistrict = elsewhere.get(outward) ?? new Map<string, string[]>();
      elsewhere.set(outward, byDistrict);
      byDistrict.set(row.district, [...(byDistrict.get(row.district) ?? []), inward]);
      counts.set(row.district, (counts.get(row.district) ?? 0) + 1);
      continue;
    }
    const w = wardIndex.get(row.ward);
    if (w === undefined) throw new PipelineError(path, `ward "${row.ward}" of ${row.postcode} is not one of ${place.localAuthority.name}'s wards`, row.line);
    const [lon, lat] = gridToLonLat(row.easting, row.northing);
    const lsoa = findLsoa(lon, lat, row.ward, shapes);
    if (lsoa.how === 'inside') placement.inside += 1;
    else placement[lsoa.how].push(row.postcode);
    (placeCodes[outward] ??= {})[inward] = [w, lsoaIndex.get(lsoa.code) as number];
    counts.set(row.ward, (counts.get(row.ward) ?? 0) + 1);
  }
  const missingWards = wards.filter((w) => !counts.has(w));
  if (missingWards.length > 0) throw new PipelineError(path, `no postcodes for wards ${missingWards.join(', ')}`);

  const otherDistricts = new Set([...elsewhere.values()].flatMap((m) => [...m.keys()]));
  const names = authorityNames(raw, configFile(config, 'authorityNames'), otherDistricts);
  const file: PostcodeFile = {
    source: 'Ordnance Survey, Code-Point Open (release 2025.4.0)',
    period: 'October 2025',
    attribution: [...CODE_POINT_ATTRIBUTION],
    authority: { code: district, name: place.localAuthority.name },
    wards,
    lsoas,
    place: Object.fromEntries(
      Object.keys(placeCodes)
        .sort(outwardOrder)
        .map((o) => {
          const inwards = placeCodes[o] as Record<string, PlacePostcode>;
          return [o, Object.fromEntries(Object.keys(inwards).sort(byText).map((i) => [i, inwards[i] as PlacePostcode]))];
        }),
    ),
    elsewhere: Object.fromEntries(
      [...elsewhere.keys()].sort(outwardOrder).map((o) => {
        const byDistrict = elsewhere.get(o) as Map<string, string[]>;
        return [o, Object.fromEntries([...byDistrict.keys()].sort(byText).map((d) => [d, [...(byDistrict.get(d) as string[])].sort(byText).join(' ')]))];
      }),
    ),
    authorities: Object.fromEntries([...names].sort(([a], [b]) => byText(a, b))),
  };
  return { file, placement, counts };
}

/**
 * Compact but diffable JSON: the small fields on one line each, then one line per outward code (key order
 * as built, so the same inputs give the same bytes).
 */
export function postcodesJson(file: PostcodeFile): string {
  const lines: string[] = [];
  const entries = Object.entries(file);
  entries.forEach(([key, value], i) => {
    const comma = i < entries.length - 1 ? ',' : '';
    if (key === 'place' || key === 'elsewhere') {
      const inner = Object.entries(value as Record<string, unknown>).map(([k, v]) => ` ${JSON.stringify(k)}: ${JSON.stringify(v)}`);
      lines.push(` ${JSON.stringify(key)}: {\n${inner.join(',\n')}\n }${comma}`);
    } else {
      lines.push(` ${JSON.stringify(key)}: ${JSON.stringify(value)}${comma}`);
    }
  });
  return `{\n${lines.join('\n')}\n}\n`;
}

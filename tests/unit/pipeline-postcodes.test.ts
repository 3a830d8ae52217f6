// Postcode → ward lookup (scripts/pipeline/postcodes.ts) from OS Code-Point Open, checked against the raw
// files (read here independently of the pipeline) and the figures in raw/postcodes/PROVENANCE.md.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { gzipSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PipelineError } from '../../scripts/pipeline/errors';
import { buildPlace, type PlaceConfig } from '../../scripts/pipeline/place';
import { distanceToBoundary, inPolygon, inRing } from '../../scripts/pipeline/pointInPolygon';
import { buildPostcodes, gridToLonLat, parseCodePoint, postcodesJson } from '../../scripts/pipeline/postcodes';
import { CODE_POINT_ATTRIBUTION } from '../../scripts/pipeline/sources';
import { RawFolder } from '../../scripts/pipeline/readRaw';
import type { PostcodeFile } from '../../src/domain/postcodes';
import { PLACE_CONFIG, RAW_DIR, RAW_PRESENT } from './rawData';

const config = JSON.parse(readFileSync(PLACE_CONFIG, 'utf8')) as PlaceConfig;
const AREA_FILE = config.files.codePointArea as string;

/** Postcodes per ward, copied from raw/postcodes/PROVENANCE.md ("Content and checks"). */
const PER_WARD: Record<string, number> = {
  Acomb: 187,
  Bishopthorpe: 105,
  Clifton: 185,
  Copmanthorpe: 124,
  'Dringhouses & Woodthorpe': 254,
  Fishergate: 212,
  'Fulford & Heslington': 120,
  Guildhall: 628,
  'Haxby & Wigginton': 309,
  Heworth: 327,
  'Heworth Without': 107,
  Holgate: 276,
  'Hull Road': 218,
  'Huntington & New Earswick': 349,
  Micklegate: 458,
  'Osbaldwick & Derwent': 259,
  'Rawcliffe & Clifton Without': 327,
  'Rural West York': 295,
  Strensall: 231,
  Westfield: 299,
  Wheldrake: 168,
};

/** The place's postcode → [ward code, LSOA code], flattened from the built file. */
function placeEntries(file: PostcodeFile): Map<string, [string, string]> {
  const out = new Map<string, [string, string]>();
  for (const [outward, inwards] of Object.entries(file.place)) {
    for (const [inward, [w, l]] of Object.entries(inwards)) out.set(`${outward} ${inward}`, [file.wards[w] as string, file.lsoas[l] as string]);
  }
  return out;
}

describe.skipIf(!RAW_PRESENT)('postcode lookup from Code-Point Open (October 2025)', () => {
  const raw = new RawFolder(RAW_DIR);
  const place = buildPlace(raw, config, '2026-01-01');
  const built = buildPostcodes(raw, config, place);
  const entries = placeEntries(built.file);
  const wardName = new Map(place.wards.map((w) => [w.code, w.name]));

  it('keeps all 5,438 York postcodes with the ward counts PROVENANCE gives', () => {
    expect(entries.size).toBe(5438);
    const counts: Record<string, number> = {};
    for (const [ward] of entries.values()) {
      const name = wardName.get(ward) as string;
      counts[name] = (counts[name] ?? 0) + 1;
    }
    expect(counts).toEqual(PER_WARD);
  });

  it('gives the wards of PROVENANCE’s examples', () => {
    expect(wardName.get(entries.get('YO1 7HH')?.[0] as string)).toBe('Guildhall');
    expect(wardName.get(entries.get('YO10 5DD')?.[0] as string)).toBe('Hull Road');
    expect(wardName.get(entries.get('YO30 4XY')?.[0] as string)).toBe('Rawcliffe & Clifton Without');
    expect(entries.get('YO1 7HH')?.[0]).toBe('E05010318');
  });

  it('agrees, postcode by postcode, with the York extract read here independently', () => {
    const extract = readFileSync(join(RAW_DIR, 'postcodes/codepoint_open_2025_4_york_e06000014.csv'), 'utf8').trim().split('\n');
    expect(extract).toHaveLength(5438);
    for (const line of extract) {
      const fields = line.split(',').map((f) => f.replace(/^"|"$/g, ''));
      expect(entries.get(fields[0] as string)?.[0], fields[0]).toBe(fields[9]);
    }
  });

  it('gives every other YO postcode its district, with the names from the IoD2025 authorities file', () => {
    const districts: Record<string, number> = {};
    for (const byDistrict of Object.values(built.file.elsewhere)) {
      for (const [code, inwards] of Object.entries(byDistrict)) districts[code] = (districts[code] ?? 0) + inwards.split(' ').length;
    }
    expect(districts).toEqual({ E06000065: 9679, E06000011: 4134 }); // PROVENANCE: 9,679 and 4,134
    expect(built.file.authorities).toEqual({ E06000011: 'East Riding of Yorkshire', E06000065: 'North Yorkshire' });
    // Two postcodes checked in the raw file: "YO8 9AA" is "E06000065"; "YO25 3AA" is "E06000011".
    expect(built.file.elsewhere.YO8?.E06000065?.split(' ')).toContain('9AA');
    expect(built.file.elsewhere.YO25?.E06000011?.split(' ')).toContain('3AA');
    // A district crossing the boundary (PROVENANCE: YO19, YO23, YO32, YO41) holds postcodes on both sides.
    expect(Object.keys(built.file.place.YO19 ?? {}).length).toBeGreaterThan(0);
    expect(Object.keys(built.file.elsewhere.YO19 ?? {}).length).toBeGreaterThan(0);
  });

  it('places every York postcode in an LSOA; the LSOA sits in the postcode’s ward except where an LSOA straddles wards', () => {
    const lsoaWard = new Map(place.lsoas.map((l) => [l.code, l.wardCode]));
    let same = 0;
    for (const [ward, lsoa] of entries.values()) if (lsoaWard.get(lsoa) === ward) same += 1;
    expect(same).toBe(built.placement.inside);
    expect(built.placement.inside + built.placement.otherWard.length + built.placement.outside.length).toBe(5438);
    expect(built.placement.otherWard.length).toBeLessThan(200); // 140 in the October 2025 file
    // YO1 7HH (by the Minster) lies in one of Guildhall's LSOAs.
    expect(lsoaWard.get(entries.get('YO1 7HH')?.[1] as string)).toBe('E05010318');
  });

  it('writes the attribution the licence file requires, and the same bytes twice', () => {
    const licence = readFileSync(join(RAW_DIR, 'postcodes/codepoint_open_2025_4_licence.txt'), 'latin1');
    for (const line of CODE_POINT_ATTRIBUTION) expect(licence).toContain(line);
    expect(built.file.attribution).toEqual([...CODE_POINT_ATTRIBUTION]);
    const again = buildPostcodes(new RawFolder(RAW_DIR), config, place);
    expect(postcodesJson(again.file)).toBe(postcodesJson(built.file));
    expect(JSON.parse(postcodesJson(built.file))).toEqual(built.file);
  });

  it('stays small: fetched in one go when someone searches (about 130 kB, 29 kB gzipped, in October 2025)', () => {
    const text = postcodesJson(built.file);
    expect(Buffer.byteLength(text)).toBeLessThan(250_000);
    expect(gzipSync(text).length).toBeLessThan(50_000);
  });

  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
  /** The error reading a raw folder whose YO file has had one line changed (synthetic; undefined if it reads). */
  function errorWithLine(lineIndex: number, change: (line: string) => string): unknown {
    const dir = mkdtempSync(join(tmpdir(), 'raw-postcodes-'));
    dirs.push(dir);
    const needed = [AREA_FILE, config.files.codePointColumns, config.files.lsoaBoundaries, config.files.authorityNames] as string[];
    for (const p of needed) {
      mkdirSync(dirname(join(dir, p)), { recursive: true });
      cpSync(join(RAW_DIR, p), join(dir, p));
    }
    const lines = readFileSync(join(dir, AREA_FILE), 'utf8').split('\n');
    lines[lineIndex] = change(lines[lineIndex] as string);
    writeFileSync(join(dir, AREA_FILE), lines.join('\n'));
    try {
      buildPostcodes(new RawFolder(dir), config, place);
      return undefined;
    } catch (error) {
      return error;
    }
  }

  it('stops the build on a malformed line (synthetic edit), naming the file and line', () => {
    const missingField = errorWithLine(9, (l) => l.replace(/,"E05\d+"$/, ''));
    expect(missingField).toBeInstanceOf(PipelineError);
    expect((missingField as Error).message).toBe(`${AREA_FILE}, line 10: expected 10 fields, found 9`);
    const badEasting = errorWithLine(99, (l) => l.replace(/^("[^"]+",\d+,)\d+/, '$1"4596x2"'));
    expect((badEasting as Error).message).toMatch(/codepoint_open_2025_4_yo\.csv, line 100: EA is not a whole number/);
  });

  it('stops the build on a York postcode whose ward is not one of York’s (synthetic edit)', () => {
    const error = errorWithLine(0, (l) => l.replace(/"E05\d+"$/, '"E05099999"'));
    expect(error).toBeInstanceOf(PipelineError);
    expect((error as Error).message).toMatch(/line 1: ward "E05099999" of YO1 0DQ is not one of York's wards/);
  });
});

describe('parseCodePoint (synthetic lines)', () => {
  const good = '"YO1 7HH",10,460300,452200,"E92000001","E19000001","E18000003","","E06000014","E05010318"';
  it('reads a good line', () => {
    expect(parseCodePoint(`${good}\n`, 'x.csv')).toEqual([{ line: 1, postcode: 'YO1 7HH', easting: 460300, northing: 452200, district: 'E06000014', ward: 'E05010318' }]);
  });
  it.each([
    ['an unquoted postcode', good.replace('"YO1 7HH"', 'YO1 7HH'), 'line 2: PC is not quoted text'],
    ['a postcode without its space', good.replace('YO1 7HH', 'YO17HH'), 'line 2: "YO17HH" is not a postcode'],
    ['a quoted northing', good.replace(',452200,', ',"452200",'), 'line 2: NO is not a whole number'],
    ['an extra field', `${good},"x"`, 'line 2: expected 10 fields, found 11'],
    ['a repeated postcode', good, 'line 2: postcode "YO1 7HH" appears twice (first on line 1)'],
    ['a CR line ending', `${good.replace('7HH', '7HJ')}\r`, 'line 2: CR line ending'],
  ])('stops on %s', (_, line, message) => {
    expect(() => parseCodePoint(`${good}\n${line}\n`, 'x.csv')).toThrow(message);
  });
});

describe('point in polygon (synthetic shapes)', () => {
  const square = [[0, 0], [10, 0], [10, 10], [0, 10], [0, 0]];
  const hole = [[4, 4], [6, 4], [6, 6], [4, 6], [4, 4]];
  it('tells inside from outside, holes and multipolygon parts included', () => {
    expect(inRing(5, 5, square)).toBe(true);
    expect(inRing(11, 5, square)).toBe(false);
    expect(inRing(-1, -1, square)).toBe(false);
    expect(inPolygon(5, 5, { type: 'Polygon', coordinates: [square, hole] })).toBe(false);
    expect(inPolygon(2, 2, { type: 'Polygon', coordinates: [square, hole] })).toBe(true);
    const far = [[20, 20], [30, 20], [25, 30], [20, 20]];
    expect(inPolygon(25, 22, { type: 'MultiPolygon', coordinates: [[square], [far]] })).toBe(true);
    expect(inPolygon(15, 15, { type: 'MultiPolygon', coordinates: [[square], [far]] })).toBe(false);
  });
  it('measures the distance to the nearest edge in metres', () => {
    // 0.001° of latitude is 111.32 m; the point is 0.001° south of a square's bottom edge at the equator.
    const small = [[0, 0], [0.01, 0], [0.01, 0.01], [0, 0.01], [0, 0]];
    expect(distanceToBoundary(0.005, -0.001, { type: 'Polygon', coordinates: [small] })).toBeCloseTo(111.32, 1);
  });
});

/**
 * An independent OSGB36 grid → WGS84 conversion, written from Ordnance Survey's "A guide to coordinate
 * systems in Great Britain" (inverse Transverse Mercator, Annex C; Helmert transformation, section 6.6),
 * to check proj4's result. The Helmert parameters are OS's OSGB36 → WGS84 values (the inverse of its
 * published WGS84 → OSGB36 set).
 */
function osGridToWgs84(E: number, N: number): [number, number] {
  const a = 6377563.396;
  const b = 6356256.909;
  const F0 = 0.9996012717;
  const lat0 = (49 * Math.PI) / 180;
  const lon0 = (-2 * Math.PI) / 180;
  const N0 = -100000;
  const E0 = 400000;
  const e2 = 1 - (b * b) / (a * a);
  const n = (a - b) / (a + b);
  const meridional = (lat: number) =>
    b *
    F0 *
    ((1 + n + (5 / 4) * n ** 2 + (5 / 4) * n ** 3) * (lat - lat0) -
      (3 * n + 3 * n ** 2 + (21 / 8) * n ** 3) * Math.sin(lat - lat0) * Math.cos(lat + lat0) +
      ((15 / 8) * n ** 2 + (15 / 8) * n ** 3) * Math.sin(2 * (lat - lat0)) * Math.cos(2 * (lat + lat0)) -
      (35 / 24) * n ** 3 * Math.sin(3 * (lat - lat0)) * Math.cos(3 * (lat + lat0)));
  let lat = (N - N0) / (a * F0) + lat0;
  let M = meridional(lat);
  while (Math.abs(N - N0 - M) >= 0.00001) {
    lat += (N - N0 - M) / (a * F0);
    M = meridional(lat);
  }
  const s2 = Math.sin(lat) ** 2;
  const nu = (a * F0) / Math.sqrt(1 - e2 * s2);
  const rho = (a * F0 * (1 - e2)) / (1 - e2 * s2) ** 1.5;
  const eta2 = nu / rho - 1;
  const t = Math.tan(lat);
  const sec = 1 / Math.cos(lat);
  const VII = t / (2 * rho * nu);
  const VIII = (t / (24 * rho * nu ** 3)) * (5 + 3 * t ** 2 + eta2 - 9 * t ** 2 * eta2);
  const IX = (t / (720 * rho * nu ** 5)) * (61 + 90 * t ** 2 + 45 * t ** 4);
  const X = sec / nu;
  const XI = (sec / (6 * nu ** 3)) * (nu / rho + 2 * t ** 2);
  const XII = (sec / (120 * nu ** 5)) * (5 + 28 * t ** 2 + 24 * t ** 4);
  const XIIA = (sec / (5040 * nu ** 7)) * (61 + 662 * t ** 2 + 1320 * t ** 4 + 720 * t ** 6);
  const dE = E - E0;
  const phi = lat - VII * dE ** 2 + VIII * dE ** 4 - IX * dE ** 6;
  const lambda = lon0 + X * dE - XI * dE ** 3 + XII * dE ** 5 - XIIA * dE ** 7;
  return [phi, lambda];
}

function helmertToWgs84(phi: number, lambda: number): [number, number] {
  const a = 6377563.396;
  const b = 6356256.909;
  const e2 = 1 - (b * b) / (a * a);
  const nu = a / Math.sqrt(1 - e2 * Math.sin(phi) ** 2);
  const x = nu * Math.cos(phi) * Math.cos(lambda);
  const y = nu * Math.cos(phi) * Math.sin(lambda);
  const z = (1 - e2) * nu * Math.sin(phi);
  const arcsec = Math.PI / 180 / 3600;
  const [tx, ty, tz, s] = [446.448, -125.157, 542.06, -20.4894e-6];
  const [rx, ry, rz] = [0.1502 * arcsec, 0.247 * arcsec, 0.8421 * arcsec];
  const x2 = tx + (1 + s) * x - rz * y + ry * z;
  const y2 = ty + rz * x + (1 + s) * y - rx * z;
  const z2 = tz - ry * x + rx * y + (1 + s) * z;
  const A = 6378137;
  const B = 6356752.3141;
  const f2 = 1 - (B * B) / (A * A);
  const p = Math.hypot(x2, y2);
  let lat = Math.atan2(z2, p * (1 - f2));
  for (let i = 0; i < 10; i++) lat = Math.atan2(z2 + (f2 * A * Math.sin(lat)) / Math.sqrt(1 - f2 * Math.sin(lat) ** 2), p);
  return [(Math.atan2(y2, x2) * 180) / Math.PI, (lat * 180) / Math.PI];
}

describe('grid reference → longitude/latitude', () => {
  it('the independent formulas reproduce OS’s worked example (E 651409.903, N 313177.270 → 52°39′27.2531″N, 1°43′4.5177″E on OSGB36)', () => {
    const [phi, lambda] = osGridToWgs84(651409.903, 313177.27);
    expect((phi * 180) / Math.PI).toBeCloseTo(52 + 39 / 60 + 27.2531 / 3600, 7);
    expect((lambda * 180) / Math.PI).toBeCloseTo(1 + 43 / 60 + 4.5177 / 3600, 7);
  });

  it('proj4 gives the same WGS84 position for YO1 7HH (E 460335, N 452109 in the raw file) to 1e-5 degrees', () => {
    const [phi, lambda] = osGridToWgs84(460335, 452109);
    const [lon, lat] = helmertToWgs84(phi, lambda);
    const [pLon, pLat] = gridToLonLat(460335, 452109);
    expect(Math.abs(pLon - lon)).toBeLessThan(1e-5);
    expect(Math.abs(pLat - lat)).toBeLessThan(1e-5);
    // And it is by York Minster (about 53.962 N, 1.082 W).
    expect(pLat).toBeCloseTo(53.962, 2);
    expect(pLon).toBeCloseTo(-1.082, 2);
  });
});

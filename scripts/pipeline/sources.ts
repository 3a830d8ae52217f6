import { OGL_V3 } from '../../src/data/snapshotTypes';

export interface SourceInfo {
  title: string;
  publisher: string;
  licence: string;
  attribution: string;
  period: string;
  upstream: string;
}

const ONS_GEO_ATTRIBUTION =
  'Source: Office for National Statistics licensed under the Open Government Licence v.3.0. Contains OS data © Crown copyright and database right 2021';
const ONS_ATTRIBUTION = 'Source: Office for National Statistics licensed under the Open Government Licence v.3.0';
const CENSUS_PUBLISHER = 'Office for National Statistics, Census 2021 (Nomis bulk download, via shanwilkinson2/neighbourhood_info)';
const CENSUS_PERIOD = 'Census 2021 (census day 21 March 2021)';
const MHCLG_ATTRIBUTION =
  'Ministry of Housing, Communities and Local Government, English Indices of Deprivation. Contains public sector information licensed under the Open Government Licence v3.0';

/** What the raw folder's PROVENANCE.md files say about each file the pipeline reads, keyed by file name. */
export const SOURCES: Record<string, SourceInfo> = {
  'york-wards.geojson': {
    title: 'Electoral ward boundaries (December 2021), generalised',
    publisher: 'Office for National Statistics (via open-innovations/geography-bits)',
    licence: OGL_V3,
    attribution: ONS_GEO_ATTRIBUTION,
    period: 'WD21 (unchanged since May 2015)',
    upstream: 'open-innovations/geography-bits data/WD21CD, commit 80c2796',
  },
  'york-lsoas.geojson': {
    title: 'Lower layer Super Output Area boundaries (2021), generalised',
    publisher: 'Office for National Statistics (via drkane/geo-lookups)',
    licence: OGL_V3,
    attribution: ONS_GEO_ATTRIBUTION,
    period: 'LSOA21',
    upstream: 'drkane/geo-lookups boundaries/lsoa/E06000014.geojson, commit e20a072',
  },
  'york-lad.geojson': {
    title: 'Local authority district boundary (December 2019), generalised',
    publisher: 'Office for National Statistics (via open-innovations/geography-bits)',
    licence: OGL_V3,
    attribution: ONS_GEO_ATTRIBUTION,
    period: 'LAD19 (unchanged since 1996)',
    upstream: 'open-innovations/geography-bits data/LAD19CD/E06000014.geojsonl, commit 933ad5e',
  },
  'york-lsoa-ward-lookup.csv': {
    title: 'LSOA (2021) to Electoral Ward (2024) to LAD (2024) best-fit lookup',
    publisher: 'Office for National Statistics (via humaniverse/geographr)',
    licence: OGL_V3,
    attribution: ONS_GEO_ATTRIBUTION,
    period: '2024',
    upstream: 'humaniverse/geographr data/lookup_lsoa21_ward24_ltla24.rda, commit 484d32b',
  },
  'york-lsoa11-ward-lookup.csv': {
    title: 'LSOA (2011) to Ward (2019) best-fit lookup',
    publisher: 'Office for National Statistics (via jtrim-ons/ons-lookups)',
    licence: OGL_V3,
    attribution: ONS_GEO_ATTRIBUTION,
    period: '2019',
    upstream: 'jtrim-ons/ons-lookups csv/135.csv, commit cb1a627',
  },
  'iod2025_file7_york_lsoa21.csv': {
    title: 'English Indices of Deprivation 2025, File 7: all ranks, scores, deciles and population denominators (York rows)',
    publisher: 'Ministry of Housing, Communities and Local Government',
    licence: OGL_V3,
    attribution: MHCLG_ATTRIBUTION,
    period: 'IoD2025 (published October 2025; indicators mostly 2021–2023; populations mid-2022)',
    upstream: 'LiamButler04/Liam-Butler-C22306471-Dissertation, commit 4aa623c (York rows extracted)',
  },
  'iod2019_file1_imd_england_lsoa11.csv': {
    title: 'English Indices of Deprivation 2019, File 1: IMD rank and decile (England)',
    publisher: 'Ministry of Housing, Communities and Local Government',
    licence: OGL_V3,
    attribution: MHCLG_ATTRIBUTION,
    period: 'IoD2019 (published September 2019; indicators mostly 2015/16)',
    upstream: 'anetobradley/energy_flex, commit 9ed0574',
  },
  'iod2019_file6_population_england_lsoa11.csv': {
    title: 'English Indices of Deprivation 2019, File 6: population denominators (England)',
    publisher: 'Ministry of Housing, Communities and Local Government',
    licence: OGL_V3,
    attribution: MHCLG_ATTRIBUTION,
    period: 'Populations mid-2015 (excluding prisoners)',
    upstream: 'anetobradley/energy_flex, commit 9ed0574',
  },
  'census2021-ts037-lsoa.csv': {
    title: 'Census 2021 TS037 General health, LSOA 2021, England and Wales',
    publisher: CENSUS_PUBLISHER,
    licence: OGL_V3,
    attribution: ONS_ATTRIBUTION,
    period: CENSUS_PERIOD,
    upstream: 'shanwilkinson2/neighbourhood_info census2021-ts037-lsoa.csv, commit 0ef879c (blob dd7c886)',
  },
  'census2021-ts038-lsoa.csv': {
    title: 'Census 2021 TS038 Disability, LSOA 2021, England and Wales',
    publisher: CENSUS_PUBLISHER,
    licence: OGL_V3,
    attribution: ONS_ATTRIBUTION,
    period: CENSUS_PERIOD,
    upstream: 'shanwilkinson2/neighbourhood_info census2021-ts038-lsoa.csv, commit 0ef879c (blob 4adb793)',
  },
  'census2021-ts039-lsoa.csv': {
    title: 'Census 2021 TS039 Provision of unpaid care, LSOA 2021, England and Wales',
    publisher: CENSUS_PUBLISHER,
    licence: OGL_V3,
    attribution: ONS_ATTRIBUTION,
    period: CENSUS_PERIOD,
    upstream: 'shanwilkinson2/neighbourhood_info census2021-ts039-lsoa.csv, commit 5b2b7a0 (blob ac40762)',
  },
  'census2021-ts040-lsoa.csv': {
    title: 'Census 2021 TS040 Number of disabled people in the household, LSOA 2021, England and Wales',
    publisher: CENSUS_PUBLISHER,
    licence: OGL_V3,
    attribution: ONS_ATTRIBUTION,
    period: CENSUS_PERIOD,
    upstream: 'shanwilkinson2/neighbourhood_info census2021-ts040-lsoa.csv, commit 5b2b7a0 (blob 5e90cc0)',
  },
  'census2021-ts007a-lsoa.csv': {
    title: 'Census 2021 TS007A Age by five-year age bands, LSOA 2021, England and Wales',
    publisher: CENSUS_PUBLISHER,
    licence: OGL_V3,
    attribution: ONS_ATTRIBUTION,
    period: CENSUS_PERIOD,
    upstream: 'shanwilkinson2/neighbourhood_info census2021-ts007a-lsoa.csv, commit 3568830 (blob 1d75799)',
  },
  'census2021_ts039_unpaid_care_msoa21_ew.csv': {
    title: 'Census 2021 TS039 Provision of unpaid care, MSOA 2021, England and Wales (used for York MSOA codes and as a check)',
    publisher: 'Office for National Statistics, Census 2021 (via lrowleyabel/Census-2021; columns renamed by that author)',
    licence: OGL_V3,
    attribution: ONS_ATTRIBUTION,
    period: CENSUS_PERIOD,
    upstream: 'lrowleyabel/Census-2021 Data/2021/MSOA Data/msoa_provision_of_unpaid_care_2021_data.csv, commit e3d7928',
  },
};

export function sourceInfo(path: string): SourceInfo {
  const name = path.split('/').pop() ?? path;
  const info = SOURCES[name];
  if (!info) throw new Error(`${path}: read by the pipeline but not described in scripts/pipeline/sources.ts`);
  return info;
}

import { OGL_V3, type ManifestSource } from '../../src/domain/place';

/** What the manifest says of a source file, apart from what is measured from the file itself. */
export type SourceInfo = Omit<ManifestSource, 'path' | 'sha256' | 'bytes'>;

const ONS_GEO_ATTRIBUTION =
  'Source: Office for National Statistics licensed under the Open Government Licence v.3.0. Contains OS data © Crown copyright and database right 2021';
const ONS_ATTRIBUTION = 'Source: Office for National Statistics licensed under the Open Government Licence v.3.0';
const CENSUS_PUBLISHER = 'Office for National Statistics, Census 2021 (Nomis bulk download, via shanwilkinson2/neighbourhood_info)';
const CENSUS_PERIOD = 'Census 2021 (census day 21 March 2021)';
const MHCLG_ATTRIBUTION =
  'Ministry of Housing, Communities and Local Government, English Indices of Deprivation. Contains public sector information licensed under the Open Government Licence v3.0';

const MHCLG_2025_ATTRIBUTION =
  'Contains public sector information licensed under the Open Government Licence v3.0. Source: Ministry of Housing, Communities and Local Government, English Indices of Deprivation 2025.';

const FINGERTIPS_ATTRIBUTION =
  'Source: OHID Fingertips. Contains public sector information licensed under the Open Government Licence v3.0';
const TRAFFORD_PUBLISHER = 'Office for Health Improvement and Disparities (OHID), Fingertips (compiled by Trafford Data Lab)';
const THEMES_UPSTREAM = (path: string, commit: string) => `traffordDataLab/trafford_themes ${path}, commit ${commit} (repository HEAD ae20a08)`;
const DASHBOARD_UPSTREAM = (path: string, commit: string) => `traffordDataLab/dashboard ${path}, commit ${commit} (repository HEAD 83e9bc0)`;
const FT2019_PUBLISHER = 'Public Health England, Fingertips (now OHID); downloaded June 2019 (via Jezzaay/Mental-Health-Analysis)';
const OPL_V3 = 'Open Parliament Licence v3.0';
const HOCLIB_ATTRIBUTION = 'Contains Parliamentary information licensed under the Open Parliament Licence v3.0.';
const HOCLIB_PUBLISHER =
  'House of Commons Library, Local health conditions prevalence estimates based on QOF (from NHS Digital QOF 2019/20 and GP registration data)';
const HEALTH_INDEX_PUBLISHER = 'Office for National Statistics, Health Index for England (via humaniverse/healthyr)';
const HEALTH_INDEX_ATTRIBUTION = 'Source: Office for National Statistics licensed under the Open Government Licence v.3.0 (ONS Health Index for England)';
const HEALTH_INDEX_PERIOD = '2015 to 2021 (the 2015–2021 edition; Health Index reference years)';
const HEALTH_INDEX_UPSTREAM = (path: string) => `humaniverse/healthyr ${path}, snapshot ed2003e (2026-01-13)`;
const HOCLIB_UPSTREAM = (path: string, blob: string) =>
  `houseofcommonslibrary/local-health-data-from-QOF ${path}, commit f81b851 (blob ${blob})`;

const DESNZ_PUBLISHER =
  'Department for Energy Security and Net Zero (published in April 2022 by its predecessor, the Department for Business, Energy & Industrial Strategy; via callumscoby/drugmisusedeaths)';
const DESNZ_ATTRIBUTION =
  'Contains public sector information licensed under the Open Government Licence v3.0. Source: Department for Business, Energy & Industrial Strategy, Sub-regional fuel poverty data 2022.';
const DESNZ_PERIOD = '2020 (Sub-regional fuel poverty data 2022; LSOA 2011 boundaries)';
const DESNZ_UPSTREAM = (sheet: string) =>
  `callumscoby/drugmisusedeaths Data/sub-regional-fuel-poverty-2022-tables.xlsx, commit 4244564 (blob 3dad840), sheet "${sheet}" as CSV`;

/**
 * The three lines Code-Point Open's licence.txt requires (it holds Royal Mail and ONS data as well as OS
 * data), word for word as in the 2025 release's file; shown wherever a postcode lookup result is shown.
 */
export const CODE_POINT_ATTRIBUTION = [
  'Contains Ordnance Survey data © Crown copyright and database right 2025.',
  'Contains Royal Mail data © Royal Mail copyright and database right 2025.',
  'Contains National Statistics data © Crown copyright and database right 2025.',
] as const;
const CODE_POINT_PUBLISHER = 'Ordnance Survey, Code-Point Open';
const CODE_POINT_PERIOD = 'October 2025 (release 2025.4.0)';
const CODE_POINT_UPSTREAM = (path: string, blob: string) =>
  `Ordnance Survey Code-Point Open (codepo_gb.zip, OS Data Hub) ${path}, via A-makarim/UCL-CSRI, commit 489ccca (blob ${blob})`;

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
  'humaniverse_imd2025_england_lsoa21.csv': {
    title: 'English Indices of Deprivation 2025, File 7: ranks, scores and deciles of the index and its domains, every LSOA in England',
    publisher: 'Ministry of Housing, Communities and Local Government (via the humaniverse/IMD R package)',
    licence: OGL_V3,
    attribution: MHCLG_2025_ATTRIBUTION,
    period: 'IoD2025 (published October 2025; indicators mostly 2021–2023)',
    upstream: 'humaniverse/IMD data/imd2025_england_lsoa21.rda, commit 2f6c905 (written to CSV unchanged)',
  },
  'humaniverse_imd2025_england_lsoa21_subdomains.csv': {
    title: 'English Indices of Deprivation 2025, File 7: sub-domain scores, ranks and deciles, every LSOA in England',
    publisher: 'Ministry of Housing, Communities and Local Government (via the humaniverse/IMD R package)',
    licence: OGL_V3,
    attribution: MHCLG_2025_ATTRIBUTION,
    period: 'IoD2025 (published October 2025; indicators mostly 2021–2023)',
    upstream: 'humaniverse/IMD data/imd2025_england_lsoa21_subdomains.rda, commit 2f6c905 (written to CSV unchanged)',
  },
  'humaniverse_imd2025_england_lsoa21_indicators.csv': {
    title: 'English Indices of Deprivation 2025, File 8: underlying indicators, every LSOA in England',
    publisher: 'Ministry of Housing, Communities and Local Government (via the humaniverse/IMD R package)',
    licence: OGL_V3,
    attribution: MHCLG_2025_ATTRIBUTION,
    period: 'IoD2025 (published October 2025; indicators mostly 2021–2023)',
    upstream: 'humaniverse/IMD data/imd2025_england_lsoa21_indicators.rda, commit 2f6c905 (written to CSV unchanged)',
  },
  'humaniverse_imd2025_england_ltla24.csv': {
    title: 'English Indices of Deprivation 2025, File 10: local authority district summaries (lower-tier, v2); read for the authorities’ names',
    publisher: 'Ministry of Housing, Communities and Local Government (via the humaniverse/IMD R package)',
    licence: OGL_V3,
    attribution: MHCLG_2025_ATTRIBUTION,
    period: 'IoD2025 (published October 2025; local authority districts of 2024)',
    upstream: 'humaniverse/IMD data/imd2025_england_ltla24.rda, commit 2f6c905 (written to CSV unchanged)',
  },
  'codepoint_open_2025_4_yo.csv': {
    title: 'Code-Point Open: every live postcode of the YO postcode area with its grid reference, district and electoral ward',
    publisher: CODE_POINT_PUBLISHER,
    licence: OGL_V3,
    attribution: CODE_POINT_ATTRIBUTION.join(' '),
    period: CODE_POINT_PERIOD,
    upstream: CODE_POINT_UPSTREAM('codepo_gb/Data/CSV/yo.csv', '55bb4d8'),
  },
  'codepoint_open_2025_4_column_headers.csv': {
    title: 'Code-Point Open: column headers (the data files have no header row)',
    publisher: CODE_POINT_PUBLISHER,
    licence: OGL_V3,
    attribution: CODE_POINT_ATTRIBUTION.join(' '),
    period: CODE_POINT_PERIOD,
    upstream: CODE_POINT_UPSTREAM('codepo_gb/Doc/Code-Point_Open_Column_Headers.csv', '3ba1476'),
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
  'fingertips_derived_trafforddatalab_alcohol_related_admissions_district_ua.csv': {
    title: 'Admission episodes for alcohol-related conditions (narrow measure, old method; Fingertips 91414), districts and unitary authorities',
    publisher: TRAFFORD_PUBLISHER,
    licence: OGL_V3,
    attribution: FINGERTIPS_ATTRIBUTION,
    period: '2008/09 to 2017/18',
    upstream: DASHBOARD_UPSTREAM('data/health/alcohol_related_admissions.csv', '9b1acb64d0a3ef37c19c9d8e7fd9ea65ab128b2b'),
  },
  'fingertips_derived_trafforddatalab_alcohol_related_mortality_district_ua.csv': {
    title: 'Alcohol-related mortality (Fingertips 91382), districts and unitary authorities',
    publisher: TRAFFORD_PUBLISHER,
    licence: OGL_V3,
    attribution: FINGERTIPS_ATTRIBUTION,
    period: '2008 to 2017',
    upstream: DASHBOARD_UPSTREAM('data/health/alcohol_related_mortality.csv', '9b1acb64d0a3ef37c19c9d8e7fd9ea65ab128b2b'),
  },
  'fingertips_derived_trafforddatalab_children_in_low_income_families_district_ua.csv': {
    title: 'Children in low income families, under 16s (Fingertips 10101), districts and unitary authorities',
    publisher: TRAFFORD_PUBLISHER,
    licence: OGL_V3,
    attribution: FINGERTIPS_ATTRIBUTION,
    period: '2006 to 2016',
    upstream: DASHBOARD_UPSTREAM('data/children/low_income_families.csv', '9b1acb64d0a3ef37c19c9d8e7fd9ea65ab128b2b'),
  },
  'fingertips_derived_trafforddatalab_healthy_life_expectancy_at_birth_county_ua.csv': {
    title: 'Healthy life expectancy at birth by sex (Fingertips 90362), counties and unitary authorities (pre-April 2019)',
    publisher: TRAFFORD_PUBLISHER,
    licence: OGL_V3,
    attribution: FINGERTIPS_ATTRIBUTION,
    period: '2009-11 to 2016-18',
    upstream: DASHBOARD_UPSTREAM('data/health/healthy_life_expectancy_at_birth.csv', '24d934872012a894c90ccff49f4da14cf3874dd2'),
  },
  'fingertips_derived_trafforddatalab_slope_index_of_inequality_county_ua.csv': {
    title: 'Slope index of inequality in life expectancy at birth by sex (Fingertips 92901), counties and unitary authorities',
    publisher: TRAFFORD_PUBLISHER,
    licence: OGL_V3,
    attribution: FINGERTIPS_ATTRIBUTION,
    period: '2010-12 to 2015-17',
    upstream: DASHBOARD_UPSTREAM('data/health/slope_index_of_inequality.csv', '9b1acb64d0a3ef37c19c9d8e7fd9ea65ab128b2b'),
  },
  'fingertips_derived_trafforddatalab_themes_life_expectancy_at_birth_ltla.csv': {
    title: 'Life expectancy at birth by sex (Fingertips 90366), districts and unitary authorities',
    publisher: TRAFFORD_PUBLISHER,
    licence: OGL_V3,
    attribution: FINGERTIPS_ATTRIBUTION,
    period: '2015 - 17 to 2023 - 25',
    upstream: THEMES_UPSTREAM('data/health/life_expectancy.csv', 'ae20a088ae35b93b57843c79ee56e0072915db9e'),
  },
  'fingertips_derived_trafforddatalab_themes_healthy_life_expectancy_at_birth_ltla.csv': {
    title: 'Healthy life expectancy at birth by sex (Fingertips 90362), unitary authorities',
    publisher: TRAFFORD_PUBLISHER,
    licence: OGL_V3,
    attribution: FINGERTIPS_ATTRIBUTION,
    period: '2015 - 17 to 2022 - 24',
    upstream: THEMES_UPSTREAM('data/health/healthy_life_expectancy.csv', 'ae20a088ae35b93b57843c79ee56e0072915db9e'),
  },
  'fingertips_derived_trafforddatalab_themes_slope_index_inequality_life_expectancy_ltla.csv': {
    title: 'Inequality in life expectancy at birth, slope index of inequality by sex (Fingertips 92901), districts and unitary authorities',
    publisher: TRAFFORD_PUBLISHER,
    licence: OGL_V3,
    attribution: FINGERTIPS_ATTRIBUTION,
    period: '2015 - 17 to 2022 - 24',
    upstream: THEMES_UPSTREAM('data/health/inequality_life_expectancy.csv', 'ae20a088ae35b93b57843c79ee56e0072915db9e'),
  },
  'fingertips_derived_trafforddatalab_themes_u75_mortality_preventable_ltla.csv': {
    title: 'Under 75 mortality rate from causes considered preventable by sex (Fingertips 93721), districts and unitary authorities',
    publisher: TRAFFORD_PUBLISHER,
    licence: OGL_V3,
    attribution: FINGERTIPS_ATTRIBUTION,
    period: '2014 to 2024',
    upstream: THEMES_UPSTREAM('data/health/mortality_rate.csv', '2daf91f9006d95aeaad67723ef171aa95766d370'),
  },
  'fingertips_derived_trafforddatalab_themes_smoking_prevalence_adults_aps_ltla.csv': {
    title: 'Smoking prevalence in adults, current smokers, APS (Fingertips 92443), districts and unitary authorities',
    publisher: TRAFFORD_PUBLISHER,
    licence: OGL_V3,
    attribution: FINGERTIPS_ATTRIBUTION,
    period: '2011 to 2024',
    upstream: THEMES_UPSTREAM('data/health/adults_smoking.csv', '2daf91f9006d95aeaad67723ef171aa95766d370'),
  },
  'fingertips_derived_trafforddatalab_themes_depression_qof_prevalence_ltla.csv': {
    title: 'Depression: QOF prevalence, 18+ (Fingertips 848), districts and unitary authorities',
    publisher: TRAFFORD_PUBLISHER,
    licence: OGL_V3,
    attribution: FINGERTIPS_ATTRIBUTION,
    period: '2014/15 to 2024/25',
    upstream: THEMES_UPSTREAM('data/health/adults_depression.csv', '2daf91f9006d95aeaad67723ef171aa95766d370'),
  },
  'fingertips_derived_trafforddatalab_themes_overweight_obese_adults_ltla.csv': {
    title: 'Overweight (including obesity) prevalence in adults (Fingertips 93088), districts and unitary authorities',
    publisher: TRAFFORD_PUBLISHER,
    licence: OGL_V3,
    attribution: FINGERTIPS_ATTRIBUTION,
    period: '2015/16 to 2024/25',
    upstream: THEMES_UPSTREAM('data/health/overweight_adult.csv', 'ae20a088ae35b93b57843c79ee56e0072915db9e'),
  },
  'fingertips_derived_trafforddatalab_themes_physically_active_adults_ltla.csv': {
    title: 'Percentage of physically active adults (Fingertips 93014), districts and unitary authorities',
    publisher: TRAFFORD_PUBLISHER,
    licence: OGL_V3,
    attribution: FINGERTIPS_ATTRIBUTION,
    period: '2015/16 to 2024/25',
    upstream: THEMES_UPSTREAM('data/health/active_adults.csv', 'ae20a088ae35b93b57843c79ee56e0072915db9e'),
  },
  'fingertips_derived_trafforddatalab_themes_physically_inactive_adults_ltla.csv': {
    title: 'Percentage of physically inactive adults (Fingertips 93015), districts and unitary authorities',
    publisher: TRAFFORD_PUBLISHER,
    licence: OGL_V3,
    attribution: FINGERTIPS_ATTRIBUTION,
    period: '2015/16 to 2024/25',
    upstream: THEMES_UPSTREAM('data/health/inactive_adults.csv', 'ae20a088ae35b93b57843c79ee56e0072915db9e'),
  },
  'fingertips_derived_trafforddatalab_themes_obesity_reception_ltla.csv': {
    title: 'Reception prevalence of obesity, including severe obesity (Fingertips 90319), districts and unitary authorities',
    publisher: TRAFFORD_PUBLISHER,
    licence: OGL_V3,
    attribution: FINGERTIPS_ATTRIBUTION,
    period: '2014/15 to 2024/25',
    upstream: THEMES_UPSTREAM('data/children/obese_reception.csv', '8b6e8a046aeb2036effe6b9f422b4b211baeda73'),
  },
  'fingertips_derived_trafforddatalab_themes_obesity_year6_ltla.csv': {
    title: 'Year 6 prevalence of obesity, including severe obesity (Fingertips 90323), districts and unitary authorities',
    publisher: TRAFFORD_PUBLISHER,
    licence: OGL_V3,
    attribution: FINGERTIPS_ATTRIBUTION,
    period: '2014/15 to 2024/25',
    upstream: THEMES_UPSTREAM('data/children/obese_year6.csv', '8b6e8a046aeb2036effe6b9f422b4b211baeda73'),
  },
  'ons_drug_poisoning_deaths_by_la_1993_2021.xlsx': {
    title: 'Deaths related to drug poisoning by local authority, England and Wales (2021 registrations), Tables 3–8',
    publisher: 'Office for National Statistics (via callumscoby/drugmisusedeaths)',
    licence: OGL_V3,
    attribution: ONS_ATTRIBUTION,
    period: '2001 - 03 to 2019 - 21 (deaths registered; published 3 August 2022)',
    upstream: 'callumscoby/drugmisusedeaths Data/2021localauthorities.xlsx, commit 4244564 (blob 19a95a0)',
  },
  'fingertips_export_phof_social_isolation_90280_90638_county_ua_2010_2019.csv': {
    title: 'Fingertips Public Health Outcomes Framework export: social isolation (indicators 90280 and 90638), counties and unitary authorities',
    publisher: 'Office for Health Improvement and Disparities (formerly Public Health England), Fingertips (via britishredcrosssociety/covid-19-vulnerability)',
    licence: OGL_V3,
    attribution: 'Contains public sector information from OHID (formerly PHE) Fingertips, licensed under the Open Government Licence v3.0',
    period: '2010/11 to 2018/19',
    upstream: 'britishredcrosssociety/covid-19-vulnerability data/social-isolation-indicators-CountyUA.data.csv, commit 925c65d (blob b55f2fc)',
  },
  'fingertips_export_93495_common_mental_disorders_2017_all_areas.csv': {
    title: 'Fingertips export for all areas: estimated prevalence of common mental disorders, aged 16 and over (indicator 93495)',
    publisher: 'Office for Health Improvement and Disparities, Fingertips, Common Mental Health Disorders profile (via callumscoby/drugmisusedeaths)',
    licence: OGL_V3,
    attribution: 'Contains public sector information from OHID Fingertips, licensed under the Open Government Licence v3.0',
    period: '2017',
    upstream: 'callumscoby/drugmisusedeaths Data/indicator-93495-all-areas.csv, commit 4244564 (blob 38d1ece)',
  },
  'fingertips_export_modelled_prevalence_2015_district_ua_pre419.csv': {
    title: 'Fingertips export: disease and risk factor prevalence, modelled estimates for 2015, districts and unitary authorities (pre April 2019)',
    publisher: 'Public Health England (now OHID), Fingertips (via britishredcrosssociety/covid-19-vulnerability)',
    licence: OGL_V3,
    attribution: 'Contains public sector information from OHID (formerly PHE) Fingertips, licensed under the Open Government Licence v3.0',
    period: '2015',
    upstream: 'britishredcrosssociety/covid-19-vulnerability data/indicators-DistrictUApre419.data.csv, commit c15d87e (blob f58b0be)',
  },
  'fingertips_export_suicide_prevention_county_ua_yorkshire_2019download.csv': {
    title: 'Fingertips Suicide Prevention Profile export, Yorkshire and the Humber counties and unitary authorities',
    publisher: FT2019_PUBLISHER,
    licence: OGL_V3,
    attribution: FINGERTIPS_ATTRIBUTION,
    period: '2012 - 14 to 2015 - 17 (downloaded June 2019)',
    upstream: 'Jezzaay/Mental-Health-Analysis data/suicides/indicators-CountyUA.data yorkshire.csv, commit bfd4486 (blob 54c4b77)',
  },
  'fingertips_export_cyp_mental_health_county_ua_yorkshire_2019download.csv': {
    title: 'Fingertips Children and Young People’s Mental Health and Wellbeing profile export, Yorkshire and the Humber counties and unitary authorities',
    publisher: FT2019_PUBLISHER,
    licence: OGL_V3,
    attribution: FINGERTIPS_ATTRIBUTION,
    period: '2013 to 2018 (downloaded June 2019)',
    upstream: 'Jezzaay/Mental-Health-Analysis data/children & Younger people/indicators-CountyUA.data yorkshire &.csv, commit bfd4486 (blob 86f26fd)',
  },
  'ons_subnational_indicators_machine_readable_2022.csv': {
    title: 'Subnational indicators explorer, machine-readable data (August 2022 update)',
    publisher: 'Office for National Statistics (via ONSvisual/subnational-indicators)',
    licence: OGL_V3,
    attribution: ONS_ATTRIBUTION,
    period: '2016 to 2022 (health indicators 2016-18 to 2020/21)',
    upstream: 'ONSvisual/subnational-indicators R/machine_readable.csv, commit 6c1bac1 (blob 1c56043)',
  },
  'hoclib_qof_modelled_prevalence_2019_20_lad.csv': {
    title: 'Modelled GP-recorded disease prevalence (QOF 2019/20), local authorities',
    publisher: HOCLIB_PUBLISHER,
    licence: OPL_V3,
    attribution: HOCLIB_ATTRIBUTION,
    period: 'QOF 2019/20 (April 2019 to March 2020)',
    upstream: HOCLIB_UPSTREAM('outputs/output_lad_prevalence.csv', 'b023ad5'),
  },
  'hoclib_qof_modelled_prevalence_2019_20_pcon.csv': {
    title: 'Modelled GP-recorded disease prevalence (QOF 2019/20), Westminster constituencies (2010–2024 boundaries)',
    publisher: HOCLIB_PUBLISHER,
    licence: OPL_V3,
    attribution: HOCLIB_ATTRIBUTION,
    period: 'QOF 2019/20 (April 2019 to March 2020)',
    upstream: HOCLIB_UPSTREAM('outputs/output_pcon_prevalence.csv', '9d39720'),
  },
  'hoclib_qof_modelled_prevalence_2019_20_region.csv': {
    title: 'Modelled GP-recorded disease prevalence (QOF 2019/20), regions',
    publisher: HOCLIB_PUBLISHER,
    licence: OPL_V3,
    attribution: HOCLIB_ATTRIBUTION,
    period: 'QOF 2019/20 (April 2019 to March 2020)',
    upstream: HOCLIB_UPSTREAM('outputs/output_region_prevalence.csv', '0afdb79'),
  },
  'desnz_fuel_poverty_2020_lsoa11_england_table3.csv': {
    title: 'Sub-regional fuel poverty 2020 (Low Income Low Energy Efficiency), Table 3: LSOAs (2011), England',
    publisher: DESNZ_PUBLISHER,
    licence: OGL_V3,
    attribution: DESNZ_ATTRIBUTION,
    period: DESNZ_PERIOD,
    upstream: DESNZ_UPSTREAM('Table 3'),
  },
  'desnz_fuel_poverty_2020_la_region_england_table2.csv': {
    title: 'Sub-regional fuel poverty 2020 (Low Income Low Energy Efficiency), Table 2: England, regions, counties and local authorities',
    publisher: DESNZ_PUBLISHER,
    licence: OGL_V3,
    attribution: DESNZ_ATTRIBUTION,
    period: '2020 (Sub-regional fuel poverty data 2022; local authority codes as in 2020–21)',
    upstream: DESNZ_UPSTREAM('Table 2'),
  },
  'humaniverse_healthyr_england_health_index_ltla21.csv': {
    title: 'Health Index for England: overall and domain scores, lower-tier local authorities (2021 boundaries)',
    publisher: HEALTH_INDEX_PUBLISHER,
    licence: OGL_V3,
    attribution: HEALTH_INDEX_ATTRIBUTION,
    period: HEALTH_INDEX_PERIOD,
    upstream: HEALTH_INDEX_UPSTREAM('.broadcast/england_health_index.csv (blob 59f63bd), byte-identical copy'),
  },
  'humaniverse_healthyr_england_health_index_subdomains_ltla21.csv': {
    title: 'Health Index for England: subdomain scores, lower-tier local authorities (2021 boundaries)',
    publisher: HEALTH_INDEX_PUBLISHER,
    licence: OGL_V3,
    attribution: HEALTH_INDEX_ATTRIBUTION,
    period: HEALTH_INDEX_PERIOD,
    upstream: HEALTH_INDEX_UPSTREAM('.broadcast/england_health_index_subdomains.csv (blob 71d225e), byte-identical copy'),
  },
  'humaniverse_healthyr_england_health_index_indicators_ltla21.csv': {
    title: 'Health Index for England: the 56 underlying indicators (raw values), lower-tier local authorities (2021 boundaries)',
    publisher: HEALTH_INDEX_PUBLISHER,
    licence: OGL_V3,
    attribution: HEALTH_INDEX_ATTRIBUTION,
    period: HEALTH_INDEX_PERIOD,
    upstream: HEALTH_INDEX_UPSTREAM('data/england_health_index_indicators.rda (blob 50c1090), written to CSV with R 4.2.2'),
  },
};

export function sourceInfo(path: string): SourceInfo {
  const name = path.split('/').pop() ?? path;
  const info = SOURCES[name];
  if (!info) throw new Error(`${path}: read by the pipeline but not described in scripts/pipeline/sources.ts`);
  return info;
}

// Curated metadata for the local-authority indicators: plain-English names, definitions, units and
// polarities, written for this dashboard from the publishers' own definitions. Rows are read from the
// raw files by scripts/pipeline/authorities.ts (Fingertips and ONS files) and qof.ts (House of Commons
// Library QOF estimates); sources.ts holds each file's publisher, licence and attribution.
//
// Polarity is the publisher's own, as its labels show it: OHID Fingertips labels judged indicators
// Better/Similar/Worse and the others Higher/Similar/Lower. The two 2019 Fingertips downloads (suicide
// prevention; children and young people's mental health) label every indicator Higher/Similar/Lower,
// so they are 'no-judgement' here too, and the app's colours agree with the published labels.
import type { IndicatorMeta } from '../../src/domain/indicators';

export type Theme =
  | 'Alcohol harm'
  | 'Drug harm'
  | 'General health and disability'
  | 'Deprivation and income'
  | 'Carers'
  | 'Children'
  | 'Older people'
  | 'Mental health'
  | 'Lifestyle'
  | 'Life expectancy'
  | 'Population';

/** The metadata written for each indicator, plus where its rows come from. */
export interface AuthorityIndicator
  extends Pick<IndicatorMeta, 'name' | 'definition' | 'whyItMatters' | 'unit' | 'valueType' | 'multiplier' | 'polarity' | 'comparisonLevel' | 'caveats' | 'superseded'> {
  /** Stable id: source prefix, the publisher's indicator id where it has one, and a short name. */
  id: string;
  /** Key of the raw file in the place configuration (scripts/places/york.json). */
  file: string;
  /** How the raw file names the indicator: Fingertips ID (exports), indicator text (tidy files) or QOF group code. */
  sourceKey: string;
  theme: Theme;
  /** Age group written on rows whose source gives none (tidy files, ONS, QOF); Fingertips exports give their own. */
  age: string;
  /** Further age groups the source gives as their own series (each sex × age is one series); any other stops the build. */
  otherAges?: readonly string[];
  /** The sexes the source gives; any other stops the build. */
  sexes: readonly ('Persons' | 'Male' | 'Female')[];
  /** ONS writes compact periods ("201618"); the label written instead (Fingertips style). Any other period stops the build. */
  periods?: Record<string, string>;
  /** False when the publisher gives intervals but does not compare the indicator with England ("Not compared"). */
  publisherCompares?: boolean;
}

// ---------------------------------------------------------------------------------------------
// Caveats shared by several indicators

const LABEL_ONLY = 'Published label from OHID Fingertips; the interval behind it is not in this file.';
const ROUNDED_1DP = 'Values were rounded to 1 decimal place by Trafford Data Lab, which compiled the file from Fingertips.';
const ROUNDED_WHOLE = 'Values were rounded to whole numbers by Trafford Data Lab, which compiled the file from Fingertips.';
const DASHBOARD_2019 =
  'From a file compiled in 2019–2020; the series ends in 2016–2018. Historical context, not the latest figures. There is no Yorkshire and the Humber figure in this file.';
const NO_REGION = 'There is no Yorkshire and the Humber figure in this file.';
const SURVEY = 'A survey estimate: local figures come from samples and can change a lot from one year to the next.';
const FT_2019 =
  'From a Fingertips download of June 2019 for Yorkshire and the Humber: historical context, not the latest figures. Authorities outside the region are not in the file.';
const FT_NO_JUDGEMENT =
  'Fingertips shows this indicator as higher, similar or lower than England, without judging it better or worse.';
const FT_REGION_AGGREGATED =
  'Fingertips gave the regional figure no interval (it was aggregated from the local authorities) and did not compare it; none is computed here.';
const MODELLED_FT =
  'A modelled estimate (national survey rates applied to the local population), not a count of diagnosed children. Fingertips gives it no interval and does not compare it with England.';
const MALES_ONLY = 'Only the figure for males is in this download.';
const ONS_NO_CI =
  'From the ONS Subnational indicators explorer (August 2022): no confidence interval, count or denominator is given, so it is not tested against England.';
const QOF_MODELLED =
  'Modelled estimates: GP practice registers were shared out to neighbourhoods by where each practice’s patients live, with adjustments for age and long-term illness, then added up. They are not counts, so no confidence interval is given.';
const QOF_PATIENTS =
  'The population is patients registered with a GP, not residents: student areas and city centres can differ from the resident population.';
const QOF_RECORDING = 'Differences between areas may reflect how GPs record conditions as well as how common they are.';
const QOF_COVID = 'QOF 2019/20 ended in March 2020 and may be affected by the start of the COVID-19 pandemic.';
const QOF_ENGLAND =
  'England is the sum of the modelled registers divided by the sum of the list sizes over English local authorities (E06–E09), computed for this dashboard. Welsh rows are left out.';
const NOT_COMPARED = 'Not compared: Fingertips does not compare this indicator with England, and neither does this dashboard.';
// Texts shared by the two series of one Fingertips indicator (the 2019 download and the themes series).
const LIFE_EXPECTANCY_GAP_TEXT = {
  definition:
    'The slope index of inequality: the estimated gap in life expectancy at birth, in years, between the most and the least deprived people in the area, using all its deprivation deciles (Fingertips indicator 92901).',
  whyItMatters:
    'It measures how unequal health is within the area. A wider gap means the most deprived residents die much younger than the least deprived.',
};
const HEALTHY_LIFE_EXPECTANCY_WHY =
  'It shows how long people live in good health, not just how long they live. The gap between the two is years lived in poor health, when care and support are most needed.';
const QOF_CONSTITUENCIES = 'York Central and York Outer are the 2010–2024 Westminster constituencies; together they cover the City of York.';

// ---------------------------------------------------------------------------------------------
// 1. traffordDataLab/dashboard: Fingertips series to 2016–2018

const DASHBOARD: AuthorityIndicator[] = [
  {
    id: 'ft-91414-alcohol-admissions-narrow',
    file: 'ftAlcoholAdmissions',
    sourceKey: 'Alcohol related admissions (narrow measure)',
    name: 'Hospital admissions for alcohol-related conditions (narrow measure, old method)',
    definition:
      'Hospital admissions where the main reason for admission was caused by alcohol, or where an alcohol-related injury or poisoning was recorded as a secondary cause, per 100,000 people, age-standardised. This is Fingertips indicator 91414, the old “narrow” method.',
    whyItMatters:
      'Alcohol harm is the Alliance’s stated concern. These admissions show where drinking causes illness and injury serious enough to need a hospital bed.',
    unit: 'per 100,000 (age-standardised)',
    valueType: 'rate',
    multiplier: 100000,
    polarity: 'low-is-good',
    comparisonLevel: 0.95,
    theme: 'Alcohol harm',
    age: 'All ages',
    sexes: ['Persons'],
    caveats: [
      'Old method (Fingertips indicator 91414, to 2017/18). OHID has since replaced it with a new narrow measure (indicator 93764) that counts admissions differently: do not compare these figures with the new measure.',
      LABEL_ONLY,
      ROUNDED_WHOLE,
      DASHBOARD_2019,
    ],
    superseded:
      'Old method: OHID has replaced this indicator with a new measure (Fingertips 93764), which is not in the open files held here.',
  },
  {
    id: 'ft-91382-alcohol-mortality',
    file: 'ftAlcoholMortality',
    sourceKey: 'Alcohol related mortality',
    name: 'Deaths from alcohol-related conditions',
    definition:
      'Deaths from conditions caused wholly or partly by alcohol, per 100,000 people, age-standardised, for each calendar year (Fingertips indicator 91382). Deaths partly caused by alcohol are counted by the share attributed to alcohol.',
    whyItMatters:
      'Alcohol-related deaths are the most serious harm from drinking, and many could be prevented with earlier help. Alcohol harm is the Alliance’s stated concern.',
    unit: 'per 100,000 (age-standardised)',
    valueType: 'rate',
    multiplier: 100000,
    polarity: 'low-is-good',
    comparisonLevel: 0.95,
    theme: 'Alcohol harm',
    age: 'All ages',
    sexes: ['Persons'],
    caveats: [
      'Alcohol-related, not alcohol-specific: it includes a share of deaths from conditions such as some cancers and heart disease.',
      LABEL_ONLY,
      ROUNDED_1DP,
      DASHBOARD_2019,
    ],
  },
  {
    id: 'ft-10101-children-low-income',
    file: 'ftChildrenLowIncome',
    sourceKey: 'Children in low income families',
    name: 'Children in low-income families (under 16s)',
    definition:
      'The share of children under 16 living in families that get out-of-work benefits, or tax credits with an income below 60% of the national median (HMRC’s local measure; Fingertips indicator 10101).',
    whyItMatters: 'Growing up in poverty harms children’s health and education, and the effects last into adult life.',
    unit: '%',
    valueType: 'proportion',
    multiplier: 100,
    polarity: 'low-is-good',
    comparisonLevel: 0.95,
    theme: 'Deprivation and income',
    age: '<16 yrs',
    sexes: ['Persons'],
    caveats: [
      'HMRC’s measure stopped in 2016. Later “children in low income families” statistics (DWP) are defined differently and are not comparable.',
      LABEL_ONLY,
      ROUNDED_1DP,
      DASHBOARD_2019,
    ],
  },
  {
    id: 'ft-90362-healthy-life-expectancy-2009-2018',
    file: 'ftHealthyLifeExpectancyCountyUa',
    sourceKey: 'Healthy life expectancy at birth',
    name: 'Healthy life expectancy at birth (series to 2016–18)',
    definition:
      'The average number of years a newborn could expect to live in good health, if death rates and people’s own reports of their health stayed as they were over the 3 years (Fingertips indicator 90362).',
    whyItMatters: HEALTHY_LIFE_EXPECTANCY_WHY,
    unit: 'years',
    valueType: 'years',
    multiplier: null,
    polarity: 'high-is-good',
    comparisonLevel: 0.95,
    theme: 'Life expectancy',
    age: 'All ages',
    sexes: ['Male', 'Female'],
    caveats: [
      'An earlier series on the county and unitary authority boundaries used before April 2019 (counties appear whole; districts have no figure). For recent years use “Healthy life expectancy at birth”; the two series overlap in 2015–17 and 2016–18 and may differ where ONS revised its figures.',
      LABEL_ONLY,
      ROUNDED_1DP,
      DASHBOARD_2019,
    ],
  },
  {
    id: 'ft-92901-life-expectancy-gap-2010-2017',
    file: 'ftSlopeIndexCountyUa',
    sourceKey: 'Inequality in life expectancy at birth',
    name: 'Gap in life expectancy between the most and least deprived (series to 2015–17)',
    ...LIFE_EXPECTANCY_GAP_TEXT,
    unit: 'years',
    valueType: 'years',
    multiplier: null,
    polarity: 'no-judgement',
    comparisonLevel: 0.95,
    theme: 'Life expectancy',
    age: 'All ages',
    sexes: ['Male', 'Female'],
    caveats: [
      NOT_COMPARED,
      'An earlier series on the county and unitary authority boundaries used before April 2019. For recent years use “Gap in life expectancy between the most and least deprived”.',
      ROUNDED_1DP,
      DASHBOARD_2019,
    ],
    publisherCompares: false,
  },
];

// ---------------------------------------------------------------------------------------------
// 2. traffordDataLab/trafford_themes: Fingertips series to 2024/25 (districts and unitary authorities)

const THEMES: AuthorityIndicator[] = [
  {
    id: 'ft-90366-life-expectancy',
    file: 'themesLifeExpectancy',
    sourceKey: 'Life expectancy at birth',
    name: 'Life expectancy at birth',
    definition:
      'The average number of years a newborn would live if death rates at each age stayed as they were over the 3 years (Fingertips indicator 90366, from ONS).',
    whyItMatters:
      'Life expectancy is the broadest single summary of a population’s health. Gaps between areas, and between men and women, show where health is worst.',
    unit: 'years',
    valueType: 'years',
    multiplier: null,
    polarity: 'high-is-good',
    comparisonLevel: 0.95,
    theme: 'Life expectancy',
    age: 'All ages',
    sexes: ['Male', 'Female'],
    caveats: [LABEL_ONLY, ROUNDED_1DP, NO_REGION],
  },
  {
    id: 'ft-90362-healthy-life-expectancy',
    file: 'themesHealthyLifeExpectancy',
    sourceKey: 'Healthy life expectancy at birth',
    name: 'Healthy life expectancy at birth',
    definition:
      'The average number of years a newborn could expect to live in good health, if death rates and people’s own reports of their health stayed as they were over the 3 years (Fingertips indicator 90362, from ONS).',
    whyItMatters: HEALTHY_LIFE_EXPECTANCY_WHY,
    unit: 'years',
    valueType: 'years',
    multiplier: null,
    polarity: 'high-is-good',
    comparisonLevel: 0.95,
    theme: 'Life expectancy',
    age: 'All ages',
    sexes: ['Male', 'Female'],
    caveats: [
      'Given only for unitary authorities, metropolitan districts and London boroughs; shire districts have no figure.',
      'Good health is self-reported in the Annual Population Survey, so local figures have wide margins of error.',
      LABEL_ONLY,
      ROUNDED_1DP,
      NO_REGION,
    ],
  },
  {
    id: 'ft-92901-life-expectancy-gap',
    file: 'themesSlopeIndex',
    sourceKey: 'Inequality in life expectancy at birth',
    name: 'Gap in life expectancy between the most and least deprived',
    ...LIFE_EXPECTANCY_GAP_TEXT,
    unit: 'years',
    valueType: 'years',
    multiplier: null,
    polarity: 'no-judgement',
    comparisonLevel: 0.95,
    theme: 'Life expectancy',
    age: 'All ages',
    sexes: ['Male', 'Female'],
    caveats: [
      NOT_COMPARED,
      ROUNDED_1DP,
      NO_REGION,
    ],
    publisherCompares: false,
  },
  {
    id: 'ft-93721-preventable-deaths-under-75',
    file: 'themesU75Preventable',
    sourceKey: 'Under 75 mortality rate from causes considered preventable (per 100,000 population)',
    name: 'Deaths under 75 from causes considered preventable',
    definition:
      'Deaths of people under 75 from causes that could mainly be avoided by public health measures and prevention, per 100,000 people, age-standardised (Fingertips indicator 93721).',
    whyItMatters:
      'Most of these deaths could be avoided by tackling smoking, alcohol, poor diet and inactivity, and through vaccination and screening.',
    unit: 'per 100,000 (age-standardised)',
    valueType: 'rate',
    multiplier: 100000,
    polarity: 'low-is-good',
    comparisonLevel: 0.95,
    theme: 'Life expectancy',
    age: '<75 yrs',
    sexes: ['Persons', 'Male', 'Female'],
    caveats: [LABEL_ONLY, ROUNDED_1DP, NO_REGION],
  },
  {
    id: 'ft-92443-adults-who-smoke',
    file: 'themesSmoking',
    sourceKey: 'Smoking Prevalence in adults (aged 18 and over) - current smokers (APS)',
    name: 'Adults who smoke',
    definition:
      'The share of adults aged 18 and over who say they smoke cigarettes now, from the Annual Population Survey (Fingertips indicator 92443).',
    whyItMatters:
      'Smoking is the largest single cause of preventable illness and early death, and it is more common in deprived areas.',
    unit: '%',
    valueType: 'proportion',
    multiplier: 100,
    polarity: 'low-is-good',
    comparisonLevel: 0.95,
    theme: 'Lifestyle',
    age: '18+ yrs',
    sexes: ['Persons'],
    caveats: [SURVEY, LABEL_ONLY, ROUNDED_1DP, NO_REGION],
  },
  {
    id: 'ft-848-depression-recorded',
    file: 'themesDepression',
    sourceKey: 'Depression: QOF prevalence',
    name: 'Depression recorded by GPs (adults)',
    definition:
      'The share of patients aged 18 and over registered with GP practices who have depression recorded, from the Quality and Outcomes Framework (Fingertips indicator 848).',
    whyItMatters:
      'Depression is common and disabling. It shows how many adults GPs are supporting, though it also reflects how readily people seek help and how practices record it.',
    unit: '%',
    valueType: 'proportion',
    multiplier: 100,
    polarity: 'no-judgement',
    comparisonLevel: 0.998,
    theme: 'Mental health',
    age: '18+ yrs',
    sexes: ['Persons'],
    caveats: [
      'Fingertips compares it with England at 99.8% confidence and labels it higher or lower (“Higher 99.8”, “Lower 99.8”), not better or worse.',
      'Counts patients registered with GP practices, not residents.',
      'The file has no figure for 2023/24.',
      LABEL_ONLY,
      ROUNDED_1DP,
      NO_REGION,
    ],
  },
  {
    id: 'ft-93088-adults-overweight',
    file: 'themesOverweightAdults',
    sourceKey: 'Overweight (including obesity) prevalence in adults, (using adjusted self-reported height and weight)',
    name: 'Adults overweight or obese',
    definition:
      'The share of adults aged 18 and over who are overweight or obese (body mass index 25 or more), from the Active Lives Survey, with self-reported height and weight adjusted for reporting bias (Fingertips indicator 93088).',
    whyItMatters: 'Excess weight raises the risk of type 2 diabetes, heart disease, some cancers and joint problems.',
    unit: '%',
    valueType: 'proportion',
    multiplier: 100,
    polarity: 'low-is-good',
    comparisonLevel: 0.95,
    theme: 'Lifestyle',
    age: '18+ yrs',
    sexes: ['Persons'],
    caveats: [SURVEY, LABEL_ONLY, ROUNDED_1DP, NO_REGION],
  },
  {
    id: 'ft-93014-adults-physically-active',
    file: 'themesActiveAdults',
    sourceKey: 'Percentage of physically active adults',
    name: 'Physically active adults',
    definition:
      'The share of adults aged 19 and over who do at least 150 minutes of moderate physical activity a week (or the equivalent), from the Active Lives Survey (Fingertips indicator 93014).',
    whyItMatters: 'Regular activity lowers the risk of heart disease, type 2 diabetes, depression and falls.',
    unit: '%',
    valueType: 'proportion',
    multiplier: 100,
    polarity: 'high-is-good',
    comparisonLevel: 0.95,
    theme: 'Lifestyle',
    age: '19+ yrs',
    sexes: ['Persons'],
    caveats: [SURVEY, LABEL_ONLY, ROUNDED_1DP, NO_REGION],
  },
  {
    id: 'ft-93015-adults-physically-inactive',
    file: 'themesInactiveAdults',
    sourceKey: 'Percentage of physically inactive adults',
    name: 'Physically inactive adults',
    definition:
      'The share of adults aged 19 and over who do less than 30 minutes of moderate physical activity a week, from the Active Lives Survey (Fingertips indicator 93015).',
    whyItMatters: 'Inactivity is linked to heart disease, type 2 diabetes, some cancers and poor mental health, and it is most common in deprived areas.',
    unit: '%',
    valueType: 'proportion',
    multiplier: 100,
    polarity: 'low-is-good',
    comparisonLevel: 0.95,
    theme: 'Lifestyle',
    age: '19+ yrs',
    sexes: ['Persons'],
    caveats: [SURVEY, LABEL_ONLY, ROUNDED_1DP, NO_REGION],
  },
  {
    id: 'ft-90319-obesity-reception',
    file: 'themesObesityReception',
    sourceKey: 'Reception prevalence of obesity (including severe obesity)',
    name: 'Obesity in Reception children (aged 4 to 5)',
    definition:
      'The share of children in Reception (aged 4 to 5) measured as obese, including severely obese, by the National Child Measurement Programme (Fingertips indicator 90319).',
    whyItMatters:
      'Children who are obese are more likely to be obese as adults and to develop type 2 diabetes and heart disease. Rates are highest in deprived areas.',
    unit: '%',
    valueType: 'proportion',
    multiplier: 100,
    polarity: 'low-is-good',
    comparisonLevel: 0.95,
    theme: 'Children',
    age: '4-5 yrs',
    sexes: ['Persons'],
    caveats: [
      'Many areas, York among them, have no figure for 2020/21, when measurement was reduced during COVID-19.',
      'Ward, county and deprivation-quintile rows in the source cover only Trafford and its comparators and are not included.',
      LABEL_ONLY,
      ROUNDED_1DP,
      NO_REGION,
    ],
  },
  {
    id: 'ft-90323-obesity-year-6',
    file: 'themesObesityYear6',
    sourceKey: 'Year 6 prevalence of obesity (including severe obesity)',
    name: 'Obesity in Year 6 children (aged 10 to 11)',
    definition:
      'The share of children in Year 6 (aged 10 to 11) measured as obese, including severely obese, by the National Child Measurement Programme (Fingertips indicator 90323).',
    whyItMatters:
      'Children who are obese are more likely to be obese as adults and to develop type 2 diabetes and heart disease. Rates are highest in deprived areas.',
    unit: '%',
    valueType: 'proportion',
    multiplier: 100,
    polarity: 'low-is-good',
    comparisonLevel: 0.95,
    theme: 'Children',
    age: '10-11 yrs',
    sexes: ['Persons'],
    caveats: [
      'Ward, county and deprivation-quintile rows in the source cover only Trafford and its comparators and are not included.',
      LABEL_ONLY,
      ROUNDED_1DP,
      NO_REGION,
    ],
  },
];

// ---------------------------------------------------------------------------------------------
// 3. Fingertips exports downloaded in June 2019 (Yorkshire and the Humber county and unitary authorities)

const SUICIDE: AuthorityIndicator[] = [
  {
    id: 'ft-41001-suicide-rate-males',
    file: 'ftSuicidePrevention2019',
    sourceKey: '41001',
    name: 'Suicide rate (males)',
    definition:
      'Deaths of males aged 10 and over from suicide or injury of undetermined intent, per 100,000, age-standardised, 3 years combined (Fingertips indicator 41001).',
    whyItMatters:
      'Every suicide devastates families and communities, and many can be prevented. Local rates guide suicide prevention plans.',
    unit: 'per 100,000 (age-standardised)',
    valueType: 'rate',
    multiplier: 100000,
    polarity: 'no-judgement',
    comparisonLevel: 0.95,
    theme: 'Mental health',
    age: '10+ yrs',
    sexes: ['Male'],
    caveats: [MALES_ONLY, FT_NO_JUDGEMENT, FT_2019],
  },
  {
    id: 'ft-91390-suicide-rate-males-10-34',
    file: 'ftSuicidePrevention2019',
    sourceKey: '91390',
    name: 'Suicide rate, males aged 10 to 34',
    definition:
      'Deaths of males aged 10 to 34 from suicide or injury of undetermined intent, per 100,000, not age-standardised, 5 years combined (Fingertips indicator 91390).',
    whyItMatters: 'Suicide is a leading cause of death in young men. The rate by age shows where prevention should focus.',
    unit: 'per 100,000',
    valueType: 'rate',
    multiplier: 100000,
    polarity: 'no-judgement',
    comparisonLevel: 0.95,
    theme: 'Mental health',
    age: '10-34 yrs',
    sexes: ['Male'],
    caveats: [MALES_ONLY, FT_NO_JUDGEMENT, FT_REGION_AGGREGATED, FT_2019],
  },
  {
    id: 'ft-91393-suicide-rate-males-35-64',
    file: 'ftSuicidePrevention2019',
    sourceKey: '91393',
    name: 'Suicide rate, males aged 35 to 64',
    definition:
      'Deaths of males aged 35 to 64 from suicide or injury of undetermined intent, per 100,000, not age-standardised, 5 years combined (Fingertips indicator 91393).',
    whyItMatters: 'Men in middle age have the highest suicide rates in England. The rate by age shows where prevention should focus.',
    unit: 'per 100,000',
    valueType: 'rate',
    multiplier: 100000,
    polarity: 'no-judgement',
    comparisonLevel: 0.95,
    theme: 'Mental health',
    age: '35-64 yrs',
    sexes: ['Male'],
    caveats: [MALES_ONLY, FT_NO_JUDGEMENT, FT_REGION_AGGREGATED, FT_2019],
  },
  {
    id: 'ft-91430-suicide-rate-males-65-plus',
    file: 'ftSuicidePrevention2019',
    sourceKey: '91430',
    name: 'Suicide rate, males aged 65 and over',
    definition:
      'Deaths of males aged 65 and over from suicide or injury of undetermined intent, per 100,000, not age-standardised, 5 years combined (Fingertips indicator 91430).',
    whyItMatters: 'Older men’s suicides are often linked to illness, bereavement and isolation. The rate by age shows where prevention should focus.',
    unit: 'per 100,000',
    valueType: 'rate',
    multiplier: 100000,
    polarity: 'no-judgement',
    comparisonLevel: 0.95,
    theme: 'Mental health',
    age: '65+ yrs',
    sexes: ['Male'],
    caveats: [MALES_ONLY, FT_NO_JUDGEMENT, FT_REGION_AGGREGATED, FT_2019],
  },
  {
    id: 'ft-91404-years-of-life-lost-suicide',
    file: 'ftSuicidePrevention2019',
    sourceKey: '91404',
    name: 'Years of life lost to suicide',
    definition:
      'Years of life lost because people aged 15 to 74 died by suicide, per 10,000 people, age-standardised, 3 years combined (Fingertips indicator 91404).',
    whyItMatters: 'Suicide often kills people young, so it costs many years of life. This measure gives more weight to younger deaths.',
    unit: 'per 10,000 (age-standardised)',
    valueType: 'rate',
    multiplier: 10000,
    polarity: 'no-judgement',
    comparisonLevel: 0.95,
    theme: 'Mental health',
    age: '15-74 yrs',
    sexes: ['Persons'],
    caveats: [FT_NO_JUDGEMENT, FT_2019],
  },
];

const CYP_MODELLED = (id: string, sourceKey: string, what: string, name: string): AuthorityIndicator => ({
  id,
  file: 'ftCypMentalHealth2019',
  sourceKey,
  name,
  definition: `The estimated share of children aged 5 to 16 with ${what}, from national survey rates applied to the local population in 2015 (Fingertips indicator ${sourceKey}).`,
  whyItMatters:
    'It estimates how many children may need mental health support, to help plan services. Most children with a disorder are not in contact with specialist services.',
  unit: '%',
  valueType: 'proportion',
  multiplier: 100,
  polarity: 'no-judgement',
  comparisonLevel: 0.95,
  theme: 'Mental health',
  age: '5-16 yrs',
  sexes: ['Persons'],
  caveats: [MODELLED_FT, FT_2019],
  publisherCompares: false,
});

const CYP_NUMBER = (id: string, sourceKey: string, what: string, name: string): AuthorityIndicator => ({
  id,
  file: 'ftCypMentalHealth2019',
  sourceKey,
  name,
  definition: `The estimated number of young people aged 16 to 24 with ${what}, from national survey rates applied to the local population in 2013 (Fingertips indicator ${sourceKey}).`,
  whyItMatters: 'It estimates how many young people may need support, to help plan services.',
  unit: 'people',
  valueType: 'count',
  multiplier: null,
  polarity: 'no-judgement',
  comparisonLevel: 0.95,
  theme: 'Mental health',
  age: '16+ yrs',
  sexes: ['Persons'],
  caveats: [
    'A modelled number of people, not a rate: larger areas have larger numbers. Not compared with England.',
    'England has no value in this download (the Value field is empty; Fingertips notes “Value estimated”).',
    'Fingertips labels the age group “16+ yrs”; the indicator covers ages 16 to 24.',
    FT_2019,
  ],
  publisherCompares: false,
});

const CYP: AuthorityIndicator[] = [
  CYP_MODELLED('ft-91141-cyp-mental-health-disorders', '91141', 'a mental health disorder', 'Children with a mental health disorder (estimated)'),
  CYP_MODELLED('ft-91137-cyp-emotional-disorders', '91137', 'an emotional disorder, such as anxiety or depression', 'Children with an emotional disorder (estimated)'),
  CYP_MODELLED('ft-91138-cyp-conduct-disorders', '91138', 'a conduct disorder', 'Children with a conduct disorder (estimated)'),
  CYP_MODELLED('ft-91139-cyp-hyperkinetic-disorders', '91139', 'a hyperkinetic disorder, such as ADHD', 'Children with a hyperkinetic disorder (estimated)'),
  CYP_NUMBER('ft-91146-young-people-eating-disorders', '91146', 'a potential eating disorder', 'Young people with a potential eating disorder (estimated number)'),
  CYP_NUMBER('ft-91145-young-people-adhd', '91145', 'ADHD', 'Young people with ADHD (estimated number)'),
  {
    id: 'ft-92315-children-cause-for-concern',
    file: 'ftCypMentalHealth2019',
    sourceKey: '92315',
    name: 'Children where there is a cause for concern',
    definition:
      'The share of children aged 5 to 16 assessed whose emotional and behavioural health is a cause for concern, as published in the Children and Young People’s Mental Health and Wellbeing profile (Fingertips indicator 92315, “Percentage of children where there is a cause for concern”).',
    whyItMatters: 'It points to children whose emotional wellbeing needs attention and support.',
    unit: '%',
    valueType: 'proportion',
    multiplier: 100,
    polarity: 'no-judgement',
    comparisonLevel: 0.95,
    theme: 'Mental health',
    age: '5-16 yrs',
    sexes: ['Persons'],
    caveats: [
      'Not compared: Fingertips gives intervals but labels every area “Not compared” in this profile, and so does this dashboard.',
      'Small numbers of children are assessed in each authority (94 in York), so figures are uncertain.',
      FT_2019,
    ],
    publisherCompares: false,
  },
  {
    id: 'ft-90813-self-harm-admissions-10-24',
    file: 'ftCypMentalHealth2019',
    sourceKey: '90813',
    name: 'Hospital admissions for self-harm, aged 10 to 24',
    definition:
      'Emergency hospital admissions for intentional self-harm of people aged 10 to 24, per 100,000, age-standardised (Fingertips indicator 90813).',
    whyItMatters:
      'Self-harm is a sign of serious distress and a strong risk factor for suicide. Admissions show only the most serious cases.',
    unit: 'per 100,000 (age-standardised)',
    valueType: 'rate',
    multiplier: 100000,
    polarity: 'no-judgement',
    comparisonLevel: 0.95,
    theme: 'Mental health',
    age: '10-24 yrs',
    sexes: ['Persons'],
    caveats: [FT_NO_JUDGEMENT, FT_2019],
  },
  {
    id: 'ft-92796-self-harm-admissions-10-14',
    file: 'ftCypMentalHealth2019',
    sourceKey: '92796',
    name: 'Hospital admissions for self-harm, aged 10 to 14',
    definition:
      'Hospital admissions as a result of self-harm of children aged 10 to 14, per 100,000, not age-standardised (Fingertips indicator 92796).',
    whyItMatters:
      'Self-harm is a sign of serious distress and a strong risk factor for suicide. Admissions show only the most serious cases.',
    unit: 'per 100,000',
    valueType: 'rate',
    multiplier: 100000,
    polarity: 'no-judgement',
    comparisonLevel: 0.95,
    theme: 'Mental health',
    age: '10-14 yrs',
    sexes: ['Persons'],
    caveats: [FT_NO_JUDGEMENT, FT_2019],
  },
  {
    id: 'ft-91871-pupils-social-emotional-mental-health-needs',
    file: 'ftCypMentalHealth2019',
    sourceKey: '91871',
    name: 'School pupils with social, emotional and mental health needs',
    definition:
      'The share of school pupils with social, emotional and mental health needs recorded as their main type of special educational need, from the school census (Fingertips indicator 91871).',
    whyItMatters: 'These pupils need extra support in school. The share also reflects how schools identify and record needs.',
    unit: '%',
    valueType: 'proportion',
    multiplier: 100,
    polarity: 'no-judgement',
    comparisonLevel: 0.95,
    theme: 'Mental health',
    age: 'Primary school age',
    sexes: ['Persons'],
    caveats: ['Fingertips labels the age group “Primary school age”.', FT_NO_JUDGEMENT, FT_2019],
  },
];

// ---------------------------------------------------------------------------------------------
// 4. ONS Subnational indicators (2022): only what the Fingertips files above lack. Left out as
// duplicates: healthy life expectancy 2018-20 and adult smoking 2020 (both in the trafford_themes
// series) and "Obesity prevalence - adult" 2020/21 (overweight adults, also in trafford_themes).

const ONS: AuthorityIndicator[] = [
  {
    id: 'ons-cancers-diagnosed-early',
    file: 'onsSubnational2022',
    sourceKey: 'Cancer diagnosis at stage 1 & 2',
    name: 'Cancers diagnosed at an early stage (stage 1 or 2)',
    definition: 'The share of new cancers diagnosed at stage 1 or 2, when treatment is most likely to succeed, in 2018.',
    whyItMatters: 'Cancers found early are much more likely to be treated successfully. Late diagnosis is more common in deprived areas.',
    unit: '%',
    valueType: 'proportion',
    multiplier: 100,
    polarity: 'high-is-good',
    comparisonLevel: 0.95,
    theme: 'General health and disability',
    age: 'All ages',
    sexes: ['Persons'],
    caveats: [ONS_NO_CI, 'ONS gives no polarity for it; higher is better, as OHID treats early diagnosis.'],
    periods: { '2018': '2018' },
  },
  {
    id: 'ons-preventable-cardiovascular-deaths-under-75',
    file: 'onsSubnational2022',
    sourceKey: 'Under 75 mortality rate from cardiovascular diseases considered preventable (per 100,000 population)',
    name: 'Deaths under 75 from cardiovascular disease considered preventable',
    definition:
      'Deaths of people under 75 from heart disease and stroke that are considered preventable, per 100,000 people, age-standardised, 2016 to 2018.',
    whyItMatters: 'Most of these deaths could be prevented by tackling smoking, high blood pressure, cholesterol, diet and inactivity.',
    unit: 'per 100,000 (age-standardised)',
    valueType: 'rate',
    multiplier: 100000,
    polarity: 'low-is-good',
    comparisonLevel: 0.95,
    theme: 'Life expectancy',
    age: '<75 yrs',
    sexes: ['Persons'],
    caveats: [ONS_NO_CI, 'The ONS data file gives the period as 2016–18; its metadata says 2017–2019. The data file’s period is shown.'],
    periods: { '201618': '2016 - 18' },
  },
  {
    id: 'ons-overweight-reception',
    file: 'onsSubnational2022',
    sourceKey: 'Obesity prevalence - children',
    name: 'Reception children overweight or obese (aged 4 to 5)',
    definition:
      'The share of children in Reception (aged 4 to 5) measured as overweight or obese by the National Child Measurement Programme, 2019/20.',
    whyItMatters: 'Children who are overweight are more likely to be overweight as adults and to develop type 2 diabetes and heart disease.',
    unit: '%',
    valueType: 'proportion',
    multiplier: 100,
    polarity: 'low-is-good',
    comparisonLevel: 0.95,
    theme: 'Children',
    age: '4-5 yrs',
    sexes: ['Persons'],
    caveats: [
      ONS_NO_CI,
      'ONS names it “Obesity prevalence - children”, but its metadata defines it as overweight including obesity. It is not the same as “Obesity in Reception children”.',
    ],
    periods: { '201920': '2019/20' },
  },
  ...(
    [
      ['ons-life-satisfaction', 'Average life satisfaction ratings', 'Life satisfaction (average rating)', 'how satisfied they are with their life nowadays', 'high-is-good'],
      ['ons-life-worthwhile', 'Average feeling that things done in life are worthwhile ratings', 'Feeling that life is worthwhile (average rating)', 'how far they feel the things they do in their life are worthwhile', 'high-is-good'],
      ['ons-happiness', 'Average happiness ratings', 'Happiness (average rating)', 'how happy they felt yesterday', 'high-is-good'],
      ['ons-anxiety', 'Average anxiety ratings', 'Anxiety (average rating)', 'how anxious they felt yesterday', 'low-is-good'],
    ] as const
  ).map(
    ([id, sourceKey, name, question, polarity]): AuthorityIndicator => ({
      id,
      file: 'onsSubnational2022',
      sourceKey,
      name,
      definition: `The average answer, from 0 to 10, when adults aged 16 and over were asked ${question}, in the Annual Population Survey, April 2020 to March 2021.`,
      whyItMatters:
        'Personal well-being shows how people feel about their lives, which health statistics alone miss. It is closely linked to mental and physical health.',
      unit: 'score out of 10',
      valueType: 'score',
      multiplier: null,
      polarity,
      comparisonLevel: 0.95,
      theme: 'Mental health',
      age: '16+ yrs',
      sexes: ['Persons'],
      caveats: [
        ONS_NO_CI,
        SURVEY,
        'Collected during the COVID-19 pandemic.',
        polarity === 'low-is-good'
          ? 'Lower is better: ONS marks anxiety as a negative measure.'
          : 'ONS gives no polarity for it; a higher rating is better.',
      ],
      periods: { '202021': '2020/21' },
    }),
  ),
];

// ---------------------------------------------------------------------------------------------
// 5. House of Commons Library: modelled GP-recorded (QOF) prevalence, 2019/20

const QOF_CONDITIONS: [code: string, slug: string, name: string, what: string, age: string, theme: Theme][] = [
  ['AF', 'atrial-fibrillation', 'Atrial fibrillation', 'atrial fibrillation (an irregular heartbeat)', 'All ages', 'General health and disability'],
  ['AST', 'asthma', 'Asthma', 'asthma', 'All ages', 'General health and disability'],
  ['CAN', 'cancer', 'Cancer', 'cancer (diagnosed since April 2003)', 'All ages', 'General health and disability'],
  ['CHD', 'coronary-heart-disease', 'Coronary heart disease', 'coronary heart disease', 'All ages', 'General health and disability'],
  ['CKD', 'chronic-kidney-disease', 'Chronic kidney disease', 'chronic kidney disease (stages 3 to 5)', '18+ yrs', 'General health and disability'],
  ['COPD', 'copd', 'COPD (chronic obstructive pulmonary disease)', 'chronic obstructive pulmonary disease', 'All ages', 'General health and disability'],
  ['CVDPP', 'cardiovascular-disease-primary-prevention', 'Cardiovascular disease primary prevention', 'cardiovascular disease primary prevention (people QOF treats as at raised risk of heart disease and stroke)', '30-74 yrs', 'General health and disability'],
  ['DEM', 'dementia', 'Dementia', 'dementia', 'All ages', 'Older people'],
  ['DEP', 'depression', 'Depression', 'depression (recorded since April 2006)', '18+ yrs', 'Mental health'],
  ['DM', 'diabetes', 'Diabetes', 'diabetes', '17+ yrs', 'General health and disability'],
  ['EP', 'epilepsy', 'Epilepsy', 'epilepsy treated with drugs', '18+ yrs', 'General health and disability'],
  ['HF', 'heart-failure', 'Heart failure', 'heart failure', 'All ages', 'General health and disability'],
  ['HYP', 'hypertension', 'High blood pressure', 'high blood pressure (hypertension)', 'All ages', 'General health and disability'],
  ['LD', 'learning-disability', 'Learning disability', 'a learning disability', 'All ages', 'General health and disability'],
  ['MH', 'serious-mental-illness', 'Serious mental illness', 'schizophrenia, bipolar disorder or other psychoses', 'All ages', 'Mental health'],
  ['OB', 'obesity', 'Obesity (adults)', 'obesity (a recorded body mass index of 30 or more)', '18+ yrs', 'Lifestyle'],
  ['OST', 'osteoporosis', 'Osteoporosis', 'osteoporosis with a fragility fracture', '50+ yrs', 'Older people'],
  ['PAD', 'peripheral-arterial-disease', 'Peripheral arterial disease', 'peripheral arterial disease', 'All ages', 'General health and disability'],
  ['PC', 'palliative-care', 'Palliative care', 'palliative (end of life) care needs', 'All ages', 'Older people'],
  ['RA', 'rheumatoid-arthritis', 'Rheumatoid arthritis', 'rheumatoid arthritis', '16+ yrs', 'General health and disability'],
  ['STIA', 'stroke-and-tia', 'Stroke and transient ischaemic attack', 'a stroke or transient ischaemic attack (a “mini-stroke”)', 'All ages', 'General health and disability'],
];

export const QOF_GROUP_CODES = QOF_CONDITIONS.map(([code]) => code);

const ageWords = (age: string) =>
  age === 'All ages'
    ? 'all registered patients'
    : age === '30-74 yrs'
      ? 'registered patients aged 30 to 74'
      : `registered patients aged ${age.replace('+ yrs', '')} and over`;

const QOF: AuthorityIndicator[] = QOF_CONDITIONS.map(([code, slug, name, what, age, theme]) => ({
  id: `qof-2019-20-${slug}`,
  file: 'qofLad',
  sourceKey: code,
  name: `${name} recorded by GPs (modelled)`,
  definition: `The estimated share of ${ageWords(age)} on a GP register for ${what}, modelled by the House of Commons Library from the Quality and Outcomes Framework (QOF) 2019/20 (register ${code}).`,
  whyItMatters:
    'It shows how many people GPs are looking after for this condition, so that services can be planned. York Central and York Outer give the only split within York.',
  unit: '%',
  valueType: 'proportion',
  multiplier: 100,
  polarity: 'no-judgement',
  comparisonLevel: 0.95,
  theme,
  age,
  sexes: ['Persons'],
  caveats: [QOF_MODELLED, QOF_PATIENTS, QOF_RECORDING, QOF_COVID, QOF_ENGLAND, QOF_CONSTITUENCIES],
  publisherCompares: false,
}));

// ---------------------------------------------------------------------------------------------
// Exports and workbooks with published intervals for every English authority (issue 13)

const ONS_DRUGS_REGISTRATION =
  'Deaths are counted by the year they were registered, which can be months or years after the death (inquests). The latest period in this workbook is 2019–21.';
const ONS_DRUGS_SUPPRESSED = 'ONS gives no rate where there were fewer than 10 deaths, and flags rates from 10 to 19 deaths as unreliable.';
const ONS_DRUGS_BOUNDARIES = 'Authorities as they were in May 2022, before the April 2023 mergers (North Yorkshire’s districts appear separately).';
const PHOF_SURVEY =
  'From a national survey of people who use adult social care (or carers): a sample, so small differences between areas may be chance.';
const OLD_EXPORT = (years: string) => `An older Fingertips download (${years}); Fingertips has since published later figures, which are not in the open files held here.`;
const MODELLED_2015_TEXT =
  'A modelled estimate for 2015 (national survey rates applied to the local population by Public Health England), not a count of diagnosed people. Fingertips does not compare it with England, and neither does this dashboard.';
const MODELLED_DECILES = 'England’s figures by deprivation tenth are in the file but are not shown: they are for England only.';

const DRUG_DEATHS_TEXT = (what: string, definition: string): Pick<AuthorityIndicator, 'definition' | 'whyItMatters'> => ({
  definition,
  whyItMatters: `Deaths ${what} are preventable and have risen across England since 2012; they fall hardest on deprived areas and on people already using drug services.`,
});

const DRUGS: AuthorityIndicator[] = [
  {
    id: 'ons-drug-misuse-deaths',
    file: 'onsDrugDeaths2021',
    sourceKey: 'Tables 6–8',
    name: 'Deaths from drug misuse',
    ...DRUG_DEATHS_TEXT(
      'from drug misuse',
      'Deaths from drug poisoning where the death involved drug abuse or dependence, or an illegal drug, per 100,000 people, age-standardised, over three years of registrations (ONS; the source of Fingertips indicator 92432).',
    ),
    unit: 'per 100,000 (age-standardised)',
    valueType: 'rate',
    multiplier: 100000,
    polarity: 'low-is-good',
    comparisonLevel: 0.95,
    theme: 'Drug harm',
    age: 'All ages',
    sexes: ['Persons', 'Male', 'Female'],
    caveats: [ONS_DRUGS_REGISTRATION, ONS_DRUGS_SUPPRESSED, ONS_DRUGS_BOUNDARIES],
  },
  {
    id: 'ons-drug-poisoning-deaths',
    file: 'onsDrugDeaths2021',
    sourceKey: 'Tables 3–5',
    name: 'Deaths from drug poisoning (all drugs)',
    ...DRUG_DEATHS_TEXT(
      'from drug poisoning',
      'Deaths from poisoning by any drug, legal or illegal, accidental or intended, per 100,000 people, age-standardised, over three years of registrations (ONS).',
    ),
    unit: 'per 100,000 (age-standardised)',
    valueType: 'rate',
    multiplier: 100000,
    polarity: 'low-is-good',
    comparisonLevel: 0.95,
    theme: 'Drug harm',
    age: 'All ages',
    sexes: ['Persons', 'Male', 'Female'],
    caveats: [
      'Includes deaths from medicines taken as prescribed or in an overdose, and suicides by poisoning: drug misuse deaths are a part of these.',
      ONS_DRUGS_REGISTRATION,
      ONS_DRUGS_SUPPRESSED,
      ONS_DRUGS_BOUNDARIES,
    ],
  },
];

const SOCIAL_ISOLATION: AuthorityIndicator[] = [
  {
    id: 'ft-90280-social-contact-care-users',
    file: 'ftSocialIsolation2019',
    sourceKey: '90280',
    name: 'Adult social care users with as much social contact as they would like',
    definition:
      'The share of adults using social care services who say they have as much social contact as they would like, from the Adult Social Care Survey (Public Health Outcomes Framework 1.18i, Fingertips indicator 90280).',
    whyItMatters: 'Loneliness harms health as much as some long-term conditions; people who use care services are among the most at risk.',
    unit: '%',
    valueType: 'proportion',
    multiplier: 100,
    polarity: 'high-is-good',
    comparisonLevel: 0.95,
    theme: 'Older people',
    age: '18+ yrs',
    otherAges: ['65+ yrs'],
    sexes: ['Persons'],
    caveats: [PHOF_SURVEY, OLD_EXPORT('periods 2010/11 to 2018/19')],
  },
  {
    id: 'ft-90638-social-contact-carers',
    file: 'ftSocialIsolation2019',
    sourceKey: '90638',
    name: 'Adult carers with as much social contact as they would like',
    definition:
      'The share of adult carers who say they have as much social contact as they would like, from the Survey of Adult Carers in England (Public Health Outcomes Framework 1.18ii, Fingertips indicator 90638).',
    whyItMatters: 'Caring can cut people off from friends and family; isolated carers are more likely to become unwell themselves.',
    unit: '%',
    valueType: 'proportion',
    multiplier: 100,
    polarity: 'high-is-good',
    comparisonLevel: 0.95,
    theme: 'Carers',
    age: '18+ yrs',
    otherAges: ['18-64 yrs', '65+ yrs', 'All ages'],
    sexes: ['Persons', 'Male', 'Female'],
    caveats: [PHOF_SURVEY, 'The survey runs every two years.', OLD_EXPORT('periods 2012/13 to 2018/19')],
  },
];

const COMMON_MENTAL_DISORDERS: AuthorityIndicator[] = [
  {
    id: 'ft-93495-common-mental-disorders',
    file: 'ftCommonMentalDisorders2017',
    sourceKey: '93495',
    name: 'Adults with a common mental disorder (estimated)',
    definition:
      'The estimated share of people aged 16 and over with a common mental disorder, such as depression or anxiety, in 2017: national survey rates applied to the local population by OHID (Fingertips indicator 93495).',
    whyItMatters: 'Common mental disorders affect about one adult in six; an estimate helps plan talking therapies and GP support.',
    unit: '%',
    valueType: 'proportion',
    multiplier: 100,
    polarity: 'low-is-good',
    comparisonLevel: 0.95,
    theme: 'Mental health',
    age: '16+ yrs',
    sexes: ['Persons'],
    caveats: [
      'A modelled estimate (Fingertips notes “Value is modelled or synthetic estimate”), not a count of diagnosed people: the counts in the file are fractional for that reason.',
      'A single year (2017), kept for its published intervals; not the latest figure.',
    ],
  },
];

const MODELLED_2015_ENTRY = (id: string, sourceKey: string, name: string, what: string, age: string, theme: Theme): AuthorityIndicator => ({
  id,
  file: 'ftModelledPrevalence2015',
  sourceKey,
  name,
  definition: `The estimated share of ${what} in 2015, modelled by Public Health England (Fingertips indicator ${sourceKey}).`,
  whyItMatters: 'An estimate of how common the condition is, diagnosed or not, to set against the number of people GPs know about.',
  unit: '%',
  valueType: 'proportion',
  multiplier: 100,
  polarity: 'no-judgement',
  comparisonLevel: 0.95,
  theme,
  age,
  sexes: ['Persons'],
  caveats: [MODELLED_2015_TEXT, MODELLED_DECILES, 'There is no Yorkshire and the Humber figure in this file (the region’s values are empty).'],
  publisherCompares: false,
});

const MODELLED_2015: AuthorityIndicator[] = [
  MODELLED_2015_ENTRY('ft-92659-hypertension-diagnosed-modelled-2015', '92659', 'Diagnosed high blood pressure (estimated, 2015)', 'people aged 16 and over with diagnosed high blood pressure', '16+ yrs', 'General health and disability'),
  MODELLED_2015_ENTRY('ft-92660-hypertension-undiagnosed-modelled-2015', '92660', 'Undiagnosed high blood pressure (estimated, 2015)', 'people aged 16 and over with high blood pressure that has not been diagnosed', '16+ yrs', 'General health and disability'),
  MODELLED_2015_ENTRY('ft-92661-depression-modelled-2015', '92661', 'Depression (estimated, 2015)', 'people of all ages with depression', 'All ages', 'Mental health'),
  MODELLED_2015_ENTRY('ft-92658-copd-modelled-2015', '92658', 'Chronic obstructive pulmonary disease (estimated, 2015)', 'people of all ages with chronic obstructive pulmonary disease (COPD)', 'All ages', 'General health and disability'),
  MODELLED_2015_ENTRY('ft-92662-chd-modelled-2015', '92662', 'Coronary heart disease, aged 55 to 79 (estimated, 2015)', 'people aged 55 to 79 with coronary heart disease', '55-79 yrs', 'General health and disability'),
  MODELLED_2015_ENTRY('ft-92663-stroke-modelled-2015', '92663', 'Stroke, aged 55 to 79 (estimated, 2015)', 'people aged 55 to 79 who have had a stroke', '55-79 yrs', 'General health and disability'),
  MODELLED_2015_ENTRY('ft-92664-pad-modelled-2015', '92664', 'Peripheral arterial disease, aged 55 to 79 (estimated, 2015)', 'people aged 55 to 79 with peripheral arterial disease', '55-79 yrs', 'General health and disability'),
  MODELLED_2015_ENTRY('ft-92783-heart-failure-modelled-2015', '92783', 'Heart failure (estimated, 2015)', 'people aged 16 and over with heart failure', '16+ yrs', 'General health and disability'),
];

/** Every local-authority indicator, in the order the metadata file lists them. Alcohol harm first. */
export const AUTHORITY_INDICATORS: readonly AuthorityIndicator[] = [
  ...DASHBOARD,
  ...DRUGS,
  ...THEMES,
  ...SUICIDE,
  ...CYP,
  ...ONS,
  ...QOF,
  ...SOCIAL_ISOLATION,
  ...COMMON_MENTAL_DISORDERS,
  ...MODELLED_2015,
];

export function indicatorsFromFile(file: string): AuthorityIndicator[] {
  return AUTHORITY_INDICATORS.filter((m) => m.file === file);
}

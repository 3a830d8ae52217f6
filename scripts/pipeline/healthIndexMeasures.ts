// The ONS Health Index for England (2015–2021 edition) measures read from the three humaniverse/healthyr
// files: the overall score, its 3 domains and 14 subdomains (index scores, England 2015 = 100, higher is
// healthier), and the 56 underlying indicators, which the indicators file gives as RAW values in ONS's
// own units (it does not state them; see raw/ons-health-index/PROVENANCE.md).
//
// Units of the raw indicators are given only where they are established: smoking, physical activity and
// overweight adults match OHID Fingertips percentages exactly (PROVENANCE cross-check), life expectancy is
// in years, and the four personal well-being questions are ONS's 0–10 ratings. Every other indicator says
// that the unit is not stated in the file.
//
// Polarity. Index scores: higher is healthier, by ONS's definition. Raw indicators: by what they measure;
// checked against the data in tests/unit/pipeline-health-index.test.ts (the sign of each indicator's rank
// correlation with the subdomain score it follows most closely, across the 307 authorities in 2021,
// must agree wherever that correlation is at least 0.5). "Internet access" rises as access gets worse
// (rank correlation −0.80 with Access to services), so low is good. For "Patients offered acceptable GP
// practice appointments" the file does not say what the number counts (values 1.4 to 44.7) and the data
// do not show a clear direction (+0.24 with Access to services), so no judgement is made.
import type { Polarity, ValueType } from '../../src/domain/indicators';

export type HealthIndexFile = 'scores' | 'subdomains' | 'indicators';

export interface HealthIndexMeasure {
  id: string;
  file: HealthIndexFile;
  /** Column of the scores or subdomains file, or the indicator's name in the indicators file. */
  source: string;
  kind: 'overall' | 'domain' | 'subdomain' | 'indicator';
  name: string;
  definition: string;
  whyItMatters: string;
  unit: string;
  valueType: ValueType;
  polarity: Polarity;
  caveats: string[];
}

/** Lower case, apostrophes dropped, every run of other characters one hyphen: "Children's social, …" → "childrens-social-…". */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

export const HEALTH_INDEX_YEARS = ['2015', '2016', '2017', '2018', '2019', '2020', '2021'] as const;

export const INDEX_UNIT = 'index (England 2015 = 100)';
const UNSTATED_UNIT = 'as published by ONS (unit not stated in the source file)';

const INDEX_CAVEATS = [
  'A composite index: ONS combines many standardised indicators, so a change can come from any of them.',
  'Scores are set so that England in 2015 is 100; there is no England score for later years in this file, so York is compared with England’s 2015 level and ranked among the 307 authorities.',
];
const COMMON_CAVEATS = [
  'The Health Index year is ONS’s reference year: each indicator’s own data can lag it or average several years, and where ONS had no new data it carried the previous year’s value forward.',
  'Figures for 2020 and 2021 are affected by the COVID-19 pandemic.',
  'Local authorities on April 2021 boundaries (the former North Yorkshire districts appear separately).',
  'No confidence interval is published, so York is ranked among England’s authorities, not tested for a significant difference.',
];
const UNSTATED_CAVEAT = 'The source file gives the raw value ONS used without its unit; see ONS’s Health Index methodology for how it is measured.';

const WHY_INDEX =
  'One figure that follows health and what shapes it over time, on the same scale for every English authority, so York can see whether it is getting healthier and how it compares.';

const score = (id: string, file: HealthIndexFile, source: string, kind: 'overall' | 'domain' | 'subdomain', name: string, definition: string, whyItMatters = WHY_INDEX): HealthIndexMeasure => ({
  id,
  file,
  source,
  kind,
  name,
  definition,
  whyItMatters,
  unit: INDEX_UNIT,
  valueType: 'score',
  polarity: 'high-is-good',
  caveats: [...INDEX_CAVEATS, ...COMMON_CAVEATS],
});

const DOMAINS: HealthIndexMeasure[] = [
  score(
    'ons-health-index-overall',
    'scores',
    'overall_score',
    'overall',
    'Health Index: overall',
    'The Office for National Statistics’ overall Health Index score, combining health outcomes (Healthy People), risk factors (Healthy Lives) and the wider conditions people live in (Healthy Places). 100 is England in 2015; higher is healthier.',
  ),
  score(
    'ons-health-index-domain-healthy-people',
    'scores',
    'healthy_people_domain_score',
    'domain',
    'Health Index: Healthy People domain',
    'The Health Index domain for health outcomes: mortality, physical and mental health conditions, difficulties in daily life and personal well-being. 100 is England in 2015; higher is healthier.',
  ),
  score(
    'ons-health-index-domain-healthy-lives',
    'scores',
    'healthy_lives_domain_score',
    'domain',
    'Health Index: Healthy Lives domain',
    'The Health Index domain for health-related behaviours and personal circumstances: behavioural and physiological risk factors, children and young people, and protective measures such as screening and vaccination. 100 is England in 2015; higher is healthier.',
  ),
  score(
    'ons-health-index-domain-healthy-places',
    'scores',
    'healthy_places_domain_score',
    'domain',
    'Health Index: Healthy Places domain',
    'The Health Index domain for the wider conditions that shape health: access to green space and services, crime, economic and working conditions, and living conditions. 100 is England in 2015; higher is healthier.',
  ),
];

/** The 14 subdomains, by their column names in the subdomains file (ONS's names), with what each covers. */
const SUBDOMAINS: [string, string][] = [
  ['Difficulties in daily life', 'disability and frailty that limit daily life'],
  ['Mental health', 'mental health conditions, self-harm, suicide and children’s social, emotional and mental health'],
  ['Mortality', 'life expectancy and deaths from all causes, avoidable causes and in infancy'],
  ['Personal well-being', 'how satisfied, happy and anxious people feel and whether they feel their activities are worthwhile'],
  ['Physical health conditions', 'how common long-term physical conditions are, such as cardiovascular, respiratory and musculoskeletal conditions, diabetes, cancer and dementia'],
  ['Behavioural risk factors', 'smoking, alcohol and drug misuse, diet, physical activity, sedentary behaviour and sexually transmitted infections'],
  ['Children and young people', 'early years development, school absence and attainment, teenage pregnancy and young people in education, employment or apprenticeships'],
  ['Physiological risk factors', 'high blood pressure, low birth weight and overweight and obesity in adults and children'],
  ['Protective measures', 'cancer screening and child vaccination'],
  ['Access to green space', 'access to private outdoor space'],
  ['Access to services', 'distance to GP services, pharmacies and leisure facilities, internet access and GP appointments'],
  ['Crime', 'personal crime and low-level crime'],
  ['Economic and working conditions', 'child poverty, unemployment, job-related training and workplace safety'],
  ['Living conditions', 'air pollution, household overcrowding, noise complaints, road safety and rough sleeping'],
];

const SUBDOMAIN_MEASURES: HealthIndexMeasure[] = SUBDOMAINS.map(([column, covers]) =>
  score(
    `ons-health-index-sub-${slugify(column)}`,
    'subdomains',
    column,
    'subdomain',
    `Health Index: ${column.charAt(0).toLowerCase()}${column.slice(1)}`,
    `The Health Index subdomain score for ${column.toLowerCase()}: ${covers}. 100 is England in 2015; higher is healthier.`,
    'Subdomain scores show which parts of health and its causes pull York’s overall Health Index up or down.',
  ),
);

interface IndicatorText {
  source: string;
  /** What ONS measures, as a resident would say it. */
  what: string;
  why: string;
  polarity: Polarity;
  unit?: { unit: string; valueType: ValueType; note?: string };
  /** Shown in the name after the indicator (sentences leave bracketed text out). */
  nameNote?: string;
  caveat?: string;
}

const PERCENT = (note: string) => ({ unit: '%', valueType: 'proportion' as const, note });
const RATING = { unit: 'score out of 10', valueType: 'score' as const, note: 'the average rating on ONS’s 0 to 10 personal well-being scale' };
const YEARS = { unit: 'years', valueType: 'years' as const };

const WHY_CONDITION = 'Long-term conditions shape how long and how well people live, and how much care they need.';
const WHY_MENTAL = 'Mental ill health is one of the largest causes of poor health and is closely linked to deprivation.';
const WHY_DEATHS = 'Deaths, especially early and avoidable ones, are the starkest measure of health inequality.';
const WHY_WELLBEING = 'How people feel about their lives is part of health in its own right and predicts later health.';
const WHY_BEHAVIOUR = 'Behaviours like these are among the main preventable causes of ill health and early death.';
const WHY_CHILDREN = 'A good start in childhood and education shapes health for the rest of life.';
const WHY_RISK = 'These risk factors lead to heart disease, stroke, diabetes and other conditions later on.';
const WHY_PROTECT = 'Screening and vaccination prevent illness or catch it early, when it is easier to treat.';
const WHY_ACCESS = 'Being able to reach services and facilities makes it easier to stay healthy and get help early.';
const WHY_PLACE = 'The conditions where people live and work shape their health, often more than health care does.';

const INDICATORS: IndicatorText[] = [
  { source: 'Disability', what: 'people whose day-to-day activities are limited by disability', why: 'Disability that limits daily life shows where people need support to live well.', polarity: 'low-is-good' },
  { source: 'Frailty', what: 'frailty among older people', why: 'Frailty brings falls, hospital stays and loss of independence.', polarity: 'low-is-good' },
  { source: 'Children\'s social, emotional and mental health', what: 'pupils with social, emotional and mental health needs', why: WHY_MENTAL, polarity: 'low-is-good' },
  { source: 'Mental health conditions', what: 'people with recorded mental health conditions', why: WHY_MENTAL, polarity: 'low-is-good' },
  { source: 'Self-harm', what: 'hospital admissions for self-harm', why: WHY_MENTAL, polarity: 'low-is-good' },
  { source: 'Suicides', what: 'deaths from suicide', why: 'Every suicide is a death that might have been prevented, and each affects many others.', polarity: 'low-is-good' },
  { source: 'Avoidable mortality', what: 'deaths that could have been avoided through prevention or timely treatment', why: WHY_DEATHS, polarity: 'low-is-good' },
  { source: 'Infant mortality', what: 'deaths of babies before their first birthday', why: WHY_DEATHS, polarity: 'low-is-good' },
  { source: 'Life expectancy', what: 'how long people can expect to live from birth', why: WHY_DEATHS, polarity: 'high-is-good', unit: YEARS },
  { source: 'Mortality from all causes', what: 'deaths from any cause', why: WHY_DEATHS, polarity: 'low-is-good' },
  { source: 'Activities in life are worthwhile', what: 'how far adults feel the things they do in life are worthwhile', why: WHY_WELLBEING, polarity: 'high-is-good', unit: RATING },
  { source: 'Feelings of anxiety', what: 'how anxious adults felt the day before they were asked', why: WHY_WELLBEING, polarity: 'low-is-good', unit: RATING },
  { source: 'Happiness', what: 'how happy adults felt the day before they were asked', why: WHY_WELLBEING, polarity: 'high-is-good', unit: RATING },
  { source: 'Life satisfaction', what: 'how satisfied adults are with their lives', why: WHY_WELLBEING, polarity: 'high-is-good', unit: RATING },
  { source: 'Cancer', what: 'people living with cancer', why: WHY_CONDITION, polarity: 'low-is-good' },
  { source: 'Cardiovascular conditions', what: 'people with heart and circulatory conditions', why: WHY_CONDITION, polarity: 'low-is-good' },
  { source: 'Dementia', what: 'people with dementia', why: WHY_CONDITION, polarity: 'low-is-good' },
  { source: 'Diabetes', what: 'people with diabetes', why: WHY_CONDITION, polarity: 'low-is-good' },
  { source: 'Kidney and liver disease', what: 'people with kidney or liver disease', why: WHY_CONDITION, polarity: 'low-is-good' },
  { source: 'Musculoskeletal conditions', what: 'people with musculoskeletal conditions such as arthritis and back pain', why: WHY_CONDITION, polarity: 'low-is-good' },
  { source: 'Respiratory conditions', what: 'people with respiratory conditions such as asthma and COPD', why: WHY_CONDITION, polarity: 'low-is-good' },
  { source: 'Alcohol misuse', what: 'harm from alcohol misuse, such as hospital admissions', why: WHY_BEHAVIOUR, polarity: 'low-is-good' },
  { source: 'Drug misuse', what: 'harm from drug misuse', why: WHY_BEHAVIOUR, polarity: 'low-is-good' },
  { source: 'Healthy eating', what: 'adults who eat a healthy diet with enough fruit and vegetables', why: WHY_BEHAVIOUR, polarity: 'high-is-good' },
  { source: 'Physical activity', what: 'adults who are physically active', why: WHY_BEHAVIOUR, polarity: 'high-is-good', unit: PERCENT('the same figures as OHID Fingertips’ physically active adults') },
  { source: 'Sedentary behaviour', what: 'adults who are physically inactive', why: WHY_BEHAVIOUR, polarity: 'low-is-good' },
  { source: 'Sexually transmitted infections', what: 'diagnoses of sexually transmitted infections', why: WHY_BEHAVIOUR, polarity: 'low-is-good' },
  { source: 'Smoking', what: 'adults who smoke', why: WHY_BEHAVIOUR, polarity: 'low-is-good', unit: PERCENT('the same figures as OHID Fingertips’ smoking prevalence in adults (Annual Population Survey)') },
  { source: 'Early years development', what: 'young children reaching a good level of development', why: WHY_CHILDREN, polarity: 'high-is-good' },
  { source: 'Pupil absences', what: 'pupils’ absence from school', why: WHY_CHILDREN, polarity: 'low-is-good' },
  { source: 'Pupil attainment', what: 'how well pupils do at school', why: WHY_CHILDREN, polarity: 'high-is-good' },
  { source: 'Teenage pregnancy', what: 'pregnancies among teenage girls', why: WHY_CHILDREN, polarity: 'low-is-good' },
  { source: 'Young people in education, employment and apprenticeships', what: 'young people in education, employment or apprenticeships', why: WHY_CHILDREN, polarity: 'high-is-good' },
  { source: 'High blood pressure', what: 'people with high blood pressure', why: WHY_RISK, polarity: 'low-is-good' },
  { source: 'Low birth weight', what: 'babies born with a low birth weight', why: 'Low birth weight raises the risk of illness in childhood and later life.', polarity: 'low-is-good' },
  { source: 'Overweight and obesity in adults', what: 'adults who are overweight or obese', why: WHY_RISK, polarity: 'low-is-good', unit: PERCENT('the same figures as OHID Fingertips’ overweight or obese adults') },
  { source: 'Overweight and obesity in children', what: 'children who are overweight or obese', why: WHY_RISK, polarity: 'low-is-good' },
  { source: 'Cancer screening attendance', what: 'people taking up cancer screening', why: WHY_PROTECT, polarity: 'high-is-good' },
  { source: 'Child vaccination coverage', what: 'children who are vaccinated', why: WHY_PROTECT, polarity: 'high-is-good' },
  { source: 'Private outdoor space', what: 'homes with private outdoor space such as a garden', why: 'Outdoor space at home helps people be active, rest and recover.', polarity: 'high-is-good' },
  { source: 'Distance to GP services', what: 'how far people live from GP services', why: WHY_ACCESS, polarity: 'low-is-good' },
  { source: 'Distance to pharmacies', what: 'how far people live from a pharmacy', why: WHY_ACCESS, polarity: 'low-is-good' },
  { source: 'Distance to sports or leisure facilities', what: 'how far people live from sports or leisure facilities', why: WHY_ACCESS, polarity: 'low-is-good' },
  {
    source: 'Internet access',
    what: 'poor internet access (across England’s authorities a higher value goes with worse access to services)',
    why: 'More and more health services, advice and everyday tasks are online.',
    polarity: 'low-is-good',
    nameNote: 'higher = poorer access',
    caveat: 'The file does not say exactly what this indicator counts; its direction (a higher value is poorer access) is read from the data: it falls as the Access to services score rises.',
  },
  {
    source: 'Patients offered acceptable GP practice appointments',
    what: 'GP practice appointments patients found acceptable',
    why: WHY_ACCESS,
    polarity: 'no-judgement',
    caveat: 'The file does not say what this value counts (it ranges from 1.4 to 44.7 across authorities in 2021) and the data show no clear direction, so the dashboard does not say whether higher is better.',
  },
  { source: 'Low-level crime', what: 'less serious recorded crime', why: 'Crime and fear of crime harm health and keep people from going out and being active.', polarity: 'low-is-good' },
  { source: 'Personal crime', what: 'recorded crime against people, such as violence', why: 'Crime and fear of crime harm health and keep people from going out and being active.', polarity: 'low-is-good' },
  { source: 'Child poverty', what: 'children living in low-income families', why: 'Children who grow up in poverty have worse health throughout life.', polarity: 'low-is-good' },
  { source: 'Job-related training', what: 'people in work receiving job-related training', why: WHY_PLACE, polarity: 'high-is-good' },
  { source: 'Unemployment', what: 'people who are unemployed', why: 'Unemployment harms physical and mental health.', polarity: 'low-is-good' },
  { source: 'Workplace safety', what: 'injuries at work', why: WHY_PLACE, polarity: 'low-is-good' },
  { source: 'Air pollution', what: 'air pollution', why: 'Polluted air causes and worsens heart and lung disease.', polarity: 'low-is-good' },
  { source: 'Household overcrowding', what: 'households living in overcrowded homes', why: WHY_PLACE, polarity: 'low-is-good' },
  { source: 'Noise complaints', what: 'complaints about noise', why: WHY_PLACE, polarity: 'low-is-good' },
  { source: 'Road safety', what: 'people killed or injured on the roads', why: WHY_PLACE, polarity: 'low-is-good' },
  { source: 'Rough sleeping', what: 'people sleeping rough', why: 'Rough sleeping is extremely harmful to health; people sleeping rough die decades early.', polarity: 'low-is-good' },
];

const POLARITY_WORDS: Record<Polarity, string> = {
  'high-is-good': 'A higher value is healthier.',
  'low-is-good': 'A lower value is healthier.',
  'no-judgement': '',
};

const INDICATOR_MEASURES: HealthIndexMeasure[] = INDICATORS.map((t) => {
  const lower = `${t.source.charAt(0).toLowerCase()}${t.source.slice(1)}`;
  const unitNote = t.unit?.note ? ` (${t.unit.note})` : '';
  return {
    id: `ons-health-index-ind-${slugify(t.source)}`,
    file: 'indicators',
    source: t.source,
    kind: 'indicator',
    name: `Health Index: ${lower}${t.nameNote ? ` (${t.nameNote})` : ''}`,
    definition: `One of the 56 indicators the Office for National Statistics combines into the Health Index: ${t.what}${unitNote}. This is the raw value ONS used, not an index score. ${POLARITY_WORDS[t.polarity]}`.trim(),
    whyItMatters: t.why,
    unit: t.unit?.unit ?? UNSTATED_UNIT,
    valueType: t.unit?.valueType ?? 'other',
    polarity: t.polarity,
    caveats: [...(t.unit ? [] : [UNSTATED_CAVEAT]), ...(t.caveat ? [t.caveat] : []), ...COMMON_CAVEATS],
  };
});

/** Overall, 3 domains, 14 subdomains, 56 indicators: 74 measures, in that order. */
export const HEALTH_INDEX_MEASURES: readonly HealthIndexMeasure[] = [...DOMAINS, ...SUBDOMAIN_MEASURES, ...INDICATOR_MEASURES];

/** The theme every Health Index measure is listed under, so pickers keep them together. */
export const HEALTH_INDEX_THEME = 'Health Index';

/** Trends draws this line for index scores: England's 2015 level, by the index's definition. */
export const ENGLAND_2015_LINE = { value: 100, label: 'England, 2015 = 100' };

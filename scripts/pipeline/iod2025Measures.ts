// The IoD2025 measures read from the England-wide files (humaniverse/IMD copies of MHCLG's File 7 and
// File 8): which file and column each comes from, the population its area averages are weighted by,
// and the words a resident reads. None of these has a count and denominator on a base the files hold
// for all of England, so every area figure is a population-weighted mean of its LSOAs, without a
// confidence interval, and is compared by where it falls among England's LSOAs (methods.md §13).
//
// Polarity: every IoD indicator is oriented so that a higher value is more deprived, except the
// connectivity score, where a higher score is better connected (it correlates −1.00 with the
// geographical barriers sub-domain score across England's 33,755 LSOAs; checked when this was written).

/** Which of the England-wide files holds the column. */
export type Iod25File = 'domains' | 'subdomains' | 'indicators';

/** Residents the average is weighted by, as Census 2021 TS007A five-year bands allow. */
export type Iod25Weight = 'all' | 'aged-25-64' | 'aged-15-19';

export interface Iod25Measure {
  id: string;
  file: Iod25File;
  column: string;
  /** 100 where the file holds a proportion (0–1) shown as a percentage; 1 otherwise. */
  scale: 1 | 100;
  weight: Iod25Weight;
  name: string;
  definition: string;
  whyItMatters: string;
  unit: string;
  polarity: 'low-is-good' | 'high-is-good';
  theme: string;
  caveats: string[];
}

const HEALTH_MODELLED =
  'A modelled, standardised measure built by MHCLG from health records for the Indices of Deprivation 2025 (data mostly from about 2021–2023); it is not a count of people, so it has no confidence interval.';
const HOUSEHOLD_WEIGHTS =
  'Ward, York and England figures are averages of their neighbourhoods weighted by residents (Census 2021), because household numbers for every neighbourhood in England are not in the data.';
const CRIME_RECORDED = 'Police-recorded crime, averaged over the years MHCLG used; areas with many visitors (city centres) have high rates per resident.';
const SCORE_ONLY = 'A score, not a percentage: it places areas in order, and its size has no everyday meaning.';

const crime = (id: string, column: string, what: string, per: string): Iod25Measure => ({
  id: `iod2025-crime-${id}`,
  file: 'indicators',
  column,
  scale: 1,
  weight: 'all',
  name: `Recorded crime: ${what}`,
  definition: `Police-recorded ${what} per 1,000 ${per}, from the Crime domain of the Indices of Deprivation 2025.`,
  whyItMatters: 'Crime and fear of crime harm physical and mental health, and keep people from going out and being active.',
  unit: `per 1,000 ${per}`,
  polarity: 'low-is-good',
  theme: 'Crime and safety',
  caveats: [CRIME_RECORDED],
});

export const IOD25_MEASURES: readonly Iod25Measure[] = [
  // --- The four health indicators (Health Deprivation and Disability domain)
  {
    id: 'iod2025-acute-morbidity',
    file: 'indicators',
    column: 'acute_morbidity_indicator',
    scale: 1,
    weight: 'all',
    name: 'Emergency hospital admissions (acute morbidity ratio)',
    definition:
      'Emergency (unplanned) hospital admissions, age- and sex-standardised and set so that England is about 100: 120 means about 20% more admissions than expected for the area’s ages.',
    whyItMatters: 'Unplanned admissions show where illness becomes a crisis, often because it was not caught or managed earlier.',
    unit: 'ratio (England ≈ 100)',
    polarity: 'low-is-good',
    theme: 'General health and disability',
    caveats: [HEALTH_MODELLED],
  },
  {
    id: 'iod2025-illness-disability-ratio',
    file: 'indicators',
    column: 'comparative_illness_and_disability_ratio_indicator',
    scale: 1,
    weight: 'all',
    name: 'Illness and disability benefits (comparative illness and disability ratio)',
    definition:
      'People receiving benefits because illness or disability limits their daily life or work, age- and sex-standardised so that England is about 100.',
    whyItMatters: 'It shows where long-term illness and disability stop people working and living independently.',
    unit: 'ratio (England ≈ 100)',
    polarity: 'low-is-good',
    theme: 'General health and disability',
    caveats: [HEALTH_MODELLED, 'Based on benefit claims, so it also reflects who claims, not only who is ill.'],
  },
  {
    id: 'iod2025-mood-anxiety',
    file: 'indicators',
    column: 'mental_health_indicator',
    scale: 1,
    weight: 'all',
    name: 'Mood and anxiety disorders (mental health score)',
    definition:
      'How common depression and anxiety are among adults, combined from prescriptions, hospital care, suicides and health-related benefits. England is about 0; above 0 is more than average.',
    whyItMatters: 'Depression and anxiety are the commonest mental health problems and are closely linked to deprivation.',
    unit: 'score (England ≈ 0)',
    polarity: 'low-is-good',
    theme: 'Mental health',
    caveats: [HEALTH_MODELLED, SCORE_ONLY],
  },
  {
    id: 'iod2025-years-life-lost',
    file: 'indicators',
    column: 'years_of_potential_life_lost_indicator',
    scale: 1,
    weight: 'all',
    name: 'Early deaths (years of potential life lost)',
    definition:
      'Years of life lost by people dying before 75, age- and sex-standardised: a higher figure means more early deaths for the area’s ages.',
    whyItMatters: 'Early death is the starkest health inequality; this is the closest neighbourhood measure to it in open data.',
    unit: 'standardised years lost (England ≈ 56)',
    polarity: 'low-is-good',
    theme: 'Life expectancy',
    caveats: [HEALTH_MODELLED],
  },
  // --- Education
  {
    id: 'iod2025-adult-skills',
    file: 'indicators',
    column: 'adult_skills_and_english_language_proficiency_indicator',
    scale: 100,
    weight: 'aged-25-64',
    name: 'Adults with low or no qualifications',
    definition:
      'The share of working-age adults with no or low qualifications, or who cannot speak English well (the adult skills indicator of the Indices of Deprivation 2025).',
    whyItMatters: 'Skills shape work, income and how easily people can use health information and services.',
    unit: '%',
    polarity: 'low-is-good',
    theme: 'Education and skills',
    caveats: [
      'From the Census 2021; MHCLG’s estimate has no confidence interval in the data.',
      'Ward, York and England figures are weighted by residents aged 25 to 64 (the nearest Census five-year bands to MHCLG’s 25 to 66).',
    ],
  },
  {
    id: 'iod2025-entry-higher-education',
    file: 'indicators',
    column: 'entry_to_higher_education_indicator',
    scale: 1,
    weight: 'aged-15-19',
    name: 'Young people not going on to higher education (score)',
    definition:
      'A score of how few young people go on to university or college: higher means fewer enter higher education (Indices of Deprivation 2025).',
    whyItMatters: 'Education after school is linked with better-paid work and better health later in life.',
    unit: 'score (higher = fewer enter)',
    polarity: 'low-is-good',
    theme: 'Education and skills',
    caveats: [SCORE_ONLY, 'Ward, York and England figures are weighted by residents aged 15 to 19 (Census 2021). Missing for 34 of England’s neighbourhoods.'],
  },
  // --- Crime
  crime('violence-injury', 'violence_with_injury_rate_per_1_000_at_risk_population', 'violence with injury', 'residents at risk'),
  crime('violence-no-injury', 'violence_without_injury_rate_per_1_000_at_risk_population', 'violence without injury', 'residents at risk'),
  crime('stalking-harassment', 'stalking_and_harassment_rate_per_1_000_at_risk_population', 'stalking and harassment', 'residents at risk'),
  crime('burglary', 'burglary_rate_per_1_000_at_risk_properties', 'burglary', 'properties at risk'),
  crime('theft', 'theft_rate_per_1_000_at_risk_population', 'theft', 'residents at risk'),
  crime('criminal-damage', 'criminal_damage_rate_per_1_000_at_risk_population', 'criminal damage', 'residents at risk'),
  crime('public-order', 'public_order_and_possession_of_weapons_rate_per_1_000_at_risk_population', 'public order and weapons offences', 'residents at risk'),
  crime('antisocial', 'anti_social_behaviour_rate_per_1_000_at_risk_population', 'anti-social behaviour', 'residents at risk'),
  // --- Housing and access to services
  {
    id: 'iod2025-connectivity',
    file: 'indicators',
    column: 'connectivity_score',
    scale: 1,
    weight: 'all',
    name: 'Access to services by public transport and walking (connectivity score)',
    definition:
      'How easily residents can reach everyday services (GP, food shop, school, post office) by public transport or on foot: higher is better connected (Indices of Deprivation 2025).',
    whyItMatters: 'People who cannot reach a GP or a food shop easily are more likely to miss care and eat less well.',
    unit: 'score (higher = better connected)',
    polarity: 'high-is-good',
    theme: 'Housing and access to services',
    caveats: [SCORE_ONLY],
  },
  {
    id: 'iod2025-broadband',
    file: 'indicators',
    column: 'digital_connectivity_broadband_download_and_upload_speeds',
    scale: 1,
    weight: 'all',
    name: 'Slow broadband (score)',
    definition: 'A score of broadband download and upload speeds: higher means slower connections (Indices of Deprivation 2025).',
    whyItMatters: 'More health services are online: booking, prescriptions and video appointments need a working connection.',
    unit: 'score (higher = slower)',
    polarity: 'low-is-good',
    theme: 'Housing and access to services',
    caveats: [SCORE_ONLY],
  },
  {
    id: 'iod2025-patients-per-gp',
    file: 'indicators',
    column: 'patient_to_gp_ratio',
    scale: 1,
    weight: 'all',
    name: 'Patients per GP',
    definition: 'The number of registered patients per GP at the practices residents use (Indices of Deprivation 2025).',
    whyItMatters: 'More patients per GP can mean longer waits for appointments.',
    unit: 'patients per GP',
    polarity: 'low-is-good',
    theme: 'Housing and access to services',
    caveats: ['Measured at GP practices and shared out to neighbourhoods by where patients live; rural areas with small practices can have low figures.'],
  },
  {
    id: 'iod2025-housing-affordability',
    file: 'indicators',
    column: 'housing_affordability_indicator',
    scale: 1,
    weight: 'all',
    name: 'Housing that residents cannot afford (score)',
    definition:
      'A score of how hard it is for local households to afford to buy or rent a home, from local incomes and housing costs: higher is less affordable (Indices of Deprivation 2025).',
    whyItMatters: 'High housing costs leave less money for heating and food, and push people into poor or crowded housing.',
    unit: 'score (higher = less affordable)',
    polarity: 'low-is-good',
    theme: 'Housing and access to services',
    caveats: [SCORE_ONLY, HOUSEHOLD_WEIGHTS],
  },
  {
    id: 'iod2025-core-homelessness',
    file: 'indicators',
    column: 'core_homelessness_rate_percent_of_households',
    scale: 1,
    weight: 'all',
    name: 'Core homelessness',
    definition:
      'Households sleeping rough, in hostels, unsuitable temporary accommodation or sofa-surfing, as a percentage of households (a modelled estimate in the Indices of Deprivation 2025).',
    whyItMatters: 'Homelessness shortens lives: people without a settled home have far higher rates of illness and early death.',
    unit: '% of households',
    polarity: 'low-is-good',
    theme: 'Housing and access to services',
    caveats: ['A modelled estimate for the local authority shared out to neighbourhoods, not a count.', HOUSEHOLD_WEIGHTS],
  },
  {
    id: 'iod2025-homelessness-acceptances',
    file: 'indicators',
    column: 'homelessness_indicator_rate_per_1_000_households',
    scale: 1,
    weight: 'all',
    name: 'Households owed a homelessness duty',
    definition:
      'Households the council accepted as homeless or threatened with homelessness, per 1,000 households (Indices of Deprivation 2025).',
    whyItMatters: 'Losing a home, or the threat of it, harms mental and physical health, especially for children.',
    unit: 'per 1,000 households',
    polarity: 'low-is-good',
    theme: 'Housing and access to services',
    caveats: ['Recorded for the local authority and shared out to neighbourhoods by MHCLG, so neighbourhoods in one authority can look alike.', HOUSEHOLD_WEIGHTS],
  },
  {
    id: 'iod2025-overcrowding-rooms',
    file: 'indicators',
    column: 'household_overcrowding_indicator_rooms',
    scale: 100,
    weight: 'all',
    name: 'Overcrowded homes (too few rooms)',
    definition: 'The share of households with fewer rooms than they need for the people living there (Census 2021, in the Indices of Deprivation 2025).',
    whyItMatters: 'Crowded homes spread infections and make it hard for children to study and adults to rest.',
    unit: '% of households',
    polarity: 'low-is-good',
    theme: 'Housing and access to services',
    caveats: [HOUSEHOLD_WEIGHTS],
  },
  {
    id: 'iod2025-overcrowding-bedrooms',
    file: 'indicators',
    column: 'household_overcrowding_indicator_bedrooms',
    scale: 100,
    weight: 'all',
    name: 'Overcrowded homes (too few bedrooms)',
    definition: 'The share of households with fewer bedrooms than they need for the people living there (Census 2021, in the Indices of Deprivation 2025).',
    whyItMatters: 'Sharing bedrooms beyond the standard affects sleep, privacy and children’s health.',
    unit: '% of households',
    polarity: 'low-is-good',
    theme: 'Housing and access to services',
    caveats: [HOUSEHOLD_WEIGHTS],
  },
  // --- Domain and sub-domain scores not in the York-only File 7 extract's set
  ...(
    [
      ['education', 'domains', 'Education_score', 'Education, skills and training deprivation score', 'A lack of qualifications and skills among children, young people and adults.', 'Education and skills'],
      ['crime', 'domains', 'Crime_score', 'Crime score', 'The risk of personal and material harm from violence, burglary, theft and criminal damage.', 'Crime and safety'],
      ['barriers', 'domains', 'Housing_and_Services_score', 'Barriers to housing and services score', 'How hard it is to reach key local services and to find an affordable, uncrowded home.', 'Housing and access to services'],
      ['living-environment', 'domains', 'Environment_score', 'Living environment score', 'The quality of homes (damp, no central heating) and of the air and roads outside.', 'Housing and access to services'],
      ['children-young-people', 'subdomains', 'children_and_young_people_score', 'Children and young people’s education score', 'School results, absence and staying on in education after 16.', 'Education and skills'],
      ['adult-skills-subdomain', 'subdomains', 'adult_skills_score', 'Adult skills score', 'Adults with low or no qualifications, or who cannot speak English well.', 'Education and skills'],
      ['geographical-barriers', 'subdomains', 'geographical_barriers_score', 'Distance to services score', 'How far residents are from a GP, food shop, primary school and post office.', 'Housing and access to services'],
      ['wider-barriers', 'subdomains', 'wider_barriers_score', 'Housing affordability and homelessness score', 'Overcrowding, homelessness and how hard it is to afford a home.', 'Housing and access to services'],
      ['indoors', 'subdomains', 'indoors_score', 'Housing quality score', 'Homes in poor condition or without central heating.', 'Housing and access to services'],
      ['outdoors', 'subdomains', 'outdoors_score', 'Air quality and road safety score', 'Air pollution and road traffic accidents involving people walking or cycling.', 'Housing and access to services'],
    ] as const
  ).map(
    ([id, file, column, name, what, theme]): Iod25Measure => ({
      id: `iod2025-${id}-score`,
      file,
      column,
      scale: 1,
      weight: 'all',
      name,
      definition: `A score from the Indices of Deprivation 2025: ${what.charAt(0).toLowerCase()}${what.slice(1)} Higher is more deprived.`,
      whyItMatters: 'Each part of deprivation shapes health in its own way; the scores show which parts matter most in an area.',
      unit: 'score (higher = more deprived)',
      polarity: 'low-is-good',
      theme,
      caveats: [SCORE_ONLY],
    }),
  ),
];

// Shapes of the files in data/ that the pipeline writes and the app reads.

export interface NamedArea {
  code: string;
  name: string;
}

export interface PlaceLsoa extends NamedArea {
  wardCode: string;
  /** MSOA 2021 code is not in the lookup; the MSOA name is the LSOA name less its last letter. */
  msoaName: string;
}

/** Who answers for the published dashboard: a name and a web page or mailto: address. */
export interface PlaceContact {
  name: string;
  url: string;
}

/** data/place.json: the place the snapshot describes. York is data, not code. */
export interface Place {
  localAuthority: NamedArea & { displayName: string };
  region: NamedArea;
  country: NamedArea;
  alliance: string;
  /** Where a reader reports a problem with the dashboard, its accessibility included (About's accessibility statement). */
  contact: PlaceContact;
  wards: NamedArea[];
  lsoas: PlaceLsoa[];
  /** MSOAs (2021), with codes from the Census MSOA file. */
  msoas: NamedArea[];
  defaultIndicator: string;
  /** Indicators this place gives a job to (scripts/places/*.json). Any may be absent; views then say so. */
  roles?: PlaceRoles;
  snapshotDate: string;
}

/** Ids of the indicators that play a part in the views. */
export interface PlaceRoles {
  /** Areas are ordered by this score, highest (most deprived) first (the inequality gradient, priorities). */
  deprivation?: string;
  /** Five-year age-band shares (categories "0-4" … "85+"): the age profile. */
  ageBands?: string;
  /** The share aged 15 to 24: names the young (student) wards in the age-standardisation note. */
  youngResidents?: string;
  /** Its denominator, summed over a group's wards, is the group's residents. */
  groupResidents?: string;
  /** Figures shown for each neighbourhood (LSOA) of a ward profile, in order. */
  keyLsoaIndicators?: string[];
  /** Indicator first shown by the inequality gradient. */
  defaultInequality?: string;
  /** Indicator first shown by the trends page. */
  defaultTrend?: string;
  /** Indicator first shown by the authorities page. */
  defaultAuthority?: string;
  /** Life expectancy at birth, by sex: the place's context on a ward's page and the briefing's first page. */
  lifeExpectancy?: string;
}

export interface ManifestSource {
  path: string;
  sha256: string;
  bytes: number;
  title: string;
  publisher: string;
  licence: string;
  attribution: string;
  period: string;
  upstream: string;
}

/** data/manifest.json: what the snapshot was built from. */
export interface Manifest {
  builtOn: string;
  builder: string;
  place: string;
  sources: ManifestSource[];
  outputs: { path: string; sha256: string; bytes: number }[];
}

/** Licence notices the app must show wherever these data appear. */
export const OGL_V3 = 'Open Government Licence v3.0';
export const OGL_V3_URL = 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/';

export const LICENCE_URLS: Record<string, string> = {
  [OGL_V3]: OGL_V3_URL,
  'Open Parliament Licence v3.0': 'https://www.parliament.uk/site-information/copyright-parliament/open-parliament-licence/',
};

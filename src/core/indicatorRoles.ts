// Indicators the views give a job to (the deprivation measure of the gradient, the age profile).

export const AGE_BAND_INDICATOR = 'census2021-age-band-share';

/** Areas are ordered by this score, highest (most deprived) first. */
export const DEPRIVATION_INDICATOR = 'iod2025-imd-score';

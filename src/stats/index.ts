// The statistics engine: pure functions reproducing OHID/PHE (Fingertips,
// PHEindicatormethods) methods as set out in /docs/methods.md. No React, DOM or I/O.

export { normalQuantile, chiSquareQuantile, studentTQuantile, zForConfidence } from './quantiles';
export { wilsonInterval } from './proportion';
export type { ProportionOptions, Estimate } from './proportion';
export { byarInterval, exactPoissonInterval, countInterval, crudeRate, EXACT_BELOW } from './poisson';
export type { ConfidenceOptions, CountInterval, ByarInterval, CountMethod, RateOptions, RateEstimate } from './poisson';
export { directlyStandardisedRate, ESP2013, ESP2013_WEIGHTS, ESP2013_BANDS, DSR_MINIMUM_EVENTS } from './dsr';
export type { StandardPopulationBand, StratumCount, DsrOptions, DsrResult } from './dsr';
export { indirectlyStandardisedRatio, indirectlyStandardisedRate } from './indirect';
export type { LocalStratum, ReferenceStratum, IndirectOptions, IndirectRatioResult, IndirectRateResult } from './indirect';
export { meanInterval } from './mean';
export type { MeanOptions, MeanEstimate } from './mean';
export { compareWithBenchmark, compareTwoLevels, POLARITIES } from './compare';
export type { Polarity, Outcome, SingleLevelOutcome, IntervalToCompare, TwoLevelIntervalToCompare } from './compare';
export { slopeIndexOfInequality, percentileRanks, rankMidpoints, SII_MINIMUM_REPETITIONS, SII_DEFAULT_SEED } from './sii';
export type { SiiGroup, SiiOptions, SiiResult, SiiValueType } from './sii';
export { createRandom } from './random';
export type { RandomSource } from './random';
export { quantileSorted, fiveNumberSummary } from './sampleQuantiles';
export type { FiveNumberSummary } from './sampleQuantiles';
export { intervalsOverlap, significantChange, intervalExcludes } from './overlap';
export type { Interval, Limit, Limits95 } from './overlap';

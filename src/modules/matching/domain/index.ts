/** Matching domain: pure, explainable scoring of IKM for part needs (no I/O, no clock). */
export * from './types';
export * from './weights';
export * from './geo';
export { scoreMatch, evaluateMatch, rankIkmForNeed, rankNeedsForIkm, compareRanked } from './score';
export { NEUTRAL_FIT, CAPACITY_HEADROOM, capacityFit, DISTANCE_HALF_KM, QUALITY_LIMIT_PPM, ON_TIME_TARGET_PERCENT, TKDN_FLAG_PERCENT, isCertificateValid } from './criteria';
export { KEY_LABELS, formatInteger } from './text';

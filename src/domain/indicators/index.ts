/**
 * QĐ 766 scorecard, plan targets and the II.06a report rules as pure functions over counts and
 * per-dossier facts (issue 10; ADR 0023). Storage delivers `Counts766` (counts.ts is the contract),
 * `scorecard()` scores it, `poolCounts()` makes a parent's counts from its children's.
 */
export * from './definitions';
export * from './counts';
export * from './errors';
export * from './result';
export * from './group-1-transparency';
export * from './group-2-timeliness';
export * from './group-3-online';
export * from './group-4-digitisation';
export * from './group-5-satisfaction';
export * from './scorecard';
export * from './dossier-facts';
export * from './publication';
export * from './ii06a';
export * from './periods';
export * from './plan-targets';
// The DVCQG on-time test of indicator 2.1 lives with the clock rules; re-exported, not duplicated.
export { scoring766OnTime, type Scoring766Input, type Scoring766Result, type Scoring766Basis, type SupplementPause } from '../rules';
// Group 3b in the payments module's shape (rounded display values for the payments report).
export { onlinePaymentIndicators, type OnlinePaymentCounts } from '../payments';

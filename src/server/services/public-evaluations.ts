import { periodLabelVi } from '../../domain/evaluation';
import type { Store } from '../storage/database';
import { activeAgencies, periodOf, scoreAgencies, type ReportRow } from './evaluation-report';

/**
 * The published evaluation results per agency for the portal (NĐ 61/2018 art. 29, 32: results are
 * published; TT 01/2018 art. 15): no per-official or per-unit data. Anonymous and costly, so each
 * instance keeps an answer per period for five minutes.
 */
const TTL_MS = 5 * 60_000;
type Answer = { from: string; to: string; period: string; rows: Omit<ReportRow, 'unit'>[] };
const cache = new WeakMap<Store, Map<string, { at: number; value: Promise<Answer> }>>();

async function compute(store: Store, q: { from?: string | undefined; to?: string | undefined }): Promise<Answer> {
  const period = periodOf(q);
  const rows = await scoreAgencies(store, await activeAgencies(store, 'all'), 'all', period);
  return { from: period.from, to: period.to, period: periodLabelVi(period), rows: rows.map(({ unit: _unit, ...r }) => r) };
}

export async function publicEvaluations(store: Store, q: { from?: string | undefined; to?: string | undefined }): Promise<Answer> {
  const period = periodOf(q);
  const key = `${period.from}|${period.to}`;
  const mine = cache.get(store) ?? new Map<string, { at: number; value: Promise<Answer> }>();
  cache.set(store, mine);
  const hit = mine.get(key);
  if (hit && Date.now() - hit.at < TTL_MS) return hit.value;
  if (mine.size > 50) mine.clear();
  const value = compute(store, period);
  mine.set(key, { at: Date.now(), value });
  value.catch(() => mine.delete(key));
  return value;
}

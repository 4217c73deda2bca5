/**
 * The input of the 766 on-time test (scoring-766.ts) read from a dossier's stored history — the same
 * for a dossier handled here and for one imported from a previous system (docs/adr/0022):
 * - end of processing: the first move into 9 (processed), else 10 (returned), else 8 or 3
 *   (stopped, refused), else 7 (withdrawn) — digest §1.3; none before any of them;
 * - supplement pauses: each move into 5 from a received status (2, 4, 6) until the next move out
 *   of 5; a supplement asked before reception (from 1) does not pause a clock not yet started.
 */
import { parseInstant, type Instant } from '../calendar';
import type { StatusCode } from '../dossier';
import { endOfProcessing as endOfProcessingFacts } from '../indicators/dossier-facts';
import type { Scoring766Input, SupplementPause } from './scoring-766';

export type HistoryEntry<T extends Instant = Instant> = { action: string; statusAfter: number; at: T };

/**
 * End of processing from the history: the same rule the 766 scorecard uses
 * (`endOfProcessing` in domain/indicators/dossier-facts.ts, one implementation), returned as the
 * entry's own instant; null while no entry ended processing.
 */
export function endOfProcessing<T extends Instant>(history: readonly HistoryEntry<T>[]): T | null {
  const end = endOfProcessingFacts(history.map((h) => ({ status: h.statusAfter as StatusCode, at: h.at })));
  if (!end) return null;
  return history.find((h) => h.statusAfter === end.status && parseInstant(h.at, 'at') === end.at)?.at ?? null;
}

export function supplementPausesOf<T extends Instant>(history: readonly HistoryEntry<T>[]): SupplementPause[] {
  const pauses: { requestedAt: T; completedAt: T | null }[] = [];
  let prev: number | null = null;
  for (const h of history) {
    const open = pauses[pauses.length - 1];
    if (open && open.completedAt === null && h.statusAfter !== 5) open.completedAt = h.at;
    if (h.statusAfter === 5 && prev !== null && prev !== 5 && prev !== 1) pauses.push({ requestedAt: h.at, completedAt: null });
    prev = h.statusAfter;
  }
  return pauses;
}

/**
 * Scoring766Input of a dossier: null when it was never received (no clock to judge).
 * `periodEnd`/`maxProcessingMs` are passed through for open dossiers and dossiers without a due date.
 */
export function scoring766InputOf(d: {
  receivedAt: Instant | null;
  dueAt: Instant | null;
  history: readonly HistoryEntry[];
  periodEnd?: Instant;
  maxProcessingMs?: number;
}): Scoring766Input | null {
  if (d.receivedAt === null) return null;
  return {
    receivedAt: d.receivedAt,
    endAt: endOfProcessing(d.history),
    dueAt: d.dueAt,
    supplementPauses: supplementPausesOf(d.history),
    ...(d.periodEnd !== undefined && { periodEnd: d.periodEnd }),
    ...(d.maxProcessingMs !== undefined && { maxProcessingMs: d.maxProcessingMs }),
  };
}

/** The editor's model: steps as the form holds them, and the same checks the server runs, per channel. */
import { checkProcess, shareHours, STEP_ROLE, statutoryHours } from '../../../domain/dossier';
import type { Catalogue } from '../../i18n/vi';
import type { Statutory, Step, StepKind } from './types';

/** A step in the form: nulls as undefined (so selects show their placeholder); the amount may be empty while typing. */
export type StepValues = {
  key?: string;
  name?: string;
  kind?: StepKind;
  unitCode?: string;
  role?: Step['role'];
  share?: { amount?: number | null; unit?: Step['share']['unit'] };
  targetAgencyCode?: string;
};

export const toValues = (s: Step): StepValues => ({ ...s, unitCode: s.unitCode ?? undefined, targetAgencyCode: s.targetAgencyCode ?? undefined });

export const defaultRole = (kind: StepKind) => STEP_ROLE[kind] as Step['role'];

/** Form values back to a step: empty optional values become null, a missing amount 0. */
export function toStep(v: StepValues | undefined): Step {
  const kind = v?.kind ?? 'process';
  return {
    key: (v?.key ?? '').trim(),
    name: (v?.name ?? '').trim(),
    kind,
    unitCode: v?.unitCode || null,
    role: v?.role ?? defaultRole(kind),
    share: { amount: typeof v?.share?.amount === 'number' ? v.share.amount : 0, unit: v?.share?.unit ?? 'working_hours' },
    targetAgencyCode: kind === 'transfer' ? v?.targetAgencyCode || null : null,
  };
}

/** "buoc-6": the first key of that shape not yet used. */
export function freshKey(steps: readonly StepValues[]): string {
  const used = new Set(steps.map((s) => s?.key));
  let n = steps.length + 1;
  while (used.has(`buoc-${n}`)) n++;
  return `buoc-${n}`;
}

export const totalHours = (steps: readonly Step[]) => steps.reduce((acc, s) => acc + shareHours(s.share), 0);

/** The binding statutory limit in office hours: the shortest known channel time, or null when none is known. */
export function limitHours(statutory: readonly Statutory[]): number | null {
  const hours = statutory.map((s) => (s.time ? statutoryHours(s.time) : null)).filter((h): h is number => h !== null);
  return hours.length ? Math.min(...hours) : null;
}

export type Problem = { path: string; message: string; step: number | null };

/** The step a problem or server error path points at ("steps.2.kind" → 2), or null for the whole process. */
export const stepOf = (path: string): number | null => {
  const m = /^steps\.(\d+)/.exec(path);
  return m ? Number(m[1]) : null;
};

/**
 * The server's checks (receive first, return last, unique keys, transfer target, shares within the
 * time) against every channel's statutory time; a problem found for only some channels names them.
 */
export function processProblems(steps: readonly Step[], statutory: readonly Statutory[], channelNames: Catalogue['procedure']['channel']): Problem[] {
  const times = statutory.length ? statutory : [null];
  const found = new Map<string, { path: string; message: string; channels: string[] }>();
  for (const s of times) {
    for (const p of checkProcess(steps, s?.time ?? null)) {
      const id = `${p.path}|${p.message}`;
      const entry = found.get(id) ?? { ...p, channels: [] };
      if (s) entry.channels.push(channelNames[s.channel]);
      found.set(id, entry);
    }
  }
  return [...found.values()].map((p) => ({
    path: p.path,
    step: stepOf(p.path),
    message: p.channels.length && p.channels.length < statutory.length ? `${p.message} (${p.channels.join(', ')})` : p.message,
  }));
}

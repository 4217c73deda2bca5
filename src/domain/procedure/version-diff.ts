/**
 * Field-level differences between two versions of a procedure, for "show the changes between
 * two versions". Channels are matched by their channel key, documents by name (the n-th
 * document of a repeated name with the n-th), fees of a channel by label; levels and legal
 * bases compare as sets. before/after are null for added/removed items.
 */
import { CHANNELS, PROCEDURE_LEVELS, type ChannelInfo, type DocumentItem, type Fee, type ProcedureRecord } from './interchange';

export interface Change {
  /** e.g. "name", "channels.direct.processingTime", "documents[Tờ khai].copies", "documents[Tờ khai].forms", "legalBases". */
  readonly path: string;
  readonly before: unknown;
  readonly after: unknown;
}

const SCALARS = ['code', 'name', 'field', 'implementingAgency', 'decisionRef', 'onlineLevel', 'locationIndependent', 'subjects', 'result', 'conditions'] as const;

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Items keyed by `key`, repeated keys numbered "key#2", "key#3" in order. */
function keyed<T>(items: readonly T[], key: (x: T) => string): Map<string, T> {
  const map = new Map<string, T>();
  const seen = new Map<string, number>();
  for (const item of items) {
    const k = key(item);
    const n = (seen.get(k) ?? 0) + 1;
    seen.set(k, n);
    map.set(n === 1 ? k : `${k}#${n}`, item);
  }
  return map;
}

/** Keys of both maps: a's order first, then keys only in b. */
function unionKeys<T>(a: Map<string, T>, b: Map<string, T>): string[] {
  return [...new Set([...a.keys(), ...b.keys()])];
}

function diffFees(prefix: string, a: readonly Fee[], b: readonly Fee[], out: Change[]): void {
  const ka = keyed(a, (f) => f.label);
  const kb = keyed(b, (f) => f.label);
  for (const k of unionKeys(ka, kb)) {
    const before = ka.get(k) ?? null;
    const after = kb.get(k) ?? null;
    if (!same(before, after)) out.push({ path: `${prefix}.fees[${k}]`, before, after });
  }
}

function diffChannels(a: readonly ChannelInfo[], b: readonly ChannelInfo[], out: Change[]): void {
  for (const channel of CHANNELS) {
    const before = a.find((c) => c.channel === channel) ?? null;
    const after = b.find((c) => c.channel === channel) ?? null;
    const path = `channels.${channel}`;
    if (!before || !after) {
      if (before !== after) out.push({ path, before, after });
      continue;
    }
    if (!same(before.processingTime, after.processingTime)) {
      out.push({ path: `${path}.processingTime`, before: before.processingTime, after: after.processingTime });
    }
    diffFees(path, before.fees, after.fees, out);
  }
}

function diffDocuments(a: readonly DocumentItem[], b: readonly DocumentItem[], out: Change[]): void {
  const ka = keyed(a, (d) => d.name);
  const kb = keyed(b, (d) => d.name);
  for (const k of unionKeys(ka, kb)) {
    const before = ka.get(k);
    const after = kb.get(k);
    const path = `documents[${k}]`;
    if (!before || !after) {
      out.push({ path, before: before ?? null, after: after ?? null });
      continue;
    }
    if (before.copies !== after.copies) out.push({ path: `${path}.copies`, before: before.copies, after: after.copies });
    if (before.required !== after.required) out.push({ path: `${path}.required`, before: before.required, after: after.required });
    if (!same(before.forms, after.forms)) out.push({ path: `${path}.forms`, before: before.forms, after: after.forms });
    if (before.reuse !== after.reuse) out.push({ path: `${path}.reuse`, before: before.reuse, after: after.reuse });
  }
}

function diffSet(path: string, a: readonly string[], b: readonly string[], out: Change[]): void {
  for (const x of a) if (!b.includes(x)) out.push({ path, before: x, after: null });
  for (const x of b) if (!a.includes(x)) out.push({ path, before: null, after: x });
}

/** The changes from version a to version b; [] when they are the same procedure text. */
export function diffRecords(a: ProcedureRecord, b: ProcedureRecord): Change[] {
  const out: Change[] = [];
  for (const key of SCALARS) if (a[key] !== b[key]) out.push({ path: key, before: a[key], after: b[key] });
  const levels = (r: ProcedureRecord) => PROCEDURE_LEVELS.filter((l) => r.levels.includes(l));
  if (!same(levels(a), levels(b))) out.push({ path: 'levels', before: levels(a), after: levels(b) });
  diffChannels(a.channels, b.channels, out);
  diffDocuments(a.documents, b.documents, out);
  diffSet('legalBases', a.legalBases, b.legalBases, out);
  if (!same(a.formFields, b.formFields)) out.push({ path: 'formFields', before: a.formFields, after: b.formFields });
  return out;
}

import { localDateOf } from '../../domain/calendar';
import { foldVietnamese } from '../../domain/procedure';
import type { Store } from '../storage/database';
import { catalogueRevision, loadInForce, type InForceRow } from '../storage/procedures';

/**
 * The public search index: every procedure in force today, folded for diacritic-free search, kept
 * in memory per app instance (a province's catalogue is a few thousand rows) as an inverted index
 * of syllables (Vietnamese words are space-separated syllables). A query word matches an entry
 * when one of its syllables starts with the word, so word order never matters. The index is
 * rebuilt when the catalogue revision counter (bumped by database triggers) moves or the date
 * changes; the counter is checked at most every RECHECK_MS, so every instance sees a change
 * within that time (at once in the instance that made it).
 */
const RECHECK_MS = 2_000;

type Entry = InForceRow & { searchName: string; fieldKey: string };
type Index = {
  entries: Entry[];
  /** Sorted distinct syllables and, for each, the ascending entry numbers containing it. */
  tokens: string[];
  postings: Int32Array[];
  fields: string[];
  revision: number;
  date: string;
  checkedAt: number;
};
const cache = new WeakMap<Store, Index>();
const building = new WeakMap<Store, Promise<Index>>();

function build(rows: InForceRow[], revision: number, date: string): Index {
  const entries: Entry[] = rows.map((r) => ({ ...r, searchName: foldVietnamese(r.name), fieldKey: foldVietnamese(r.field) }));
  const map = new Map<string, number[]>();
  entries.forEach((e, i) => {
    for (const tok of new Set(`${e.searchName} ${e.fieldKey} ${e.code}`.split(/[\s,.;:()/"'-]+/).filter(Boolean))) {
      const list = map.get(tok);
      if (list) list.push(i);
      else map.set(tok, [i]);
    }
  });
  const tokens = [...map.keys()].sort();
  return {
    entries,
    tokens,
    postings: tokens.map((t) => Int32Array.from(map.get(t)!)),
    fields: [...new Set(rows.map((r) => r.field))].sort((a, b) => a.localeCompare(b, 'vi')),
    revision,
    date,
    checkedAt: Date.now(),
  };
}

export async function catalogueIndex(store: Store): Promise<Index> {
  const hit = cache.get(store);
  const today = localDateOf(Date.now());
  if (hit && hit.date === today && Date.now() - hit.checkedAt < RECHECK_MS) return hit;
  const pending = building.get(store);
  if (pending) return pending;
  const p = (async () => {
    const revision = await catalogueRevision(store);
    if (hit && hit.revision === revision && hit.date === today) {
      hit.checkedAt = Date.now();
      return hit;
    }
    const idx = build(await loadInForce(store, today), revision, today);
    cache.set(store, idx);
    return idx;
  })().finally(() => building.delete(store));
  building.set(store, p);
  return p;
}

/** Forgets this instance's index at once (after a change made through this instance). */
export const invalidateCatalogue = (store: Store) => cache.delete(store);

/** Index range [lo, hi) of the syllables starting with `word` (binary search over sorted syllables). */
function prefixRange(idx: Index, word: string): [number, number] {
  let lo = 0;
  let hi = idx.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (idx.tokens[mid]! < word) lo = mid + 1;
    else hi = mid;
  }
  let end = lo;
  while (end < idx.tokens.length && idx.tokens[end]!.startsWith(word)) end++;
  return [lo, end];
}

/**
 * Entries matching every word: a per-entry counter is raised to k+1 only for entries that matched
 * words 0..k, so the intersection costs one pass over the postings and no intermediate sets.
 */
function matchAll(idx: Index, words: string[]): number[] {
  const seen = new Int32Array(idx.entries.length);
  for (let k = 0; k < words.length; k++) {
    const [lo, hi] = prefixRange(idx, words[k]!);
    for (let t = lo; t < hi; t++) {
      for (const n of idx.postings[t]!) if (seen[n] === k) seen[n] = k + 1;
    }
  }
  const out: number[] = [];
  for (let n = 0; n < seen.length; n++) if (seen[n] === words.length) out.push(n);
  return out;
}

export type IndexQuery = {
  q?: string | undefined;
  field?: string | undefined;
  level?: string | undefined;
  agencyId?: string | undefined;
  online?: string | undefined;
  /** true: only procedures received regardless of the applicant's address. */
  locationIndependent?: boolean | undefined;
  page: number;
  pageSize: number;
};

/**
 * Every word must match (any order). Ranking, packed into one float per hit and sorted natively:
 * the whole phrase in the name, then fewer words missing from the name, then the earliest match,
 * then the shorter (more specific) name, then the code. Without words: catalogue order (by code).
 */
export function searchIndex(idx: Index, s: IndexQuery) {
  const words = foldVietnamese(s.q ?? '').split(/[\s,.;:()/"'-]+/).filter(Boolean).slice(0, 12);
  const field = s.field ? foldVietnamese(s.field) : undefined;
  const keep = (e: Entry) =>
    (!field || e.fieldKey === field) &&
    (!s.level || e.levels.includes(s.level)) &&
    (!s.online || e.onlineLevel === s.online) &&
    (!s.agencyId || e.agencyIds.includes(s.agencyId)) &&
    (!s.locationIndependent || e.locationIndependent);
  const start = (s.page - 1) * s.pageSize;
  const present = (ns: number[]) => ns.slice(start, start + s.pageSize).map((n) => {
    const e = idx.entries[n]!;
    return { code: e.code, name: e.name, field: e.field, levels: e.levels, onlineLevel: e.onlineLevel, locationIndependent: e.locationIndependent };
  });
  if (words.length === 0) {
    const all: number[] = [];
    idx.entries.forEach((e, n) => keep(e) && all.push(n));
    return { items: present(all), total: all.length };
  }
  const phrase = words.join(' ');
  const hits = matchAll(idx, words).filter((n) => keep(idx.entries[n]!));
  const scores = new Float64Array(hits.length);
  hits.forEach((n, i) => {
    const name = idx.entries[n]!.searchName;
    let missing = 0;
    for (const w of words) if (!name.includes(w)) missing++;
    const first = name.indexOf(words[0]!);
    scores[i] = (name.includes(phrase) ? 0 : 1e14) + missing * 1e12 + (first < 0 ? 999 : Math.min(first, 999)) * 1e9 + Math.min(name.length, 9999) * 1e5 + n;
  });
  scores.sort();
  const ordered = Array.from(scores, (x) => x % 1e5);
  return { items: present(ordered), total: hits.length };
}

import { runIfMain } from './main';
/**
 * Benchmark: computeDue (prefix arrays, O(1)) vs referenceDue (day walking) for
 * working_days, random amounts 1–30 and random reception instants 2023–2030, in the
 * same run. Prints one JSON object; `run()` is exported for a bench runner.
 *   node --import tsx bench/calendar.bench.ts [--quick]
 */
import { computeDue, createStandardCalendar, referenceDue, type DueInput } from '../src/domain/calendar';

export interface CalendarBenchResult {
  name: 'calendar.due.working_days';
  opsPerSec: number;
  baseline: { name: 'day-walking reference'; opsPerSec: number };
  ratio: number;
  budget: { minOpsPerSec: number };
}

/** Deterministic PRNG (mulberry32) so every run measures the same inputs. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function makeInputs(count: number): DueInput[] {
  const rnd = mulberry32(766);
  const from = Date.UTC(2023, 0, 1) - 7 * 3_600_000;
  const to = Date.UTC(2031, 0, 1) - 7 * 3_600_000;
  const inputs: DueInput[] = [];
  for (let i = 0; i < count; i++) {
    const ms = from + Math.floor((rnd() * (to - from)) / 60_000) * 60_000; // whole minutes
    const local = new Date(ms + 7 * 3_600_000).toISOString().slice(0, 19);
    inputs.push({ receivedAt: `${local}+07:00`, amount: 1 + Math.floor(rnd() * 30), unit: 'working_days' });
  }
  return inputs;
}

/** Calls `fn` over the inputs until `minMs` elapsed; returns operations per second. */
function measure(fn: (input: DueInput) => { dueAt: string }, inputs: DueInput[], minMs: number): number {
  const mask = inputs.length - 1;
  let ops = 0;
  let sink = 0;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < minMs) {
    for (let j = 0; j < 10_000; j++) sink += fn(inputs[(ops + j) & mask]!).dueAt.length;
    ops += 10_000;
    elapsed = performance.now() - start;
  }
  if (sink === 0) throw new Error('unreachable');
  return (ops / elapsed) * 1000;
}

export async function run(opts: { quick: boolean } = { quick: false }): Promise<CalendarBenchResult> {
  const calendar = createStandardCalendar(2000, 2060);
  const inputs = makeInputs(1 << 14);
  // Sanity: both implementations agree on the benchmark inputs.
  for (const input of inputs.slice(0, opts.quick ? 500 : 5000)) {
    const a = computeDue(calendar, input);
    const b = referenceDue(calendar, input);
    if (a.dueAt !== b.dueAt || a.countFrom !== b.countFrom) throw new Error(`mismatch for ${JSON.stringify(input)}`);
  }
  const fast = (input: DueInput) => computeDue(calendar, input);
  const slow = (input: DueInput) => referenceDue(calendar, input);
  measure(fast, inputs, opts.quick ? 100 : 500); // warm-up
  measure(slow, inputs, opts.quick ? 50 : 200);
  const opsPerSec = measure(fast, inputs, opts.quick ? 300 : 2000);
  const baseline = measure(slow, inputs, opts.quick ? 200 : 1000);
  await Promise.resolve();
  return {
    name: 'calendar.due.working_days',
    opsPerSec: Math.round(opsPerSec),
    baseline: { name: 'day-walking reference', opsPerSec: Math.round(baseline) },
    ratio: Math.round((opsPerSec / baseline) * 100) / 100,
    budget: { minOpsPerSec: 1_000_000 },
  };
}

runIfMain(import.meta.url, run);

/**
 * `npm run bench [-- --quick]`: runs every benchmark, writes bench/results/<date>.json and a
 * Markdown summary beside it. Each figure is paired with a baseline measured in the same run.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { run as calendarDue } from './calendar.bench';
import { run as catalogueSearch } from './catalogue-search.bench';
import { run as dossierReceipt } from './dossier-receipt.bench';
import { run as workqueue } from './workqueue.bench';
import { run as formSlip } from './form-slip.bench';
import { run as signing } from './signing.bench';
import { run as paymentIpn } from './payment-ipn.bench';
import { run as dossierImport } from './dossier-import.bench';
import { run as indicators766 } from './indicators-766.bench';

/** What every benchmark returns: its figures, a baseline from the same run, the ratio, the budget. */
type Result = { name: string; baseline: { name: string } & Record<string, unknown>; ratio: number; budget: Record<string, number> } & Record<string, unknown>;
type Bench = { name: string; run: (opts: { quick: boolean }) => Promise<object>; passes: (r: Result) => boolean };
const num = (v: unknown) => (typeof v === 'number' ? v : NaN);

const BENCHES: Bench[] = [
  { name: 'calendar.due.working_days', run: calendarDue, passes: (r) => num(r.opsPerSec) >= num(r.budget.minOpsPerSec) },
  { name: 'catalogue.search.http', run: catalogueSearch, passes: (r) => num(r.p95Ms) <= num(r.budget.maxP95Ms) },
  { name: 'dossier.receipt.http', run: dossierReceipt, passes: (r) => num(r.ratio) >= num(r.budget.minRatio) },
  { name: 'dossier.workqueue.http', run: workqueue, passes: (r) => num(r.p95Ms) <= num(r.budget.maxP95Ms) },
  { name: 'documents.form01.pdf', run: formSlip, passes: (r) => num(r.medianMs) <= num(r.budget.maxMedianMs) },
  { name: 'documents.sign.pdf', run: signing, passes: (r) => num(r.medianMs) <= num(r.budget.maxMedianMs) },
  { name: 'payments.ipn.http', run: paymentIpn, passes: (r) => num(r.p95Ms) <= num(r.budget.maxP95Ms) },
  { name: 'dossier.import.cli', run: dossierImport, passes: (r) => num(r.perSec) >= num(r.budget.minPerSec) },
  { name: 'indicators.766.scorecard', run: indicators766, passes: (r) => num(r.medianMs) <= num(r.budget.maxMedianMs) },
];

async function main() {
  const quick = process.argv.includes('--quick');
  const only = process.argv.find((a) => a.startsWith('--only='))?.slice(7);
  const results: (Result & { withinBudget: boolean })[] = [];
  for (const b of BENCHES.filter((x) => !only || x.name.startsWith(only))) {
    process.stderr.write(`bench: ${b.name} …\n`);
    const r = (await b.run({ quick })) as Result;
    results.push({ ...r, withinBudget: b.passes(r) });
  }
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'results');
  await fs.mkdir(dir, { recursive: true });
  const machine = { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, memGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version };
  const doc = { at: new Date().toISOString(), quick, machine, results };
  await fs.writeFile(path.join(dir, `${stamp}.json`), JSON.stringify(doc, null, 2));
  const md = [
    `# Benchmarks ${doc.at}${quick ? ' (quick)' : ''}`,
    '',
    `Machine: ${machine.cpus} cores (${machine.cpuModel}), ${machine.memGiB} GiB, Node ${machine.node}`,
    '',
    '| benchmark | result | baseline (same run) | ratio | budget | within budget |',
    '|---|---|---|---|---|---|',
    ...results.map((r) => {
      const { name, baseline, ratio, budget, withinBudget, ...rest } = r;
      const figures = Object.entries(rest).filter(([, v]) => typeof v === 'number').map(([k, v]) => `${k} ${Math.round(num(v)).toLocaleString('en')}`).join(', ');
      const base = Object.entries(baseline).filter(([, v]) => typeof v === 'number').map(([k, v]) => `${k} ${Math.round(num(v)).toLocaleString('en')}`).join(', ');
      return `| ${name} | ${figures} | ${baseline.name}: ${base} | ${ratio} | ${JSON.stringify(budget)} | ${withinBudget ? 'yes' : '**no**'} |`;
    }),
    '',
  ].join('\n');
  await fs.writeFile(path.join(dir, `${stamp}.md`), md);
  console.log(JSON.stringify(doc, null, 2));
  process.stderr.write(md);
}

await main();

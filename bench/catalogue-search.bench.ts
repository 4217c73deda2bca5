/**
 * Benchmark: public catalogue search over HTTP with 6,500 procedures loaded (the 2,612 real
 * procedures of ../shared/data, padded with variants) and 20 concurrent clients; baseline: a bare
 * `SELECT 1` round trip through pg with 20 concurrent clients, in the same run.
 *   node --import tsx bench/catalogue-search.bench.ts [--quick]
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { parseDvcqgRecord, validateRecord, type ProcedureRecord } from '../src/domain/procedure';
import { buildApp } from '../src/server/api/app';
import { cliActor } from '../src/server/services/save-user';
import { importCatalogue } from '../src/server/services/import-catalogue';
import { loadFromWorker } from './http-load';
import { benchDatabase, loadTest } from './support';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DATA = path.resolve(ROOT, '../shared/data/procedures-dvcqg.jsonl.gz');
const TARGET = 6_500;
const FIXED_QUERIES = ['ly lich tu phap', 'cấp giấy phép', 'đăng ký', 'chung thuc ban sao', 'đất đai', 'xây dựng', 'thuế', 'giấy chứng nhận', 'khai sinh', 'môi trường', 'phí', 'hoa don', 'ngân hàng', 'kinh doanh', 'cap lai'];

/** Realistic queries: the fixed ones plus 1–3 consecutive words taken from random procedure names (seeded). */
function queries(records: ProcedureRecord[], n: number): string[] {
  let seed = 766;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  const out = [...FIXED_QUERIES];
  while (out.length < n) {
    const words = records[Math.floor(rnd() * records.length)]!.name.split(/\s+/);
    const len = 1 + Math.floor(rnd() * 3);
    const at = Math.floor(rnd() * Math.max(1, words.length - len));
    out.push(rnd() < 0.5 ? words.slice(at, at + len).join(' ') : words.slice(at, at + len).join(' ').toLowerCase());
  }
  return out;
}

function realRecords(): ProcedureRecord[] {
  if (!fs.existsSync(DATA)) return [];
  const lines = gunzipSync(fs.readFileSync(DATA)).toString('utf8').split('\n').filter(Boolean);
  const out: ProcedureRecord[] = [];
  const seen = new Set<string>();
  for (const line of lines) {
    const v = validateRecord(parseDvcqgRecord(JSON.parse(line) as unknown).record);
    if (v.ok && !seen.has(v.record.code)) {
      seen.add(v.record.code);
      out.push(v.record);
    }
  }
  return out;
}

/** Pads to `target` with variants (new codes, names suffixed by a province) so the index has realistic text. */
function padded(base: ProcedureRecord[], target: number): ProcedureRecord[] {
  const provinces = ['An Giang', 'Cần Thơ', 'Hà Nội', 'Khánh Hòa', 'Bắc Ninh', 'Nghệ An', 'Đà Nẵng', 'Huế'];
  const out = [...base];
  for (let i = 0; out.length < target; i++) {
    const src = base[i % base.length]!;
    out.push({ ...src, code: `9.${String(100000 + i).slice(-6)}`, name: `${src.name} (${provinces[i % provinces.length]})` });
  }
  return out;
}

export async function run(opts: { quick: boolean } = { quick: false }) {
  const db = await benchDatabase('search', 25);
  try {
    const base = realRecords();
    const records = padded(base.length > 0 ? base : [], TARGET);
    const imported = await importCatalogue({ store: db.store, actor: cliActor() }, records, { publishAs: 'BENCH/QĐ' });
    const app = await buildApp({ store: db.store, databaseKind: db.kind, version: 'bench', logLevel: 'silent' });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const addr = app.server.address();
    const port = typeof addr === 'object' && addr ? addr.port : 0;
    const total = opts.quick ? 400 : 4000;
    const qs = queries(records, 1000);
    const url = (i: number) => `/api/procedures?q=${encodeURIComponent(qs[i % qs.length]!)}`;
    const paths = Array.from({ length: qs.length }, (_, i) => url(i));
    await loadFromWorker({ port, paths, clients: 20, total: 200 }); // warm-up
    // The clients run in a worker thread: their CPU is not the server's, as in production.
    const search = await loadFromWorker({ port, paths, clients: 20, total });
    if (search.errors > 0) throw new Error(`search: ${search.errors} non-200 answers`);
    const select1 = await loadTest(20, total, () => db.pool.query('SELECT 1').then(() => undefined));
    await app.close();
    return {
      name: 'catalogue.search.http',
      procedures: imported.created,
      realProcedures: base.length,
      clients: 20,
      distinctQueries: 1000,
      p50Ms: search.p50,
      p95Ms: search.p95,
      p99Ms: search.p99,
      perSec: search.perSec,
      baseline: { name: 'SELECT 1 via pg, 20 clients', p50Ms: select1.p50, p95Ms: select1.p95, perSec: select1.perSec },
      ratio: Math.round((search.p95 / Math.max(select1.p95, 0.01)) * 100) / 100,
      budget: { maxP95Ms: 20 },
    };
  } finally {
    await db.close();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(JSON.stringify(await run({ quick: process.argv.includes('--quick') }), null, 2));
}

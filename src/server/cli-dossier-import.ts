/**
 * `npx motcua dossiers import FILE [--batch N]`: past dossiers from a JSON array or JSON-lines file
 * (docs/dossier-import-format.md), streamed and written in batches, with progress, the errors as
 * they come (stderr) and the final rate. Exit code 3 when some records were refused.
 */
import { readRecords } from './documents/record-stream';
import { importDossiers, type ImportError } from './services/import-dossiers';
import { cliActor } from './services/save-user';
import type { Store } from './storage/database';

const fmt = (n: number) => Math.round(n).toLocaleString('vi-VN');
const errorLine = (e: ImportError) => `  #${e.index} ${e.MaHoSo ?? '?'}: ${e.problems.map((p) => (p.path ? `${p.path} — ${p.message}` : p.message)).join('; ')}`;

export async function runDossierImport(store: Store, file: string, opts: { batch?: number | undefined; out?: (s: string) => void; err?: (s: string) => void } = {}): Promise<number> {
  const out = opts.out ?? ((s) => console.log(s));
  const err = opts.err ?? ((s) => console.error(s));
  const started = performance.now();
  let lastReport = started;
  const rate = (n: number) => n / Math.max(0.001, (performance.now() - started) / 1000);
  const r = await importDossiers({ store, actor: cliActor() }, readRecords(file), {
    batchSize: opts.batch,
    keepErrors: 0,
    onError: (e) => err(errorLine(e)),
    onProgress: (p) => {
      const now = performance.now();
      if (now - lastReport < 1000) return;
      lastReport = now;
      err(`… đã đọc ${fmt(p.read)} hồ sơ: ${fmt(p.imported)} đã nhập, ${fmt(p.skipped)} bỏ qua, ${fmt(p.failed)} lỗi — ${fmt(rate(p.imported + p.skipped))} hồ sơ/giây`);
    },
  });
  const seconds = (performance.now() - started) / 1000;
  const failed = r.failed;
  out(`Đã nhập ${fmt(r.imported)} hồ sơ, bỏ qua ${fmt(r.skipped)} (không thay đổi), ${fmt(failed)} lỗi trong ${seconds.toFixed(1)} giây (${fmt(rate(r.imported + r.skipped))} hồ sơ/giây).`);
  return failed > 0 ? 3 : 0;
}

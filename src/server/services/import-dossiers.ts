/**
 * Import of past dossiers from an agency's previous one-stop system (issue 10; docs/adr/0022):
 * records in the national sync shape, parsed and checked one by one (domain/dossier-import), then
 * written in batches — each batch in one transaction, and when a batch fails, each of its records in
 * its own, so a good record is written whole or not at all and a bad one never blocks the others.
 * The next batch is prepared while the previous one is being written.
 */
import { createHash, randomUUID } from 'node:crypto';
import { can } from '../../domain/access';
import { localDateOf } from '../../domain/calendar';
import { prepareImport, type ImportProblem, type PreparedImport } from '../../domain/dossier-import';
import { UnreadableRecord } from '../documents/record-stream';
import type { Store } from '../storage/database';
import { importTransaction, publishedVersions, type PublishedVersion } from '../storage/dossier-import';
import { agencyDirectory } from './agency-directory';
import { authorize } from './authorize';
import { workingCalendar } from './calendar-provider';
import { auditActorId, type Actor, type ServiceContext } from './context';
import { dossierRows, withDossierId, type DossierRows, type RowContext } from './dossier-import-rows';

export type ImportError = { index: number; MaHoSo: string | null; problems: ImportProblem[] };
export type ImportResult = { imported: number; skipped: number; errors: ImportError[] };
export type ImportProgress = { read: number; imported: number; skipped: number; failed: number };
export type ImportOptions = {
  batchSize?: number;
  onProgress?: (p: ImportProgress) => void;
  /** Called for every bad record; with `keepErrors` the result keeps only that many (a file of millions). */
  onError?: (e: ImportError) => void;
  keepErrors?: number;
  /** Batches written at once, each in its own transaction (default 2: PostgreSQL then uses two cores). */
  concurrency?: number;
};

type Sequence = { agencyId: string; day: string; last: number };
type Pending = { index: number; code: string; rows: DossierRows; sequence: Sequence | null };

/** The agency-day sequence an imported code uses, when its day (YYMMDD) is yesterday or later and its prefix is one of our agencies. */
function sequenceOf(code: string, since: string, agencyId: (code: string) => string | undefined): Sequence | null {
  const m = /^(.+)-(\d{2})(\d{2})(\d{2})-(\d{4})$/.exec(code);
  if (!m) return null;
  const day = `20${m[2]}-${m[3]}-${m[4]}`;
  const agency = day >= since ? agencyId(m[1]!) : undefined;
  return agency ? { agencyId: agency, day, last: Number(m[5]) } : null;
}

/** Writes one batch in one transaction: skips unchanged re-imports, refuses codes it must not overwrite. */
function writeBatch(store: Store, actor: Actor, requestId: string | undefined, batch: Pending[]) {
  return importTransaction(store, batch.map((p) => p.code), (existing) => {
    const errors: ImportError[] = [];
    const fresh: Pending[] = [];
    const replaced: Pending[] = [];
    let skipped = 0;
    for (const p of batch) {
      const e = existing.get(p.code);
      if (!e) fresh.push(p);
      else if (!e.imported) errors.push({ index: p.index, MaHoSo: p.code, problems: [{ path: 'MaHoSo', message: 'Mã hồ sơ đã dùng cho một hồ sơ tiếp nhận trên hệ thống này; không ghi đè' }] });
      else if (e.hash === p.rows.dossier.imported!.hash) skipped++;
      else if (e.moved) errors.push({ index: p.index, MaHoSo: p.code, problems: [{ path: 'MaHoSo', message: 'Hồ sơ đã được xử lý tiếp trên hệ thống này sau khi nhập; không ghi đè bằng dữ liệu cũ' }] });
      else {
        withDossierId(p.rows, e.id);
        replaced.push(p);
      }
    }
    const written = [...fresh, ...replaced];
    // Codes here are numbered per agency and day: stay ahead of imported codes of days still being numbered.
    const sequences = new Map<string, Sequence>();
    for (const { sequence: q } of written) {
      if (!q) continue;
      const key = `${q.agencyId}|${q.day}`;
      sequences.set(key, { ...q, last: Math.max(q.last, sequences.get(key)?.last ?? 0) });
    }
    return {
      fresh: fresh.map((p) => p.rows.dossier),
      replaced: replaced.map((p) => p.rows.dossier),
      actions: written.flatMap((p) => p.rows.actions),
      steps: written.flatMap((p) => p.rows.steps),
      // In one order for every batch: two batches writing at once never wait on each other in a cycle.
      sequences: [...sequences.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, q]) => q),
      audit: written.length ? { actorId: auditActorId(actor), requestId: requestId ?? null, detail: { count: written.length, first: written[0]!.code, last: written[written.length - 1]!.code } } : null,
      result: { imported: written.length, skipped, errors },
    };
  });
}

/**
 * Imports records from any (async) iterable: an HTTP body's array or a file read line by line.
 * Authorized once for the action and then per record for its receiving agency.
 */
export async function importDossiers(ctx: ServiceContext, records: Iterable<unknown> | AsyncIterable<unknown>, opts: ImportOptions = {}): Promise<ImportResult & { failed: number }> {
  const actor = authorize(ctx, 'dossier.import');
  const batchSize = opts.batchSize ?? 1000;
  const keep = opts.keepErrors ?? Infinity;
  const now = new Date();
  const dir = await agencyDirectory(ctx.store);
  const calendar = await workingCalendar(ctx.store);
  const versions = new Map<string, PublishedVersion[]>();
  const since = localDateOf(now.getTime() - 86_400_000);
  const rowCtx: RowContext = { now, calendar, versions: (c) => versions.get(c) ?? [], agencyId: (c) => dir.byCode.get(c)?.id };
  const result: ImportResult = { imported: 0, skipped: 0, errors: [] };
  let failed = 0;
  let read = 0;
  const fail = (e: ImportError) => {
    failed++;
    if (result.errors.length < keep) result.errors.push(e);
    opts.onError?.(e);
  };
  const tally = (r: { imported: number; skipped: number; errors: ImportError[] }) => {
    result.imported += r.imported;
    result.skipped += r.skipped;
    r.errors.forEach(fail);
  };

  let prepared: { index: number; p: PreparedImport; hash: string }[] = [];
  let codes = new Set<string>();
  // Batches being written (each on its own connection), and which batch holds which code.
  const writing = new Set<Promise<void>>();
  const codesWriting = new Map<string, Promise<void>>();
  const concurrency = Math.max(1, opts.concurrency ?? 2);

  const write = async (batch: Pending[]) => {
    try {
      tally(await writeBatch(ctx.store, actor, ctx.requestId, batch));
    } catch {
      // Find the record the batch tripped over: each one alone, whole or not at all.
      for (const p of batch) {
        try {
          tally(await writeBatch(ctx.store, actor, ctx.requestId, [p]));
        } catch (err) {
          fail({ index: p.index, MaHoSo: p.code, problems: [{ path: '', message: `Không ghi được hồ sơ: ${(err as Error).message}` }] });
        }
      }
    }
    opts.onProgress?.({ read, imported: result.imported, skipped: result.skipped, failed });
  };

  const flush = async () => {
    const batch = prepared;
    prepared = [];
    codes = new Set();
    if (batch.length === 0) return;
    const unknown = [...new Set(batch.map((b) => b.p.procedureCode))].filter((c) => !versions.has(c));
    if (unknown.length > 0) for (const [c, v] of await publishedVersions(ctx.store, unknown)) versions.set(c, v);
    const pending: Pending[] = [];
    for (const { index, p, hash } of batch) {
      const agency = dir.byCode.get(p.agencyCode);
      if (agency && !can(actor, 'dossier.import', { agencyPath: dir.ancestry(agency.id) })) {
        fail({ index, MaHoSo: p.code, problems: [{ path: 'MaDonViTiepNhan', message: 'Cơ quan tiếp nhận ngoài phạm vi quản trị của bạn' }] });
        continue;
      }
      const rows = dossierRows(rowCtx, p, randomUUID(), hash);
      if (Array.isArray(rows)) fail({ index, MaHoSo: p.code, problems: rows });
      else pending.push({ index, code: p.code, rows, sequence: sequenceOf(p.code, since, rowCtx.agencyId) });
    }
    // Batches are written while the next ones are prepared. A code still being written by an
    // earlier batch waits for it, so that its second record is a re-import of the first.
    const earlier = new Set(pending.map((p) => codesWriting.get(p.code)).filter((w) => w !== undefined));
    if (earlier.size > 0) await Promise.all(earlier);
    while (writing.size >= concurrency) await Promise.race(writing);
    const w: Promise<void> = write(pending).finally(() => {
      writing.delete(w);
      for (const p of pending) if (codesWriting.get(p.code) === w) codesWriting.delete(p.code);
    });
    writing.add(w);
    for (const p of pending) codesWriting.set(p.code, w);
  };

  for await (const raw of records) {
    const index = read++;
    if (raw instanceof UnreadableRecord) {
      fail({ index, MaHoSo: null, problems: [{ path: '', message: raw.message }] });
      continue;
    }
    const r = prepareImport(raw, now.getTime());
    if (!r.ok) {
      fail({ index, MaHoSo: r.code, problems: r.problems });
      continue;
    }
    // The same code twice goes to the next batch, where it is a re-import of the first.
    if (codes.has(r.value.code)) await flush();
    codes.add(r.value.code);
    prepared.push({ index, p: r.value, hash: createHash('sha256').update(JSON.stringify(raw)).digest('base64') });
    if (prepared.length >= batchSize) await flush();
  }
  await flush();
  await Promise.all(writing);
  result.errors.sort((a, b) => a.index - b.index);
  return { ...result, failed };
}

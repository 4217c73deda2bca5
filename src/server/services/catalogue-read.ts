import { localDateOf } from '../../domain/calendar';
import { can } from '../../domain/access';
import { changeLabel, diffRecords } from '../../domain/procedure';
import { invalid, notFound } from '../errors';
import { findAgencyByCode } from '../storage/agencies';
import { listAssignments } from '../storage/decisions';
import { allCurrentRecords, findProcedureId, listVersions, versionInForce } from '../storage/procedures';
import { catalogueIndex, searchIndex } from './catalogue-index';
import { authorize } from './authorize';
import type { ServiceContext } from './context';

export type CatalogueQuery = {
  q?: string | undefined;
  field?: string | undefined;
  level?: string | undefined;
  agency?: string | undefined;
  online?: string | undefined;
  locationIndependent?: boolean | undefined;
  page: number;
  pageSize: number;
};

/** Public search of procedures in force today; diacritics, case and word order do not matter. */
export async function searchCatalogue(ctx: ServiceContext, q: CatalogueQuery) {
  let agencyId: string | undefined;
  if (q.agency) {
    const agency = await findAgencyByCode(ctx.store, q.agency);
    if (!agency) throw invalid(`Không tìm thấy cơ quan có mã "${q.agency}".`, { errors: [{ name: 'agency', reason: 'không tồn tại' }] });
    agencyId = agency.id;
  }
  return searchIndex(await catalogueIndex(ctx.store), { ...q, agencyId });
}

/** Answers kept per index (so a new catalogue revision or a new day starts afresh), at most this many. */
const ANSWERS_PER_INDEX = 2_000;
const answers = new WeakMap<object, Map<string, string>>();

/**
 * The search answer as JSON text, remembered per index: public search traffic repeats the same
 * popular queries, and an answer cannot change until the index does.
 */
export async function searchCatalogueJson(ctx: ServiceContext, q: CatalogueQuery): Promise<string> {
  const idx = await catalogueIndex(ctx.store);
  let memo = answers.get(idx);
  if (!memo) answers.set(idx, (memo = new Map()));
  const key = JSON.stringify([q.q ?? '', q.field ?? '', q.level ?? '', q.agency ?? '', q.online ?? '', q.locationIndependent ?? '', q.page, q.pageSize]);
  const hit = memo.get(key);
  if (hit !== undefined) return hit;
  const json = JSON.stringify(await searchCatalogue(ctx, q));
  if (memo.size >= ANSWERS_PER_INDEX) memo.delete(memo.keys().next().value!);
  memo.set(key, json);
  return json;
}

export const catalogueFields = async (ctx: ServiceContext) => (await catalogueIndex(ctx.store)).fields;

/** A procedure in force (or on `date`), with its version history and where it is handled. */
export async function procedureDetail(ctx: ServiceContext, code: string, date?: string) {
  const on = date ?? localDateOf(Date.now());
  const current = await versionInForce(ctx.store, code, on);
  const versions = await listVersions(ctx.store, code);
  const mayReadDrafts = can(ctx.actor, 'catalogue.read_drafts');
  if (!current && !(mayReadDrafts && versions.length > 0)) throw notFound(`thủ tục "${code}"`);
  const procedureId = (await findProcedureId(ctx.store, code))!;
  const shown = current ?? versions[0]!;
  return {
    ...shown.record,
    version: shown.versionNo,
    status: shown.status,
    effectiveFrom: shown.effectiveFrom,
    effectiveTo: shown.effectiveTo,
    decisionNumber: shown.decisionNumber,
    versions: versions
      .filter((v) => v.status === 'published' || mayReadDrafts)
      .map((v) => ({ version: v.versionNo, status: v.status, effectiveFrom: v.effectiveFrom, effectiveTo: v.effectiveTo, decisionNumber: v.decisionNumber })),
    assignments: (await listAssignments(ctx.store, procedureId)).map((a) => ({ agencyCode: a.agencyCode, agencyName: a.agencyName, level: a.level, channels: a.channels })),
  };
}

/** Field-by-field differences between two versions of a procedure, each with its Vietnamese label. */
export async function procedureDiff(ctx: ServiceContext, code: string, from: number, to: number) {
  const versions = await listVersions(ctx.store, code);
  const mayReadDrafts = can(ctx.actor, 'catalogue.read_drafts');
  const pick = (n: number) => {
    const v = versions.find((x) => x.versionNo === n && (x.status === 'published' || mayReadDrafts));
    if (!v) throw notFound(`phiên bản ${n} của thủ tục "${code}"`);
    return v;
  };
  const a = pick(from);
  const b = pick(to);
  return { code, from, to, changes: diffRecords(a.record, b.record).map((c) => ({ ...c, label: changeLabel(c.path) })) };
}

/** The catalogue in the interchange format: versions in force today, or drafts where they exist. */
export async function exportCatalogue(ctx: ServiceContext, includeDrafts: boolean) {
  if (includeDrafts) authorize(ctx, 'catalogue.read_drafts');
  else authorize(ctx, 'catalogue.edit');
  return allCurrentRecords(ctx.store, localDateOf(Date.now()), includeDrafts);
}

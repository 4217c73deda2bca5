import { searchWords, type PaknPayload } from '../../domain/pakn';
import { notFound } from '../errors';
import { findPublicAnswer, listPublicAnswers } from '../storage/pakn-queries';
import { findPakn, listPaknOfCitizen, type PaknRow } from '../storage/pakn';
import { agencyDirectory, descendantsOf } from './agency-directory';
import { requireCitizen } from './citizen-session';
import type { ServiceContext } from './context';
import { procedureName, secretMatches } from './pakn-support';
import { transitionPakn } from './pakn-transition';
import { presentForSender } from './pakn-view';
import { PAKN_STATUS_VI } from '../../domain/pakn';

/**
 * The sender's side of a PAKN without an account: the code and the secret open it (or the portal
 * account that sent it). A wrong secret is answered like an unknown code.
 */
async function senderItem(ctx: ServiceContext, code: string, secret: string | null | undefined): Promise<PaknRow> {
  const r = await findPakn(ctx.store, { code });
  const mine = r && ctx.citizen && r.citizenId === ctx.citizen.citizenId;
  if (!r || (!mine && !secretMatches(r.secretHash, secret))) throw notFound(`phản ánh, kiến nghị "${code}" (hoặc mã bí mật không đúng)`);
  return r;
}

export async function followPakn(ctx: ServiceContext, code: string, secret: string | null | undefined) {
  return presentForSender(ctx.store, await senderItem(ctx, code, secret));
}

export async function supplementAsSender(ctx: ServiceContext, code: string, secret: string | null | undefined, payload: PaknPayload<'supplement'>) {
  const r = await senderItem(ctx, code, secret);
  const next = await transitionPakn(ctx, r.id, 'supplement', payload, { kind: 'sender', name: r.senderName }, null);
  return presentForSender(ctx.store, next);
}

/** The sender's satisfaction with the published answer (QĐ 766 indicator 5.3), once. */
export async function rateAsSender(ctx: ServiceContext, code: string, secret: string | null | undefined, payload: PaknPayload<'rate'>) {
  const r = await senderItem(ctx, code, secret);
  const next = await transitionPakn(ctx, r.id, 'rate', payload, { kind: 'sender', name: r.senderName }, null);
  return presentForSender(ctx.store, next);
}

/** A logged-in citizen's own items. */
export async function myPakn(ctx: ServiceContext) {
  const c = requireCitizen(ctx);
  const rows = await listPaknOfCitizen(ctx.store, c.citizenId);
  const dir = await agencyDirectory(ctx.store);
  return rows.map((r) => ({ code: r.code, title: r.title, status: r.status, statusName: PAKN_STATUS_VI[r.status], agency: dir.byId.get(r.agencyId)?.name ?? '', receivedAt: r.receivedAt, processDueAt: r.finishedAt ? null : r.processDueAt, rating: r.rating }));
}

export type PublicQuery = { q?: string | undefined; agencyId?: string | undefined; category?: string | undefined; page: number; pageSize: number };

/** Published answers (NĐ 20/2008 art. 19), searchable without diacritics; no personal data. */
export async function publicAnswers(ctx: ServiceContext, q: PublicQuery) {
  const dir = await agencyDirectory(ctx.store);
  const agencyIds = q.agencyId ? (dir.byId.has(q.agencyId) ? descendantsOf(dir, q.agencyId) : []) : undefined;
  const { rows, total } = await listPublicAnswers(ctx.store, { words: searchWords(q.q ?? ''), agencyIds, category: q.category, limit: q.pageSize, offset: (q.page - 1) * q.pageSize });
  return {
    total,
    page: q.page,
    pageSize: q.pageSize,
    items: rows.map((r) => ({ code: r.code, title: r.title, content: r.content, answer: r.answer, category: r.category, agency: dir.byId.get(r.agencyId)?.name ?? '', procedureCode: r.procedureCode, receivedAt: r.receivedAt, publishedAt: r.publishedAt })),
  };
}

export async function publicAnswer(ctx: ServiceContext, code: string) {
  const r = await findPublicAnswer(ctx.store, code);
  if (!r) throw notFound(`kết quả trả lời phản ánh, kiến nghị "${code}"`);
  const dir = await agencyDirectory(ctx.store);
  return {
    code: r.code,
    title: r.title,
    content: r.content,
    answer: r.answer,
    category: r.category,
    agency: dir.byId.get(r.agencyId)?.name ?? '',
    procedure: r.procedureCode ? { code: r.procedureCode, name: await procedureName(ctx.store, r.procedureCode) } : null,
    receivedAt: r.receivedAt,
    publishedAt: r.publishedAt,
  };
}

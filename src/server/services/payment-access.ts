import { AppError, forbidden, notFound } from '../errors';
import { findDossier, type DossierRow } from '../storage/dossiers';
import { findObligation, type ObligationWithDossier } from '../storage/obligations';
import { agencyDirectory } from './agency-directory';
import { authorize, requireActor } from './authorize';
import type { Actor, CitizenActor, ServiceContext } from './context';
import { rolesOn } from './dossier-view';
import { isLookupToken } from './lookup-token';

/** The applicant's own dossier: submitted from their account, or they are its applicant or owner. */
export function ownsDossier(c: CitizenActor, d: { citizenId?: string | null; applicant: unknown; owner?: unknown }): boolean {
  const id = (p: unknown) => (p as { idNumber?: string } | null)?.idNumber;
  return d.citizenId === c.citizenId || id(d.applicant) === c.idNumber || id(d.owner) === c.idNumber;
}

/**
 * An obligation as the applicant may see it: the logged-in citizen who owns the dossier, or anyone
 * with the lookup token printed in the QR of the dossier's forms. Anything else is answered exactly
 * like an unknown obligation (404), so ids reveal nothing.
 */
export async function applicantObligation(ctx: ServiceContext, id: string, token: string | undefined): Promise<{ o: ObligationWithDossier; d: DossierRow; via: 'citizen' | 'token' }> {
  const unknown = notFound('nghĩa vụ tài chính');
  const o = /^[0-9a-f-]{36}$/i.test(id) ? await findObligation(ctx.store, id) : undefined;
  if (!o) throw unknown;
  const d = await findDossier(ctx.store, o.dossierCode);
  if (!d) throw unknown;
  if (ctx.citizen && ownsDossier(ctx.citizen, d)) return { o, d, via: 'citizen' };
  if (token && (await isLookupToken(ctx.store, d.code, token))) return { o, d, via: 'token' };
  throw unknown;
}

/** An officer who may see this dossier (its roles on it), or 403/404 as dossier reads answer. */
export async function officerDossier(ctx: ServiceContext, code: string): Promise<{ actor: Actor; d: DossierRow; dir: Awaited<ReturnType<typeof agencyDirectory>>; roles: string[] }> {
  const actor = requireActor(ctx);
  const d = await findDossier(ctx.store, code);
  if (!d) throw notFound(`hồ sơ "${code}"`);
  const dir = await agencyDirectory(ctx.store);
  const roles = rolesOn(dir, actor, d);
  if (roles.length === 0) throw forbidden('Hồ sơ này không thuộc phạm vi của bạn.');
  return { actor, d, dir, roles };
}

/** The officer collects at the counter of the receiving agency (policy 'payment.collect'). */
export async function collectingOfficer(ctx: ServiceContext, code: string) {
  const r = await officerDossier(ctx, code);
  authorize(ctx, 'payment.collect', { agencyPath: r.dir.ancestry(r.d.receivingAgencyId) });
  if (!r.roles.includes('reception')) throw forbidden('Chỉ cán bộ một cửa của cơ quan tiếp nhận được thu tiền.');
  return r;
}

/** Statuses in which nothing may be paid any more (refused, withdrawn, stopped, returned). */
export const CLOSED_STATUSES = [3, 7, 8, 10];

export function assertPayable(o: { status: string }, d: { status: number }) {
  if (o.status !== 'open') throw new AppError('CONFLICT', o.status === 'paid' ? 'Nghĩa vụ tài chính này đã được thanh toán.' : 'Nghĩa vụ tài chính này không còn phải thanh toán.', { reason: 'obligation_not_open', obligationStatus: o.status });
  if (CLOSED_STATUSES.includes(d.status)) throw new AppError('UNPROCESSABLE', 'Hồ sơ đã kết thúc; không thể thanh toán.', { reason: 'dossier_closed' });
}

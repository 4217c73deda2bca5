import { RATING_EDIT_DAYS, type RatingChannel, type RatingInput } from '../../domain/feedback';
import { statusName, type StatusCode } from '../../domain/dossier';
import { conflict, notFound } from '../errors';
import { procedureOfVersion } from '../storage/dossier-documents';
import { findDossier, type DossierRow } from '../storage/dossiers';
import { findRating, upsertRating } from '../storage/ratings';
import type { Store } from '../storage/database';
import { agencyDirectory } from './agency-directory';
import { authorize } from './authorize';
import { ownDossier, ratingView } from './citizen-dossier-view';
import type { ServiceContext } from './context';
import { rolesOn } from './dossier-view';
import { isLookupToken } from './lookup-token';

/**
 * The applicant's rating of a returned dossier (TT 01/2018 art. 13), one per dossier, editable for
 * 7 days (409 after): from their account, from the link in the "returned" notice (the lookup token,
 * no login), or on the counter tablet opened by a reception officer of the receiving agency.
 */
async function rate(store: Store, d: DossierRow, input: RatingInput, channel: RatingChannel, by: { citizenId?: string; officerId?: string }) {
  if (d.status !== 10) throw conflict(`Chỉ đánh giá được sau khi hồ sơ đã trả kết quả (trạng thái hiện tại: ${statusName(d.status as StatusCode)}).`, { currentStatus: d.status });
  const now = new Date();
  const r = await upsertRating(store, { dossierId: d.id, time: input.time, contacts: input.contacts, bodies: input.bodies, attitude: input.attitude, comment: input.comment?.trim() || null, channel, citizenId: by.citizenId ?? null, recordedBy: by.officerId ?? null }, now, RATING_EDIT_DAYS);
  if (!r) throw conflict(`Đánh giá chỉ được sửa trong ${RATING_EDIT_DAYS} ngày kể từ khi gửi; đánh giá của hồ sơ này đã được ghi nhận.`, { reason: 'rating_closed' });
  return ratingView(r.row, now)!;
}

/** What the rating page shows: the dossier's procedure, agency and dates (no names), and the rating so far. */
async function summary(store: Store, d: DossierRow) {
  const dir = await agencyDirectory(store);
  const rating = ratingView(await findRating(store, d.id));
  return {
    code: d.code,
    status: d.status,
    statusName: statusName(d.status as StatusCode),
    procedure: { code: d.procedureCode, name: (await procedureOfVersion(store, d.procedureVersionId)).name },
    agency: dir.byId.get(d.receivingAgencyId)?.name ?? null,
    receivedAt: d.receivedAt,
    dueAt: d.dueAt,
    returnedAt: d.returnedAt,
    rating,
    canRate: d.status === 10 && (!rating || rating.editable),
  };
}

export async function rateAsCitizen(ctx: ServiceContext, code: string, input: RatingInput) {
  const { citizen, d } = await ownDossier(ctx, code);
  return rate(ctx.store, d, input, 'portal', { citizenId: citizen.citizenId });
}

/** The dossier of a notice's rating link: a wrong token is answered like an unknown code. */
async function byToken(store: Store, code: string, token: string | undefined) {
  const d = await findDossier(store, code);
  if (!d || !token || !(await isLookupToken(store, code, token))) throw notFound(`hồ sơ "${code}" (hoặc đường dẫn đánh giá không đúng)`);
  return d;
}

export const ratingByToken = async (store: Store, code: string, token: string | undefined) => summary(store, await byToken(store, code, token));

export const rateByToken = async (store: Store, code: string, token: string | undefined, input: RatingInput) => rate(store, await byToken(store, code, token), input, 'link', {});

/** The dossier a reception officer opens on the counter tablet: one received at their agency. */
async function atCounter(ctx: ServiceContext, code: string) {
  const actor = authorize(ctx, 'rating.counter');
  const d = await findDossier(ctx.store, code);
  if (!d || !rolesOn(await agencyDirectory(ctx.store), actor, d).includes('reception')) throw notFound(`hồ sơ "${code}" tại cơ quan của bạn`);
  return { actor, d };
}

export async function ratingAtCounter(ctx: ServiceContext, code: string) {
  return summary(ctx.store, (await atCounter(ctx, code)).d);
}

export async function rateAtCounter(ctx: ServiceContext, code: string, input: RatingInput) {
  const { actor, d } = await atCounter(ctx, code);
  return rate(ctx.store, d, input, 'counter', { officerId: actor.userId });
}

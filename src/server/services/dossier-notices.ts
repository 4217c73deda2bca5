import { localDateOf } from '../../domain/calendar';
import type { DossierState } from '../../domain/dossier';
import { dossierNotice, milestoneOf, type DossierNoticeContext, type MilestoneDetails } from '../../domain/notifications';
import type { Store } from '../storage/database';
import { hasElectronicResult, procedureOfVersion } from '../storage/dossier-documents';
import { findDossier, listActions, type DossierRow } from '../storage/dossiers';
import { agencyDirectory } from './agency-directory';
import type { Delivery } from './deliver-notice';
import { lookupToken } from './lookup-token';

type ActionRow = Awaited<ReturnType<typeof listActions>>[number];

/**
 * The notice an applicant gets at a milestone of their dossier, built from what is stored (the
 * dossier, the action that made the milestone, the procedure, the receiving agency) at the time the
 * worker runs. Each has a dedupe key naming the milestone's action, so a repeated outbox message, a
 * retried job or two topics reporting the same event (an extension: `dossier.extended` and later
 * `dossier.late`) make one notice.
 */
async function contextOf(store: Store, publicUrl: string, d: DossierRow): Promise<DossierNoticeContext> {
  const dir = await agencyDirectory(store);
  const agency = dir.byId.get(d.receivingAgencyId);
  const procedure = await procedureOfVersion(store, d.procedureVersionId);
  const token = await lookupToken(store, d.code);
  const base = publicUrl.replace(/\/+$/, '');
  return {
    code: d.code,
    procedureName: procedure.name || d.procedureCode,
    applicantName: String((d.applicant as { name?: unknown }).name ?? ''),
    agency: { name: agency?.name ?? 'Bộ phận tiếp nhận và trả kết quả', address: agency?.address ?? null, phone: agency?.phone ?? null },
    dueDate: d.dueAt ? localDateOf(d.dueAt) : null,
    lookupUrl: `${base}/tra-cuu/${d.code}?t=${token}`,
    ratingUrl: `${base}/danh-gia/${d.code}?t=${token}`,
  };
}

const contactOf = (d: DossierRow) => {
  const a = d.applicant as { email?: string | null; phone?: string | null };
  return { email: a.email ?? null, phone: a.phone ?? null };
};

const text = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v.trim() : null);

async function details(store: Store, d: DossierRow, status: number, action: ActionRow | undefined): Promise<MilestoneDetails | null> {
  const milestone = milestoneOf(status, action?.action);
  const p = (action?.payload ?? {}) as Record<string, unknown>;
  switch (milestone) {
    case null:
      return null;
    case 'submitted':
    case 'received':
    case 'supplement_received':
    case 'returned':
      return { milestone };
    case 'supplement_requested':
      return { milestone, reason: text(p.reason) ?? '', documents: Array.isArray(p.documents) ? p.documents.map(String) : [] };
    case 'refused':
    case 'stopped':
      return { milestone, reason: text(p.reason) ?? text(action?.comment) ?? '' };
    case 'withdrawn':
      return { milestone, reason: text(p.reason) };
    case 'result_ready':
      return { milestone, electronic: await hasElectronicResult(store, d.id) };
    case 'apology':
      return { milestone, reason: text(p.reason), newDueDate: text(p.newDueDate) ?? (d.dueAt ? localDateOf(d.dueAt) : '') };
  }
}

async function build(store: Store, publicUrl: string, d: DossierRow, topic: string, dedupeBase: string, m: MilestoneDetails): Promise<Delivery> {
  return { topic, dossierCode: d.code, dedupeBase, notice: dossierNotice(await contextOf(store, publicUrl, d), m), to: contactOf(d) };
}

/** A counter receipt (`dossier.received`). */
export async function receiptDelivery(store: Store, publicUrl: string, code: string): Promise<Delivery | null> {
  const d = await findDossier(store, code);
  if (!d) return null;
  return build(store, publicUrl, d, 'dossier.received', `dossier.received:${code}`, { milestone: 'received' });
}

/** An online submission (`dossier.submitted`): the applicant's acknowledgement before reception. */
export async function submissionDelivery(store: Store, publicUrl: string, code: string): Promise<Delivery | null> {
  const d = await findDossier(store, code);
  if (!d) return null;
  return build(store, publicUrl, d, 'dossier.submitted', `dossier.submitted:${code}`, { milestone: 'submitted' });
}

/**
 * A status change (`dossier.status_changed`): `seq` names the action that made it; messages queued
 * before it was carried fall back to the latest action that led to the status.
 */
export async function statusDelivery(store: Store, publicUrl: string, p: { code: string; status: number; seq?: number | undefined }): Promise<Delivery | null> {
  const d = await findDossier(store, p.code);
  if (!d) return null;
  const actions = await listActions(store, d.id);
  const action = p.seq !== undefined ? actions.find((a) => a.seq === p.seq) : [...actions].reverse().find((a) => a.statusAfter === p.status);
  const m = await details(store, d, p.status, action);
  if (!m) return null;
  const key = m.milestone === 'apology' ? `dossier.apology:${p.code}` : `dossier.status_changed:${p.code}`;
  return build(store, publicUrl, d, 'dossier.status_changed', `${key}:${action?.seq ?? `s${p.status}`}`, m);
}

/**
 * The apology with the new date (NĐ 61/2018 art. 19.9) for the extension `seq`, or the latest
 * extension on record; null when the dossier was never extended.
 */
export async function apologyDelivery(store: Store, publicUrl: string, topic: string, code: string, seq?: number): Promise<Delivery | null> {
  const d = await findDossier(store, code);
  if (!d || (d.state as DossierState).extensions === 0) return null;
  const actions = await listActions(store, d.id);
  const extend = [...actions].reverse().find((a) => a.action === 'extend' && (seq === undefined || a.seq === seq));
  if (!extend) return null;
  const m = await details(store, d, d.status, extend);
  return m ? build(store, publicUrl, d, topic, `dossier.apology:${code}:${extend.seq}`, m) : null;
}

import { paknNotice, type PaknMilestone, type PaknNoticeContext } from '../../domain/pakn';
import type { Store } from '../storage/database';
import { findPakn, listMergedInto, listPaknHistory, type PaknHistoryRow, type PaknRow } from '../storage/pakn';
import { agencyDirectory } from './agency-directory';
import type { Delivery } from './deliver-notice';

/**
 * The notices a PAKN history entry gives its sender (and, for a published answer, the senders of the
 * items merged into it), built from what is stored when the worker runs. One message per entry and
 * channel (dedupe key `pakn.notice:<item>:<seq>`).
 */
async function contextOf(store: Store, publicUrl: string, r: PaknRow): Promise<PaknNoticeContext> {
  const agency = (await agencyDirectory(store)).byId.get(r.agencyId);
  return {
    code: r.code,
    title: r.title,
    senderName: r.senderName ?? 'người phản ánh',
    agency: { name: agency?.name ?? 'Cơ quan tiếp nhận', address: agency?.address ?? null, phone: agency?.phone ?? null },
    followUrl: `${publicUrl.replace(/\/+$/, '')}/phan-anh-kien-nghi/theo-doi?ma=${r.code}`,
  };
}

const str = (v: unknown) => (typeof v === 'string' ? v : '');

function milestoneOf(h: PaknHistoryRow, secret: string | null): PaknMilestone | null {
  switch (h.action) {
    case 'submit':
    case 'record':
      return h.toStatus === 'not_accepted' ? { milestone: 'not_accepted', reason: h.note ?? '' } : { milestone: 'received', secret };
    case 'refuse':
      return { milestone: 'refused', reason: h.note ?? '' };
    case 'forward':
      return { milestone: 'forwarded', to: str(h.data.to), newCode: str(h.data.newCode) || null };
    case 'request_supplement':
      return { milestone: 'supplement_requested', request: h.note ?? '' };
    case 'publish':
      return { milestone: 'published', publicly: h.data.publicly !== false };
    case 'merge':
      return { milestone: 'merged', originalCode: str(h.data.originalCode) };
    default:
      return null;
  }
}

const contact = (r: PaknRow) => ({ email: r.senderEmail, phone: r.senderPhone });

export async function paknDeliveries(store: Store, publicUrl: string, p: { itemId: string; seq: number; secret?: string | undefined }): Promise<Delivery[]> {
  const r = await findPakn(store, { id: p.itemId });
  if (!r) return [];
  const h = (await listPaknHistory(store, r.id)).find((x) => x.seq === p.seq);
  if (!h) return [];
  const m = milestoneOf(h, p.secret ?? null);
  if (!m) return [];
  const base = `pakn.notice:${r.id}:${p.seq}`;
  const ctx = await contextOf(store, publicUrl, r);
  const notice = paknNotice(ctx, m);
  const stored = m.milestone === 'received' && m.secret ? paknNotice(ctx, { milestone: 'received', secret: '****-****' }) : undefined;
  const out: Delivery[] = [{ topic: 'pakn.notice', dossierCode: null, dedupeBase: base, notice, stored, to: contact(r) }];
  if (m.milestone === 'published') {
    // The senders of duplicates merged into this item get the answer too, each under their own code.
    for (const d of await listMergedInto(store, r.id)) {
      out.push({ topic: 'pakn.notice', dossierCode: null, dedupeBase: `${base}:${d.id}`, notice: paknNotice(await contextOf(store, publicUrl, d), m), to: contact(d) });
    }
  }
  return out;
}

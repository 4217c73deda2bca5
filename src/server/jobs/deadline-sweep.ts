import { inTransaction, type Store } from '../storage/database';
import { sweepConsultations } from '../storage/consultations';
import { sweepDeadlines } from '../storage/dossiers';
import { enqueue } from '../storage/outbox';
import { dueSoonLimit } from '../services/workqueues';

/**
 * The deadline sweep (every minute): flags dossiers due soon (by the end of the next working day)
 * and late, records each late dossier's whereabouts, and queues one notice per newly late dossier
 * for its handling agency, which must file the apology and new date (NĐ 61/2018 art. 19.9).
 * Consultations (lấy ý kiến) past their own deadline are flagged and notified the same way.
 */
export async function runDeadlineSweep(store: Store, now = new Date()): Promise<number> {
  const until = await dueSoonLimit({ store, actor: null }, now);
  return inTransaction(store, async (tx) => {
    const late = await sweepDeadlines(tx, now, until);
    const consultations = await sweepConsultations(tx, now);
    await enqueue(tx, [
      ...late.map((d) => ({ topic: 'dossier.late', payload: d, dedupeKey: `dossier.late:${d.code}` })),
      // The unit asked for an opinion is late: its head and the dossier's handler are reminded.
      ...consultations.map((c) => ({ topic: 'dossier.consultation_late', payload: c, dedupeKey: `dossier.consultation_late:${c.code}:${c.seq}` })),
    ]);
    return late.length + consultations.length;
  });
}

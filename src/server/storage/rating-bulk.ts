import type { Tx } from './database';

/** A rating written in bulk (demo data, benchmarks); the live path is ratings.ts (one per dossier, upsert). */
export type BulkRating = {
  dossierId: string;
  time: 'early' | 'on_time' | 'late';
  contacts: number;
  bodies: number;
  attitude: number;
  comment: string | null;
  channel: 'portal' | 'link' | 'counter';
  createdAt: Date;
};

export async function bulkInsertRatings(tx: Tx, rows: readonly BulkRating[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 1000) {
    await tx
      .insertInto('dossier_ratings')
      .values(
        rows.slice(i, i + 1000).map((r) => ({
          dossier_id: r.dossierId,
          timeliness: r.time,
          contacts: r.contacts,
          bodies: r.bodies,
          attitude: r.attitude,
          comment: r.comment,
          channel: r.channel,
          citizen_id: null,
          recorded_by: null,
          created_at: r.createdAt,
          updated_at: r.createdAt,
        })),
      )
      .onConflict((oc) => oc.column('dossier_id').doNothing())
      .execute();
  }
}

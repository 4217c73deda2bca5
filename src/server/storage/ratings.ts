import { sql } from 'kysely';
import type { Tx } from './database';

export type RatingRow = {
  dossierId: string;
  time: 'early' | 'on_time' | 'late';
  contacts: number;
  bodies: number;
  attitude: number;
  comment: string | null;
  channel: 'portal' | 'link' | 'counter';
  version: number;
  createdAt: Date;
  updatedAt: Date;
};

export async function findRating(tx: Tx, dossierId: string): Promise<RatingRow | undefined> {
  return tx
    .selectFrom('dossier_ratings')
    .select(['dossier_id as dossierId', 'timeliness as time', 'contacts', 'bodies', 'attitude', 'comment', 'channel', 'version', 'created_at as createdAt', 'updated_at as updatedAt'])
    .where('dossier_id', '=', dossierId)
    .executeTakeFirst();
}

export type RatingWrite = {
  dossierId: string;
  time: RatingRow['time'];
  contacts: number;
  bodies: number;
  attitude: number;
  comment: string | null;
  channel: RatingRow['channel'];
  citizenId: string | null;
  recordedBy: string | null;
};

/**
 * The dossier's one rating, in one statement: made if there is none, changed while it is younger
 * than `editDays` (at `now`). Returns the row and whether it was made, or null when the rating
 * exists and can no longer be changed.
 */
export async function upsertRating(tx: Tx, w: RatingWrite, now: Date, editDays: number): Promise<{ row: RatingRow; created: boolean } | null> {
  const r = await sql<RatingRow & { created: boolean }>`
    INSERT INTO dossier_ratings (dossier_id, timeliness, contacts, bodies, attitude, comment, channel, citizen_id, recorded_by, created_at, updated_at)
    VALUES (${w.dossierId}, ${w.time}, ${w.contacts}, ${w.bodies}, ${w.attitude}, ${w.comment}, ${w.channel}, ${w.citizenId}, ${w.recordedBy}, ${now}, ${now})
    ON CONFLICT (dossier_id) DO UPDATE SET
      timeliness = EXCLUDED.timeliness, contacts = EXCLUDED.contacts, bodies = EXCLUDED.bodies, attitude = EXCLUDED.attitude,
      comment = EXCLUDED.comment, channel = EXCLUDED.channel,
      citizen_id = coalesce(EXCLUDED.citizen_id, dossier_ratings.citizen_id),
      recorded_by = coalesce(EXCLUDED.recorded_by, dossier_ratings.recorded_by),
      version = dossier_ratings.version + 1, updated_at = EXCLUDED.updated_at
    WHERE dossier_ratings.created_at > ${now}::timestamptz - make_interval(days => ${editDays}::int)
    RETURNING dossier_id AS "dossierId", timeliness AS time, contacts, bodies, attitude, comment, channel, version,
      created_at AS "createdAt", updated_at AS "updatedAt", (xmax = 0) AS created`.execute(tx);
  const row = r.rows[0];
  if (!row) return null;
  const { created, ...rest } = row;
  return { row: rest, created };
}

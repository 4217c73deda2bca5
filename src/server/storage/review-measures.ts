import { sql } from 'kysely';
import type { Tx } from './database';

/**
 * What a procedure's own dossiers say, for the defaults of a review's cost table: the number received
 * since a date (the yearly volume), and reception → return instants of the returned ones (the
 * waiting time), with whether a supplement was requested. Served by dossiers_procedure_received_idx.
 */
export async function dossiersReceivedSince(tx: Tx, procedureCode: string, since: Date): Promise<number> {
  const r = await sql<{ n: number }>`
    SELECT count(*)::int AS n FROM dossiers
    WHERE procedure_code = ${procedureCode} AND received_at >= ${since}`.execute(tx);
  return r.rows[0]?.n ?? 0;
}

export type ReturnedDossier = { receivedAt: Date; returnedAt: Date; supplemented: boolean };

/** The most recent returned dossiers (status 10) received since a date; at most `limit`. */
export async function returnedDossiersSince(tx: Tx, procedureCode: string, since: Date, limit = 5_000): Promise<ReturnedDossier[]> {
  const r = await sql<ReturnedDossier>`
    SELECT d.received_at AS "receivedAt", d.returned_at AS "returnedAt",
           EXISTS (SELECT 1 FROM dossier_actions a WHERE a.dossier_id = d.id AND a.action = 'request_supplement') AS supplemented
    FROM dossiers d
    WHERE d.procedure_code = ${procedureCode} AND d.received_at >= ${since}
      AND d.status = 10 AND d.returned_at IS NOT NULL AND d.returned_at >= d.received_at
    ORDER BY d.received_at DESC
    LIMIT ${limit}`.execute(tx);
  return r.rows;
}

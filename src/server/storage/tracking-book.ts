import { sql } from 'kysely';
import type { Tx } from './database';

/** Dossiers received by an agency between two local dates (inclusive), in reception order. */
export async function trackingBookRows(tx: Tx, agencyId: string, from: string, to: string) {
  const r = await sql<{ code: string; procedureName: string; applicantName: string; receivedAt: Date | null; dueAt: Date | null; returnedAt: Date | null; status: number; late: boolean; handlingAgencyId: string }>`
    SELECT d.code, v.name AS "procedureName", d.applicant_name AS "applicantName", d.received_at AS "receivedAt",
           d.due_at AS "dueAt", d.returned_at AS "returnedAt", d.status, d.late, d.handling_agency_id AS "handlingAgencyId"
    FROM dossiers d JOIN procedure_versions v ON v.id = d.procedure_version_id
    WHERE d.receiving_agency_id = ${agencyId}
      AND d.received_at >= (${from}::date::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh')
      AND d.received_at < ((${to}::date + 1)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh')
    ORDER BY d.received_at, d.code
    LIMIT 20000`.execute(tx);
  return r.rows;
}

import { sql } from 'kysely';
import type { Tx } from './database';

export async function openConsultation(tx: Tx, c: { dossierId: string; seq: number; parties: string[]; question: string; dueAt: Date }): Promise<void> {
  await sql`INSERT INTO dossier_consultations (dossier_id, seq, parties, question, due_at)
    VALUES (${c.dossierId}, ${c.seq}, ${c.parties}, ${c.question}, ${c.dueAt})`.execute(tx);
}

/** Closes the oldest open consultation addressed to `from` (or the oldest open one when none names it). */
export async function answerConsultation(tx: Tx, dossierId: string, from: string, answerSeq: number, at: Date): Promise<void> {
  await sql`UPDATE dossier_consultations SET answered_at = ${at}, answer_seq = ${answerSeq}
    WHERE (dossier_id, seq) = (
      SELECT dossier_id, seq FROM dossier_consultations
      WHERE dossier_id = ${dossierId} AND answered_at IS NULL
      ORDER BY (${from} = ANY (parties)) DESC, seq LIMIT 1)`.execute(tx);
}

export type ConsultationRow = { seq: number; parties: string[]; question: string; dueAt: Date; answeredAt: Date | null; late: boolean };

export async function listConsultations(tx: Tx, dossierId: string): Promise<ConsultationRow[]> {
  const r = await sql<ConsultationRow>`SELECT seq, parties, question, due_at AS "dueAt", answered_at AS "answeredAt",
      (late OR (answered_at IS NULL AND due_at < now()) OR COALESCE(answered_at > due_at, false)) AS late
    FROM dossier_consultations WHERE dossier_id = ${dossierId} ORDER BY seq`.execute(tx);
  return r.rows;
}

/** Flags open consultations past their deadline (through the partial index); returns the newly late. */
export async function sweepConsultations(tx: Tx, now: Date, limit = 5000): Promise<{ code: string; seq: number; parties: string[]; agencyId: string }[]> {
  const r = await sql<{ code: string; seq: number; parties: string[]; agencyId: string }>`
    WITH due AS (
      SELECT dossier_id, seq FROM dossier_consultations
      WHERE answered_at IS NULL AND NOT late AND due_at < ${now}
      ORDER BY due_at LIMIT ${limit} FOR UPDATE SKIP LOCKED
    )
    UPDATE dossier_consultations c SET late = true
    FROM due, dossiers d
    WHERE c.dossier_id = due.dossier_id AND c.seq = due.seq AND d.id = c.dossier_id
    RETURNING d.code, c.seq, c.parties, d.handling_agency_id AS "agencyId"`.execute(tx);
  return r.rows;
}

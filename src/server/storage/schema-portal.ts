import type { ColumnType, Generated } from 'kysely';

/** Tables of online submission and ratings as Kysely sees them (see schema.ts; keep in step with db/migrations). */
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Json = ColumnType<unknown, string, string>;

export interface CitizenDraftsTable {
  id: Generated<string>;
  citizen_id: string;
  procedure_code: string;
  content: Json;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface DossierRatingsTable {
  dossier_id: string;
  timeliness: 'early' | 'on_time' | 'late';
  contacts: number;
  bodies: number;
  attitude: number;
  comment: string | null;
  channel: 'portal' | 'link' | 'counter';
  citizen_id: string | null;
  recorded_by: string | null;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

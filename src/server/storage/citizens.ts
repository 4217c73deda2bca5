import { sql } from 'kysely';
import type { Tx } from './database';

export type CitizenStatus = 'pending' | 'active' | 'locked';

export type CitizenRow = {
  id: string;
  kind: 'individual' | 'organisation';
  idNumber: string;
  fullName: string;
  phone: string | null;
  email: string | null;
  address: string | null;
  status: CitizenStatus;
  passwordHash: string | null;
  createdBy: string | null;
  oidcIssuer: string | null;
  oidcSubject: string | null;
  version: number;
};

const columns = [
  'id',
  'kind',
  'id_number as idNumber',
  'full_name as fullName',
  'phone',
  'email',
  'address',
  'status',
  'password_hash as passwordHash',
  'created_by as createdBy',
  'oidc_issuer as oidcIssuer',
  'oidc_subject as oidcSubject',
  'version',
] as const;

/** Accounts matching any of the given names (id number, phone spellings, e-mail, case-insensitive). */
export async function findCitizensByKey(tx: Tx, key: { idNumber: string | null; phones: string[]; email: string | null }): Promise<CitizenRow[]> {
  if (!key.idNumber && key.phones.length === 0 && !key.email) return [];
  return tx
    .selectFrom('citizens')
    .select(columns)
    .where((eb) =>
      eb.or([
        ...(key.idNumber ? [eb('id_number', '=', key.idNumber)] : []),
        ...(key.phones.length > 0 ? [eb('phone', 'in', key.phones)] : []),
        ...(key.email ? [eb(sql<string>`lower(email)`, '=', key.email.toLowerCase())] : []),
      ]),
    )
    .execute();
}

export async function findCitizenById(tx: Tx, id: string, opts: { forUpdate?: boolean } = {}): Promise<CitizenRow | undefined> {
  let q = tx.selectFrom('citizens').select(columns).where('id', '=', id);
  if (opts.forUpdate) q = q.forUpdate();
  return q.executeTakeFirst();
}

export async function findCitizenByIdNumber(tx: Tx, idNumber: string, opts: { forUpdate?: boolean } = {}): Promise<CitizenRow | undefined> {
  let q = tx.selectFrom('citizens').select(columns).where('id_number', '=', idNumber);
  if (opts.forUpdate) q = q.forUpdate();
  return q.executeTakeFirst();
}

export async function findCitizenByOidc(tx: Tx, issuer: string, subject: string): Promise<CitizenRow | undefined> {
  return tx.selectFrom('citizens').select(columns).where('oidc_issuer', '=', issuer).where('oidc_subject', '=', subject).executeTakeFirst();
}

/** Which of a phone (any spelling) and an e-mail another account already holds. */
export async function contactsTaken(tx: Tx, c: { phones: string[]; email: string | null }, exceptId: string | null): Promise<{ phone: boolean; email: boolean }> {
  if (c.phones.length === 0 && !c.email) return { phone: false, email: false };
  const rows = await tx
    .selectFrom('citizens')
    .select(['phone', 'email'])
    .where((eb) =>
      eb.or([
        ...(c.phones.length > 0 ? [eb('phone', 'in', c.phones)] : []),
        ...(c.email ? [eb(sql<string>`lower(email)`, '=', c.email.toLowerCase())] : []),
      ]),
    )
    .$if(exceptId !== null, (q) => q.where('id', '<>', exceptId!))
    .execute();
  return {
    phone: rows.some((r) => r.phone !== null && c.phones.includes(r.phone)),
    email: rows.some((r) => r.email !== null && r.email.toLowerCase() === c.email?.toLowerCase()),
  };
}

export type NewCitizen = {
  kind: 'individual' | 'organisation';
  idNumber: string;
  fullName: string;
  phone: string | null;
  email: string | null;
  address: string | null;
  passwordHash: string | null;
  status: CitizenStatus;
  createdBy: string | null;
  oidcIssuer?: string | null;
  oidcSubject?: string | null;
};

/** Inserts an account; undefined when the id number already has one (a concurrent sign-up). */
export async function insertCitizen(tx: Tx, c: NewCitizen): Promise<CitizenRow | undefined> {
  return tx
    .insertInto('citizens')
    .values({
      kind: c.kind,
      id_number: c.idNumber,
      full_name: c.fullName,
      phone: c.phone,
      email: c.email,
      address: c.address,
      password_hash: c.passwordHash,
      status: c.status,
      created_by: c.createdBy,
      oidc_issuer: c.oidcIssuer ?? null,
      oidc_subject: c.oidcSubject ?? null,
      activated_at: c.status === 'active' ? new Date() : null,
    })
    .onConflict((oc) => oc.column('id_number').doNothing())
    .returning(columns)
    .executeTakeFirst();
}

export type CitizenPatch = Partial<{
  kind: 'individual' | 'organisation';
  fullName: string;
  phone: string | null;
  email: string | null;
  address: string | null;
  passwordHash: string | null;
  status: CitizenStatus;
  createdBy: string | null;
  oidcIssuer: string | null;
  oidcSubject: string | null;
}>;

/** Conditional update on the version the caller read; undefined when someone changed the row meanwhile. */
export async function updateCitizen(tx: Tx, id: string, expectedVersion: number, p: CitizenPatch): Promise<CitizenRow | undefined> {
  return tx
    .updateTable('citizens')
    .set({
      ...(p.kind !== undefined && { kind: p.kind }),
      ...(p.fullName !== undefined && { full_name: p.fullName }),
      ...(p.phone !== undefined && { phone: p.phone }),
      ...(p.email !== undefined && { email: p.email }),
      ...(p.address !== undefined && { address: p.address }),
      ...(p.passwordHash !== undefined && { password_hash: p.passwordHash }),
      ...(p.status !== undefined && { status: p.status }),
      ...(p.status === 'active' && { activated_at: sql<Date>`coalesce(activated_at, now())` }),
      ...(p.createdBy !== undefined && { created_by: p.createdBy }),
      ...(p.oidcIssuer !== undefined && { oidc_issuer: p.oidcIssuer }),
      ...(p.oidcSubject !== undefined && { oidc_subject: p.oidcSubject }),
      version: expectedVersion + 1,
      updated_at: new Date(),
    })
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .returning(columns)
    .executeTakeFirst();
}

/** Ends every portal session of an account (after a password reset), except the one given. */
export async function deleteCitizenSessionsOf(tx: Tx, citizenId: string, exceptTokenHash?: string): Promise<void> {
  await tx
    .deleteFrom('citizen_sessions')
    .where('citizen_id', '=', citizenId)
    .$if(exceptTokenHash !== undefined, (q) => q.where('token_hash', '<>', exceptTokenHash!))
    .execute();
}

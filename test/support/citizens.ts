import { startCitizenSession } from '../../src/server/services/citizen-session';
import type { TestDatabase } from './db';

let n = 0;

/**
 * An active citizen account with an open portal session, written straight to the database (for tests
 * of features that need a logged-in citizen; the sign-up flows have their own tests).
 */
export async function citizenWithSession(db: TestDatabase, over: { idNumber?: string; fullName?: string; phone?: string; email?: string; kind?: 'individual' | 'organisation' } = {}) {
  n += 1;
  const idNumber = over.idNumber ?? `0891950${String(10000 + n).slice(-5)}`;
  const r = await db.pool.query(
    `INSERT INTO citizens (kind, id_number, full_name, phone, email, status, activated_at) VALUES ($1, $2, $3, $4, $5, 'active', now()) RETURNING id`,
    [over.kind ?? 'individual', idNumber, over.fullName ?? 'Trần Thị Mai', over.phone ?? `09${String(10000000 + n).slice(-8)}`, over.email ?? `citizen${n}@example.vn`],
  );
  const id = r.rows[0].id as string;
  const s = await startCitizenSession(db.store, id, 'password');
  return { id, idNumber, cookie: `motcua_citizen=${s.token}` };
}

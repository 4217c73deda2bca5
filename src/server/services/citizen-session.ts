import { randomBytes } from 'node:crypto';
import { AppError } from '../errors';
import type { Store } from '../storage/database';
import { citizenBySession, deleteCitizenSession, insertCitizenSession, touchCitizenSession } from '../storage/citizen-sessions';
import type { CitizenActor, ServiceContext } from './context';
import { sha256 } from './passwords';

/** The portal session cookie of citizens (separate from officers' `motcua_session`). */
export const CITIZEN_COOKIE = 'motcua_citizen';
export const CITIZEN_SESSION_HOURS = 8;

/** The citizen behind a portal session cookie value, or null. */
export async function authenticateCitizen(store: Store, token: string | undefined): Promise<CitizenActor | null> {
  if (!token) return null;
  const hash = sha256(token);
  const c = await citizenBySession(store, hash);
  if (!c) return null;
  if (Date.now() - c.lastSeenAt.getTime() > 60_000) await touchCitizenSession(store, hash);
  return { citizenId: c.id, kind: c.kind, idNumber: c.idNumber, fullName: c.fullName, phone: c.phone, email: c.email, address: c.address, via: c.via };
}

/** Opens a portal session for a citizen; returns the cookie value (shown once, only its hash is kept). */
export async function startCitizenSession(store: Store, citizenId: string, via: 'password' | 'oidc' | 'otp', hours = CITIZEN_SESSION_HOURS): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(Date.now() + hours * 3_600_000);
  await insertCitizenSession(store, { tokenHash: sha256(token), citizenId, via, expiresAt });
  return { token, expiresAt };
}

export async function endCitizenSession(store: Store, token: string | undefined): Promise<void> {
  if (token) await deleteCitizenSession(store, sha256(token));
}

/** The logged-in citizen, or 401 in Vietnamese. */
export function requireCitizen(ctx: ServiceContext): CitizenActor {
  if (!ctx.citizen) throw new AppError('UNAUTHENTICATED', 'Vui lòng đăng nhập tài khoản công dân để tiếp tục.');
  return ctx.citizen;
}

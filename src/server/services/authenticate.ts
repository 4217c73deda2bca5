import { apiTokenUser, sessionUser } from '../storage/sessions';
import { findUserById, grantsOf } from '../storage/users';
import type { Store } from '../storage/database';
import type { Actor } from './context';
import { sha256 } from './passwords';

export const SESSION_COOKIE = 'motcua_session';
export const TOKEN_PREFIX = 'mct_';

export async function loadActor(store: Store, userId: string, via: Actor['via']): Promise<Actor | null> {
  const user = await findUserById(store, userId);
  if (!user || !user.active) return null;
  const grants = await grantsOf(store, userId);
  return {
    userId: user.id,
    username: user.username,
    fullName: user.fullName,
    via,
    grants: grants.map((g) => ({ role: g.role, agencyId: g.agencyId, unitId: g.unitId })),
  };
}

/** Resolves the actor from a session cookie value or a bearer token; null when neither is valid. */
export async function authenticate(
  store: Store,
  creds: { sessionToken?: string | undefined; bearer?: string | undefined },
): Promise<Actor | null> {
  if (creds.bearer) {
    const userId = await apiTokenUser(store, sha256(creds.bearer));
    return userId ? loadActor(store, userId, 'token') : null;
  }
  if (creds.sessionToken) {
    const userId = await sessionUser(store, sha256(creds.sessionToken));
    return userId ? loadActor(store, userId, 'session') : null;
  }
  return null;
}

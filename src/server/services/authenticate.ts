import { apiTokenUser, sessionWithUser, touchSession } from '../storage/sessions';
import { activeUserWithGrants } from '../storage/users';
import type { Store } from '../storage/database';
import type { Actor } from './context';
import { sha256 } from './passwords';

export const SESSION_COOKIE = 'motcua_session';
export const TOKEN_PREFIX = 'mct_';

export async function loadActor(store: Store, userId: string, via: Actor['via']): Promise<Actor | null> {
  const user = await activeUserWithGrants(store, userId);
  return user ? { userId: user.id, username: user.username, fullName: user.fullName, via, grants: user.grants } : null;
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
    const hash = sha256(creds.sessionToken);
    const user = await sessionWithUser(store, hash);
    if (!user) return null;
    if (Date.now() - user.lastSeenAt.getTime() > 60_000) await touchSession(store, hash);
    return { userId: user.id, username: user.username, fullName: user.fullName, via: 'session', grants: user.grants };
  }
  return null;
}

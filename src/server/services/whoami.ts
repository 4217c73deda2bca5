import { HOME_AREA } from '../../domain/access';
import type { Store } from '../storage/database';
import { grantsOf } from '../storage/users';
import type { Actor } from './context';

/** The current user as the web app needs it: name, roles with agency codes, and the home area. */
export async function whoami(store: Store, actor: Actor) {
  const grants = await grantsOf(store, actor.userId);
  const first = grants[0];
  return {
    username: actor.username,
    fullName: actor.fullName,
    via: actor.via,
    home: first ? HOME_AREA[first.role] : ('portal' as const),
    roles: grants.map((g) => ({ role: g.role, agencyCode: g.agencyCode, unitCode: g.unitCode })),
  };
}

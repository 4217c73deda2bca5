import type { Principal } from '../../domain/access';
import type { Store } from '../storage/database';

/** Who is acting: a logged-in officer (session or API token) with their grants. */
export type Actor = Principal & { username: string; fullName: string; via: 'session' | 'token' | 'cli' };

/** Passed to every use case: the store, the actor (null when anonymous) and the request id for audit. */
export type ServiceContext = { store: Store; actor: Actor | null; requestId?: string };

/** The user id recorded in the audit log: none for the command line (its operator is not a user). */
export const auditActorId = (actor: Actor | null): string | null => (actor && actor.via !== 'cli' ? actor.userId : null);

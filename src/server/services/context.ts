import type { Principal } from '../../domain/access';
import type { Store } from '../storage/database';

/** Who is acting: a logged-in officer (session or API token) with their grants. */
export type Actor = Principal & { username: string; fullName: string; via: 'session' | 'token' | 'cli' };

/** A citizen or organisation logged in to the portal (cookie `motcua_citizen`). */
export type CitizenActor = {
  citizenId: string;
  kind: 'individual' | 'organisation';
  /** CCCD (12 digits) or tax code. */
  idNumber: string;
  fullName: string;
  phone: string | null;
  email: string | null;
  address: string | null;
  via: 'password' | 'oidc' | 'otp';
};

/**
 * Passed to every use case: the store, the officer (null when anonymous), the portal citizen (null when
 * none) and the request id for audit.
 */
export type ServiceContext = { store: Store; actor: Actor | null; citizen?: CitizenActor | null; requestId?: string };

/** The user id recorded in the audit log: none for the command line (its operator is not a user). */
export const auditActorId = (actor: Actor | null): string | null => (actor && actor.via !== 'cli' ? actor.userId : null);

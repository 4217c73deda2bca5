import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Store } from '../storage/database';
import { getSetting, setSetting } from '../storage/settings';

/**
 * The token printed in a form's QR code: an HMAC of the dossier code under an instance secret kept in
 * the database (so every instance agrees), which opens the public lookup without typing the check
 * digits. Knowing a code alone (codes are sequential) opens nothing.
 */
const secrets = new WeakMap<Store, Buffer>();

async function secretOf(store: Store): Promise<Buffer> {
  const hit = secrets.get(store);
  if (hit) return hit;
  let value = await getSetting<string>(store, 'lookup_secret');
  if (!value) {
    // First use: racing instances may both write; the last write wins and both re-read it.
    await setSetting(store, 'lookup_secret', randomBytes(32).toString('base64'));
    value = (await getSetting<string>(store, 'lookup_secret'))!;
  }
  const secret = Buffer.from(value, 'base64');
  secrets.set(store, secret);
  return secret;
}

export async function lookupToken(store: Store, code: string): Promise<string> {
  return createHmac('sha256', await secretOf(store)).update(`tra-cuu:${code}`).digest('base64url').slice(0, 22);
}

export async function isLookupToken(store: Store, code: string, token: string): Promise<boolean> {
  const expected = Buffer.from(await lookupToken(store, code));
  const given = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

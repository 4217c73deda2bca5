import { randomBytes, timingSafeEqual } from 'node:crypto';
import { can } from '../../domain/access';
import { localDateOf } from '../../domain/calendar';
import {
  normaliseSecret,
  paknClock,
  paknRuleSetFor,
  paknSecret,
  PaknRuleSet,
  PAKN_BUILTIN_RULE_SETS,
  type PaknActorKind,
  type PaknClock,
} from '../../domain/pakn';
import type { Store } from '../storage/database';
import { latestPublished, findProcedureId } from '../storage/procedures';
import { listPaknRuleSets } from '../storage/pakn-rule-sets';
import { agencyDirectory } from './agency-directory';
import { officeHoursOf, workingCalendar } from './calendar-provider';
import type { Actor } from './context';
import { sha256 } from './passwords';

/** Shared pieces of the PAKN use cases: rule sets, clocks, the officer's part on an item, secrets. */

/** The built-in rule set and those set by decision (a stored row that no longer parses is skipped). */
export async function paknRuleSets(store: Store): Promise<PaknRuleSet[]> {
  const stored = (await listPaknRuleSets(store)).flatMap((r) => {
    const p = PaknRuleSet.safeParse({ ...(r.rules as object), id: r.id, decision: r.decision, effectiveFrom: r.effectiveFrom });
    return p.success ? [p.data] : [];
  });
  return [...PAKN_BUILTIN_RULE_SETS, ...stored];
}

export async function ruleSetById(store: Store, id: string): Promise<PaknRuleSet> {
  const sets = await paknRuleSets(store);
  return sets.find((r) => r.id === id) ?? PAKN_BUILTIN_RULE_SETS[0]!;
}

/** The rule set in force at a reception instant. */
export async function ruleSetAt(store: Store, at: Date): Promise<PaknRuleSet> {
  return paknRuleSetFor(localDateOf(at), await paknRuleSets(store));
}

/** The calendar and the agency's office hours, for the deadline functions of domain/pakn. */
export async function clockEnv(store: Store, agencyId: string) {
  const dir = await agencyDirectory(store);
  const cal = await workingCalendar(store);
  const oh = await officeHoursOf(store, dir.byId.get(agencyId)?.code);
  return { cal, oh };
}

export async function clockAt(store: Store, agencyId: string, rules: PaknRuleSet, start: Date): Promise<PaknClock> {
  const { cal, oh } = await clockEnv(store, agencyId);
  return paknClock(cal, rules, start, oh);
}

/** The officer's parts on an item of `agencyId` (none: the item is outside their scope). */
export async function officerParts(store: Store, actor: Actor, agencyId: string): Promise<{ read: boolean; who: PaknActorKind[] }> {
  const agencyPath = (await agencyDirectory(store)).ancestry(agencyId);
  const who: PaknActorKind[] = [];
  if (can(actor, 'pakn.handle', { agencyPath })) who.push('handler');
  if (can(actor, 'pakn.approve', { agencyPath })) who.push('leader');
  return { read: who.length > 0 || can(actor, 'pakn.read', { agencyPath }), who };
}

/** A new sender secret (shown once) and the hash kept. */
export function newPaknSecret(): { secret: string; hash: string } {
  const secret = paknSecret(randomBytes(8));
  return { secret, hash: sha256(normaliseSecret(secret)) };
}

export function secretMatches(hash: string, typed: string | undefined | null): boolean {
  if (!typed) return false;
  const given = Buffer.from(sha256(normaliseSecret(typed)));
  const expected = Buffer.from(hash);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** The procedure's name in the catalogue (latest published version), or null when unknown. */
export async function procedureName(store: Store, code: string | null): Promise<string | null> {
  if (!code) return null;
  const id = await findProcedureId(store, code);
  const v = id ? await latestPublished(store, id) : undefined;
  return v?.record.name ?? null;
}

export const procedureExists = async (store: Store, code: string) => (await findProcedureId(store, code)) !== undefined;

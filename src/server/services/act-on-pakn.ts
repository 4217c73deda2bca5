import type { PaknAction } from '../../domain/pakn';
import { forbidden, notFound } from '../errors';
import { findPakn } from '../storage/pakn';
import { requireActor } from './authorize';
import { auditActorId, type ServiceContext } from './context';
import { officerParts } from './pakn-support';
import { transitionPakn } from './pakn-transition';
import { presentForOfficer } from './pakn-view';

/**
 * An officer's action on a PAKN of their agency (classify, forward, merge, answer, approve, publish,
 * …): their parts (handler, leader) come from the policy table scoped by the item's agency; the
 * domain guard decides the rest (pakn-transition.ts).
 */
export async function actOnPakn(ctx: ServiceContext, code: string, input: { action: PaknAction; version: number; payload?: unknown }) {
  const actor = requireActor(ctx);
  const item = await findPakn(ctx.store, { code });
  if (!item) throw notFound(`phản ánh, kiến nghị "${code}"`);
  const parts = await officerParts(ctx.store, actor, item.agencyId);
  if (!parts.read) throw forbidden('Phản ánh, kiến nghị này không thuộc phạm vi của bạn.');
  if (parts.who.length === 0) throw forbidden('Vai trò của bạn chỉ được xem phản ánh, kiến nghị.');
  const next = await transitionPakn(ctx, item.id, input.action, input.payload, { kind: 'officer', userId: auditActorId(actor), name: actor.fullName, who: parts.who }, input.version);
  return presentForOfficer(ctx.store, next, parts.who);
}

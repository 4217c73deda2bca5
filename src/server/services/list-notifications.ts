import { forbidden, notFound } from '../errors';
import { findDossier } from '../storage/dossiers';
import { listDossierNotifications } from '../storage/notifications';
import { agencyDirectory } from './agency-directory';
import { requireActor } from './authorize';
import type { ServiceContext } from './context';
import { rolesOn } from './dossier-view';

/**
 * The e-mails and SMS sent (or not) to a dossier's applicant, for the officers who may open the
 * dossier: recipients masked, the text as sent, the delivery status and the last error.
 */
export async function listNotifications(ctx: ServiceContext, code: string) {
  const actor = requireActor(ctx);
  const d = await findDossier(ctx.store, code);
  if (!d) throw notFound(`hồ sơ "${code}"`);
  if (rolesOn(await agencyDirectory(ctx.store), actor, d).length === 0) throw forbidden('Hồ sơ này không thuộc phạm vi của bạn.');
  const rows = await listDossierNotifications(ctx.store, code);
  return rows.map((r) => ({
    id: r.id,
    topic: r.topic,
    template: r.template,
    channel: r.channel,
    recipient: r.recipientMasked,
    subject: r.subject,
    body: r.body,
    status: r.status,
    attempts: r.attempts,
    lastError: r.lastError,
    providerId: r.providerId,
    createdAt: r.createdAt,
    sentAt: r.sentAt,
  }));
}

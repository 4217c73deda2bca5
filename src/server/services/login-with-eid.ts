import { cccdProblem } from '../../domain/dossier';
import { normaliseEmail, normaliseVietnamMobile } from '../../domain/notifications';
import { appendAudit } from '../storage/audit';
import { contactsTaken, findCitizenByIdNumber, findCitizenByOidc, insertCitizen, updateCitizen } from '../storage/citizens';
import { inTransaction } from '../storage/database';
import { phoneSpellings } from '../../domain/citizen';
import type { EidFailure, EidIdentity } from './citizen-eid';
import { startCitizenSession } from './citizen-session';
import type { ServiceContext } from './context';
import { mapUniqueViolation } from './citizen-account';

type Outcome = { ok: true; citizenId: string; how: 'known' | 'linked' | 'created' } | { ok: false; reason: Extract<EidFailure, 'no_id' | 'conflict' | 'locked'> };

/**
 * Logs a citizen in with the identity an e-ID provider vouched for: the account already linked to
 * (issuer, subject); else the account with the CCCD the provider gives, which is linked now (and
 * activated if it was pending: the provider has verified who this is); else a new active account
 * from the claims. A phone or e-mail another account holds is left out rather than failing the login.
 */
export async function loginWithEid(ctx: ServiceContext, id: EidIdentity) {
  const outcome = await mapUniqueViolation(() =>
    inTransaction(ctx.store, async (tx): Promise<Outcome> => {
      const audit = (citizenId: string, action: string) =>
        appendAudit(tx, { actorId: null, action, entity: 'citizen', entityId: citizenId, detail: { issuer: id.issuer }, requestId: ctx.requestId ?? null });
      const known = await findCitizenByOidc(tx, id.issuer, id.subject);
      if (known) {
        if (known.status === 'locked') return { ok: false, reason: 'locked' };
        if (known.status === 'pending') await updateCitizen(tx, known.id, known.version, { status: 'active' });
        await audit(known.id, 'citizen.eid_login');
        return { ok: true, citizenId: known.id, how: 'known' };
      }
      if (!id.idNumber || cccdProblem(id.idNumber)) return { ok: false, reason: 'no_id' };
      const byId = await findCitizenByIdNumber(tx, id.idNumber, { forUpdate: true });
      if (byId) {
        if (byId.oidcSubject !== null) return { ok: false, reason: 'conflict' };
        if (byId.status === 'locked') return { ok: false, reason: 'locked' };
        await updateCitizen(tx, byId.id, byId.version, { oidcIssuer: id.issuer, oidcSubject: id.subject, ...(byId.status === 'pending' && { status: 'active' }) });
        await audit(byId.id, 'citizen.eid_linked');
        return { ok: true, citizenId: byId.id, how: 'linked' };
      }
      const phone = id.phone ? normaliseVietnamMobile(id.phone) : null;
      const email = id.email ? normaliseEmail(id.email) : null;
      const taken = await contactsTaken(tx, { phones: phone ? phoneSpellings(phone) : [], email }, null);
      const row = await insertCitizen(tx, {
        kind: 'individual',
        idNumber: id.idNumber,
        fullName: id.fullName ?? `Công dân ${id.idNumber}`,
        phone: taken.phone ? null : phone,
        email: taken.email ? null : email,
        address: null,
        passwordHash: null,
        status: 'active',
        createdBy: null,
        oidcIssuer: id.issuer,
        oidcSubject: id.subject,
      });
      if (!row) return { ok: false, reason: 'conflict' };
      await audit(row.id, 'citizen.eid_signup');
      return { ok: true, citizenId: row.id, how: 'created' };
    }),
  );
  if (!outcome.ok) return outcome;
  const session = await startCitizenSession(ctx.store, outcome.citizenId, 'oidc');
  return { ...outcome, session };
}

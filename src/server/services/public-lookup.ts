import { statusName, type StatusCode } from '../../domain/dossier';
import { notFound } from '../errors';
import type { Store } from '../storage/database';
import { procedureOfVersion } from '../storage/dossier-documents';
import { findDossier } from '../storage/dossiers';
import { agencyDirectory } from './agency-directory';
import { isLookupToken } from './lookup-token';

const digits = (s: unknown) => String(s ?? '').replace(/\D/g, '');

/**
 * Public lookup of a dossier's progress (no login): the code plus either the last 4 digits of the
 * applicant's phone or ID number, or the token from the QR code of a form. A wrong check is answered
 * exactly like an unknown code. Status, milestones, dates and agencies only: never names or documents.
 */
export async function publicDossier(store: Store, code: string, proof: { check?: string | undefined; token?: string | undefined }) {
  const d = await findDossier(store, code);
  const unknown = notFound(`hồ sơ "${code}" (hoặc thông tin kiểm tra không khớp)`);
  if (!d) throw unknown;
  const a = d.applicant as { phone?: string | null; idNumber?: string };
  const check = digits(proof.check);
  const byCheck = check.length === 4 && [digits(a.phone), digits(a.idNumber)].some((x) => x.length >= 4 && x.endsWith(check));
  const byToken = !!proof.token && (await isLookupToken(store, code, proof.token));
  if (!byCheck && !byToken) throw unknown;
  const dir = await agencyDirectory(store);
  const procedure = await procedureOfVersion(store, d.procedureVersionId);
  return {
    code: d.code,
    status: d.status,
    statusName: statusName(d.status as StatusCode),
    procedure: { code: d.procedureCode, name: procedure.name },
    agency: dir.byId.get(d.handlingAgencyId)?.name ?? null,
    receivingAgency: dir.byId.get(d.receivingAgencyId)?.name ?? null,
    receivedAt: d.receivedAt,
    dueAt: d.dueAt,
    finishedAt: d.finishedAt,
    returnedAt: d.returnedAt,
    late: d.late,
  };
}

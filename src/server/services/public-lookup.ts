import { initialsOf } from '../../domain/documents';
import { statusName, type StatusCode } from '../../domain/dossier';
import { notFound } from '../errors';
import type { Store } from '../storage/database';
import { procedureOfVersion } from '../storage/dossier-documents';
import { findDossier } from '../storage/dossiers';
import { agencyDirectory } from './agency-directory';

/**
 * What the QR code on a form opens: the dossier's progress, for anyone holding the code — status,
 * dates, procedure and agency, the applicant only as initials.
 */
export async function publicDossier(store: Store, code: string) {
  const d = await findDossier(store, code);
  if (!d) throw notFound(`hồ sơ "${code}"`);
  const dir = await agencyDirectory(store);
  const procedure = await procedureOfVersion(store, d.procedureVersionId);
  return {
    code: d.code,
    status: d.status,
    statusName: statusName(d.status as StatusCode),
    procedure: { code: d.procedureCode, name: procedure.name },
    agency: dir.byId.get(d.handlingAgencyId)?.name ?? null,
    applicantInitials: initialsOf((d.applicant as { name?: string }).name ?? ''),
    receivedAt: d.receivedAt,
    dueAt: d.dueAt,
    finishedAt: d.finishedAt,
    returnedAt: d.returnedAt,
    late: d.late,
  };
}

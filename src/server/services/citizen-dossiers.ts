import { statusName, type StatusCode } from '../../domain/dossier';
import { notFound } from '../errors';
import { listCitizenDossiers } from '../storage/citizen-dossiers';
import { findDossierDocument } from '../storage/dossier-documents';
import { findFile } from '../storage/files';
import { ownDossier } from './citizen-dossier-view';
import { requireCitizen } from './citizen-session';
import type { ServiceContext } from './context';

/** "Hồ sơ của tôi": the dossiers the citizen submitted or is the applicant of, newest first. */
export async function listMyDossiers(ctx: ServiceContext) {
  const c = requireCitizen(ctx);
  const rows = await listCitizenDossiers(ctx.store, c);
  return rows.map((r) => ({ ...r, statusName: statusName(r.status as StatusCode) }));
}

/** A document issued on the citizen's dossier (a form or a signed result, never a draft), for download. */
export async function issuedDocumentFile(ctx: ServiceContext, code: string, id: string) {
  const { d } = await ownDossier(ctx, code);
  const doc = await findDossierDocument(ctx.store, id);
  if (!doc || doc.dossierId !== d.id || doc.form === 'draft') throw notFound('văn bản của hồ sơ');
  const file = await findFile(ctx.store, doc.fileId);
  if (!file) throw notFound('tệp của văn bản');
  return { file, title: doc.title };
}

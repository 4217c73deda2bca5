import { foldText } from '../../domain/plans';
import type { BlobStore } from '../documents/blob-store';
import { planDocx } from '../documents/plan-docx';
import { notFound } from '../errors';
import { findFile } from '../storage/files';
import { agenciesOfEvidence } from '../storage/plan-instances';
import { findPlan, planTasks } from '../storage/plans';
import { agencyDirectory } from './agency-directory';
import type { ServiceContext } from './context';
import { authorizePlanRead } from './plan-access';

/** The plan as .docx in the official layout (documents/plan-docx.ts), for whoever may read it. */
export async function exportPlan(ctx: ServiceContext, id: string): Promise<{ fileName: string; bytes: Buffer }> {
  const plan = await findPlan(ctx.store, id);
  if (!plan) throw notFound('kế hoạch');
  await authorizePlanRead(ctx, plan.agencyId);
  const [tasks, dir] = await Promise.all([planTasks(ctx.store, id), agencyDirectory(ctx.store)]);
  const bytes = await planDocx({
    agencyName: dir.byId.get(plan.agencyId)?.name ?? plan.issuer ?? '',
    number: plan.number,
    planDate: plan.planDate,
    place: plan.place,
    year: plan.year,
    title: plan.title,
    issuer: plan.issuer,
    signer: plan.signer,
    signerTitle: plan.signerTitle,
    sections: plan.sections,
    tasks: tasks.map((t) => ({ appendix: t.appendix, headings: t.headings, number: t.number, content: t.content, lead: t.leadText, coordinating: t.coordinatingText, deadline: t.deadline.asWritten, product: t.product, notes: t.notes })),
  });
  const slug = foldText(plan.number ?? `${plan.year}`).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || String(plan.year);
  return { fileName: `ke-hoach-${slug}.docx`, bytes };
}

/** An evidence file of a progress report, for whoever may read the plan it belongs to. */
export async function evidenceFile(ctx: ServiceContext, blobs: BlobStore, fileId: string) {
  const agencies = await agenciesOfEvidence(ctx.store, fileId);
  if (agencies.length === 0) throw notFound('tài liệu minh chứng');
  await authorizePlanRead(ctx, agencies[0]!);
  const f = await findFile(ctx.store, fileId);
  if (!f) throw notFound('tài liệu minh chứng');
  return { file: f, bytes: await blobs.get(f.sha256) };
}

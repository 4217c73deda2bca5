import { localDateOf } from '../../domain/calendar';
import { checkProcess, defaultProcess, Step, type ProcessProblem } from '../../domain/dossier';
import { AppError, invalid, notFound } from '../errors';
import { findAgencyByCode } from '../storage/agencies';
import { appendAudit } from '../storage/audit';
import { inTransaction } from '../storage/database';
import { listAssignments } from '../storage/decisions';
import { findProcedureId, versionInForce } from '../storage/procedures';
import { approveProcessDraft, listProcesses, saveProcessDraft } from '../storage/processes';
import { authorize } from './authorize';
import { auditActorId, type ServiceContext } from './context';
import { timeFor } from './receive-dossier';

async function context(ctx: ServiceContext, procedureCode: string, agencyCode: string) {
  const agency = await findAgencyByCode(ctx.store, agencyCode);
  if (!agency) throw notFound(`cơ quan "${agencyCode}"`);
  const version = await versionInForce(ctx.store, procedureCode, localDateOf(Date.now()));
  if (!version) throw notFound(`thủ tục "${procedureCode}" đang hiệu lực`);
  const assignment = (await listAssignments(ctx.store, (await findProcedureId(ctx.store, procedureCode))!)).find((a) => a.agencyCode === agencyCode);
  const channels = assignment?.channels ?? version.record.channels.map((c) => c.channel);
  const times = channels.map((ch) => ({ channel: ch, time: timeFor(version.record, ch) }));
  return { agency, version, times };
}

/** Every channel's statutory time bounds the process: the shares must fit the shortest. */
function problemsFor(steps: Step[], times: { channel: string; time: ReturnType<typeof timeFor> }[]): ProcessProblem[] {
  const out: ProcessProblem[] = [];
  for (const { channel, time } of times) for (const p of checkProcess(steps, time)) out.push({ ...p, message: `${p.message} (hình thức ${channel})` });
  return [...new Map(out.map((p) => [`${p.path}|${p.message}`, p])).values()];
}

export async function processOverview(ctx: ServiceContext, procedureCode: string, agencyCode: string) {
  authorize(ctx, 'process.manage');
  const { agency, times } = await context(ctx, procedureCode, agencyCode);
  const versions = await listProcesses(ctx.store, procedureCode, agency.id);
  const today = localDateOf(Date.now());
  const inForce = versions.filter((v) => v.status === 'approved' && v.effectiveFrom! <= today).sort((a, b) => (a.effectiveFrom! < b.effectiveFrom! ? 1 : -1))[0] ?? null;
  const shortest = times.map((t) => t.time).find((t) => t !== null) ?? null;
  return { procedureCode, agencyCode, statutory: times, inForce, draft: versions.find((v) => v.status === 'draft') ?? null, versions, defaultSteps: defaultProcess(shortest), usingDefault: !inForce };
}

export async function saveProcess(ctx: ServiceContext, procedureCode: string, agencyCode: string, raw: unknown[]) {
  const actor = authorize(ctx, 'process.manage');
  const { agency, times } = await context(ctx, procedureCode, agencyCode);
  const steps: Step[] = [];
  const errors: { name: string; reason: string }[] = [];
  raw.forEach((s, i) => {
    const r = Step.safeParse(s);
    if (r.success) steps.push(r.data);
    else for (const issue of r.error.issues) errors.push({ name: ['steps', i, ...issue.path].join('.'), reason: issue.message });
  });
  for (const p of errors.length ? [] : problemsFor(steps, times)) errors.push({ name: p.path, reason: p.message });
  if (errors.length) throw invalid(`Quy trình chưa hợp lệ: ${errors.map((e) => `${e.name} — ${e.reason}`).join('; ')}`, { errors });
  await inTransaction(ctx.store, async (tx) => {
    await saveProcessDraft(tx, procedureCode, agency.id, steps, auditActorId(actor));
    await appendAudit(tx, { actorId: auditActorId(actor), action: 'process.draft', entity: 'process', entityId: `${procedureCode}@${agencyCode}`, requestId: ctx.requestId ?? null });
  });
  return processOverview(ctx, procedureCode, agencyCode);
}

export async function approveProcess(ctx: ServiceContext, procedureCode: string, agencyCode: string, d: { decisionNumber: string; decisionDate: string; approvedBy: string; effectiveFrom: string }) {
  const actor = authorize(ctx, 'process.manage');
  const { agency } = await context(ctx, procedureCode, agencyCode);
  await inTransaction(ctx.store, async (tx) => {
    if (!(await approveProcessDraft(tx, procedureCode, agency.id, d))) throw new AppError('UNPROCESSABLE', 'Chưa có dự thảo quy trình để phê duyệt.');
    await appendAudit(tx, { actorId: auditActorId(actor), action: 'process.approve', entity: 'process', entityId: `${procedureCode}@${agencyCode}`, detail: d, requestId: ctx.requestId ?? null });
  });
  return processOverview(ctx, procedureCode, agencyCode);
}

import type { WorkingCalendar } from '../../domain/calendar';
import { matchUnits, parsePlanBlocks, plannedInstances, textToBlocks, type ParsedPlan } from '../../domain/plans';
import { DocxError, docxToBlocks } from '../documents/plan-docx-read';
import { AppError, conflict } from '../errors';
import { listUnits } from '../storage/agencies';
import { appendAudit } from '../storage/audit';
import { inTransaction, type Tx } from '../storage/database';
import { insertInstances } from '../storage/plan-instances';
import { insertPlan, insertTaskUnits, insertTasks } from '../storage/plans';
import { authorize } from './authorize';
import { workingCalendar } from './calendar-provider';
import { auditActorId, type ServiceContext } from './context';
import { agencyByCode } from './plan-access';
import { planDetail } from './plan-queries';

export type PlanFile = { name: string; bytes: Buffer };

const unprocessable = (detail: string, ext: Record<string, unknown> = {}) => new AppError('UNPROCESSABLE', detail, ext);

/**
 * A plan file read into the plan's data, tasks and report: a .docx (a ZIP with word/document.xml) or
 * UTF-8 text shaped like the seeds. Anything else is refused with 422, as is a file without tasks.
 */
export async function readPlanFile(file: PlanFile, year?: number): Promise<{ parsed: ParsedPlan; kind: 'docx' | 'text' }> {
  if (file.bytes.length === 0) throw unprocessable('Tệp rỗng.');
  const zip = file.bytes.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
  let kind: 'docx' | 'text' = 'text';
  let blocks;
  if (zip) {
    kind = 'docx';
    blocks = await docxToBlocks(file.bytes).catch((err: unknown) => {
      throw err instanceof DocxError ? unprocessable(`Không đọc được tệp .docx: ${err.message}.`) : err;
    });
  } else {
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(file.bytes);
    } catch {
      throw unprocessable('Tệp không phải .docx hay văn bản UTF-8; hãy lưu kế hoạch dưới dạng .docx hoặc .txt.');
    }
    if (text.includes('\u0000')) throw unprocessable('Tệp không phải .docx hay văn bản UTF-8; hãy lưu kế hoạch dưới dạng .docx hoặc .txt.');
    blocks = textToBlocks(text.replace(/^\uFEFF/u, ''));
  }
  const parsed = parsePlanBlocks(blocks, { year: year ?? null });
  if (parsed.tasks.length === 0) {
    throw unprocessable('Không tìm thấy nhiệm vụ nào trong tệp: cần bảng phụ lục có các cột STT / Nội dung / Cơ quan chủ trì / Cơ quan phối hợp / Thời gian hoàn thành / Kết quả.', { report: parsed.report });
  }
  return { parsed, kind };
}

export type SavePlanInput = { agencyId: string; agencyName: string; year: number; parsed: ParsedPlan; source: { name: string | null; kind: 'docx' | 'text' }; createdBy: string | null };

/**
 * Writes a parsed plan in the caller's transaction: the plan, its tasks, the lead and coordinating units
 * matched by name among the agency's units, and the instances each deadline plans on the calendar.
 */
export async function savePlan(tx: Tx, cal: WorkingCalendar, input: SavePlanInput): Promise<{ planId: string; tasks: number; assigned: number; instances: number }> {
  const { meta, tasks, report } = input.parsed;
  const planId = await insertPlan(tx, {
    agencyId: input.agencyId,
    year: input.year,
    number: meta.number,
    planDate: meta.date,
    place: meta.place,
    title: meta.title || 'Kế hoạch kiểm soát thủ tục hành chính',
    issuer: meta.issuer,
    signer: meta.signer,
    signerTitle: meta.signerTitle,
    purposes: meta.purposes,
    requirements: meta.requirements,
    sections: meta.sections,
    sourceName: input.source.name,
    sourceKind: input.source.kind,
    report,
    createdBy: input.createdBy,
  });
  if (!planId) throw conflict(`Kế hoạch số ${meta.number} năm ${input.year} của ${input.agencyName} đã có trong hệ thống.`);
  const ids = await insertTasks(
    tx,
    planId,
    tasks.map((t, i) => ({ ...t, seq: i + 1 })),
  );
  const units = await listUnits(tx, input.agencyId);
  const links = tasks.flatMap((t, i) => {
    const lead = matchUnits(t.lead, units);
    const coordinating = matchUnits(t.coordinating, units).filter((u) => !lead.includes(u));
    return [...lead.map((unitId) => ({ taskId: ids[i]!, unitId, role: 'lead' as const })), ...coordinating.map((unitId) => ({ taskId: ids[i]!, unitId, role: 'coordinating' as const }))];
  });
  await insertTaskUnits(tx, links);
  const instances = tasks.flatMap((t, i) => plannedInstances(cal, t.deadline.rule).map((p) => ({ taskId: ids[i]!, key: p.key, label: p.label, trigger: null, triggerRef: null, triggerDate: null, dueDate: p.dueDate, dutyId: null })));
  await insertInstances(tx, instances);
  return { planId, tasks: tasks.length, assigned: new Set(links.filter((l) => l.role === 'lead').map((l) => l.taskId)).size, instances: instances.length };
}

/** Imports a plan file for an agency (KSTTHC, administrators); 201 with the plan and the import report. */
export async function importPlan(ctx: ServiceContext, input: { agencyCode: string; year?: number; file: PlanFile }) {
  const actor = authorize(ctx, 'plan.manage');
  const agency = await agencyByCode(ctx, input.agencyCode);
  const { parsed, kind } = await readPlanFile(input.file, input.year);
  const year = input.year ?? parsed.meta.year;
  if (year === null) throw unprocessable('Không xác định được năm của kế hoạch; hãy chọn năm khi nhập.', { report: parsed.report });
  const cal = await workingCalendar(ctx.store);
  const saved = await inTransaction(ctx.store, async (tx) => {
    const s = await savePlan(tx, cal, { agencyId: agency.id, agencyName: agency.name, year, parsed, source: { name: input.file.name, kind }, createdBy: auditActorId(actor) });
    await appendAudit(tx, { actorId: auditActorId(actor), action: 'plan.import', entity: 'control_plan', entityId: s.planId, detail: { file: input.file.name, kind, tasks: s.tasks, unrecognised: parsed.report.unrecognised.length }, requestId: ctx.requestId ?? null });
    return s;
  });
  const plan = await planDetail(ctx, saved.planId);
  return {
    plan,
    summary: {
      layout: parsed.report.layout,
      tasks: saved.tasks,
      assigned: saved.assigned,
      flagged: parsed.tasks.filter((t) => t.deadline.flag !== null).length,
      instances: saved.instances,
      unrecognised: parsed.report.unrecognised,
      warnings: parsed.report.warnings,
    },
  };
}

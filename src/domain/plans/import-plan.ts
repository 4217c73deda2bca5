/**
 * A plan file (as blocks) → the plan's data, its tasks with parsed deadlines and targets, and a report of
 * what could not be read. Layouts, tried in order: appendix tables (seeds 000–002), numbered items with
 * labelled lines (seed 004), a scanned table flattened by OCR (seed 003). A task whose deadline cell says
 * only "Thường xuyên" takes the event rule written in its notes or content when there is one (seed 000:
 * "chậm nhất sau 03 ngày" after the ministry's decision), keeping the cell as written.
 */
import { textToBlocks, type Block } from './blocks';
import { findEventDeadline, parseDeadline } from './deadline';
import { readList, isListLayout } from './import-list';
import { readPlanMeta } from './import-meta';
import { readOcr } from './import-ocr';
import { readTables, type RawTask } from './import-tables';
import type { ImportIssue, ImportReport, ParsedPlan, ParsedTask, TaskDeadline } from './model';
import { taskTargets } from './targets';

export const OCR_WARNING = 'Kế hoạch là bản quét (OCR) mất dấu tiếng Việt; các nhiệm vụ được đọc gần đúng, cần cán bộ kiểm tra từng dòng';

/** The deadline of a task, with the event rule of the notes or content behind a bare "Thường xuyên". */
export function taskDeadline(raw: Pick<RawTask, 'deadline' | 'notes' | 'content'>, year: number | null): TaskDeadline {
  const ctx = { year, content: raw.content };
  const d = parseDeadline(raw.deadline, ctx);
  if (d.rule.kind !== 'continuous' && d.rule.kind !== 'unparsed') return d;
  for (const [source, text] of [['notes', raw.notes], ['content', raw.content]] as const) {
    const rule = text ? findEventDeadline(text, ctx) : null;
    if (rule) return { ...d, rule, source, flag: null };
  }
  return d;
}

function toTask(raw: RawTask, year: number | null): ParsedTask {
  return {
    appendix: raw.appendix,
    headings: raw.headings,
    number: raw.number,
    content: raw.content,
    lead: raw.lead,
    coordinating: raw.coordinating,
    deadline: taskDeadline(raw, year),
    product: raw.product,
    notes: raw.notes,
    targets: taskTargets([raw.content, raw.product, raw.notes]),
  };
}

/** Reads a plan from blocks (a .docx or a text file); `year` overrides the year read from the plan. */
export function parsePlanBlocks(blocks: readonly Block[], opts: { year?: number | null } = {}): ParsedPlan {
  const meta = readPlanMeta(blocks);
  const year = opts.year ?? meta.year;
  const unrecognised: ImportIssue[] = [];
  const warnings: ImportIssue[] = [];
  let raw: RawTask[] = [];
  let layout: ImportReport['layout'] = 'none';
  const tables = readTables(blocks);
  if (tables.found) {
    layout = 'table';
    raw = tables.tasks;
    unrecognised.push(...tables.unrecognised);
    warnings.push(...tables.warnings);
  } else if (isListLayout(blocks)) {
    const list = readList(blocks);
    layout = 'list';
    raw = list.tasks;
    warnings.push(...list.warnings);
  } else {
    const ocr = readOcr(blocks, year);
    if (ocr) {
      layout = 'ocr';
      raw = ocr.tasks;
      unrecognised.push(...ocr.unrecognised);
      warnings.push({ where: 'toàn văn', text: meta.title, reason: OCR_WARNING });
    }
  }
  if (layout === 'none') unrecognised.push({ where: 'toàn văn', text: meta.title, reason: 'Không tìm thấy bảng nhiệm vụ (cột STT / Nội dung / Cơ quan chủ trì / Thời gian hoàn thành)' });
  return { meta: { ...meta, year }, tasks: raw.map((r) => toTask(r, year)), report: { layout, unrecognised, warnings } };
}

export const parsePlanText = (text: string, opts: { year?: number | null } = {}) => parsePlanBlocks(textToBlocks(text), opts);

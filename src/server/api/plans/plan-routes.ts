import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../errors';
import { assignTaskUnits, setTaskDeadline } from '../../services/assign-plan-task';
import { exportPlan } from '../../services/export-plan';
import { importPlan } from '../../services/import-plan';
import { recordTaskEvent } from '../../services/plan-events';
import { listPlansView, planDetail, planTargets } from '../../services/plan-queries';
import { UPLOAD_LIMITS } from '../../services/upload-file';
import type { Store } from '../../storage/database';
import { ctxOf } from '../context';
import { problemResponses } from '../schemas';
import { ImportResult, LocalDate, PlanSummary, PlanView, ScorecardTarget, TaskDeadlineChange } from './schemas';

const tags = ['plans'];
const AgencyCode = z.string().min(1).max(32);
const Year = z.coerce.number().int().min(2000).max(2100);
const TaskId = z.object({ id: z.uuid() });
const Version = z.number().int().min(1).describe('Phiên bản nhiệm vụ đang xem');

/** Annual control plans: import, read, assign, correct deadlines, record events, export (KSTTHC, administrators). */
export const planRoutes = (deps: { store: Store }): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/plans',
      { schema: { tags, summary: 'Kế hoạch kiểm soát TTHC cán bộ được xem (mới nhất trước), kèm số nhiệm vụ, quá hạn', querystring: z.object({ year: Year.optional(), agency: AgencyCode.optional() }), response: { 200: z.array(PlanSummary), ...problemResponses } } },
      async (req) => listPlansView(ctxOf(deps.store, req), { year: req.query.year, agencyCode: req.query.agency }),
    );

    app.post(
      '/api/plans/import',
      {
        schema: {
          tags,
          summary: 'Nhập kế hoạch từ tệp .docx hoặc văn bản (multipart, trường "file"); báo cáo các dòng không nhận ra',
          consumes: ['multipart/form-data'],
          querystring: z.object({ agency: AgencyCode.describe('Mã cơ quan ban hành kế hoạch'), year: Year.optional().describe('Năm của kế hoạch khi tệp không ghi') }),
          response: { 201: ImportResult, ...problemResponses, 413: problemResponses[400], 415: problemResponses[400] },
        },
      },
      async (req, reply) => {
        if (!req.isMultipart()) throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'Cần gửi tệp dạng multipart/form-data (trường "file").');
        const part = await req.file({ limits: { fileSize: UPLOAD_LIMITS.fileBytes, files: 1 } }).catch(() => undefined);
        if (!part) throw new AppError('VALIDATION', 'Thiếu tệp kế hoạch (trường "file").');
        const bytes = await part.toBuffer().catch((err: { code?: string }) => {
          if (err.code === 'FST_REQ_FILE_TOO_LARGE') throw new AppError('PAYLOAD_TOO_LARGE', `Tệp vượt quá ${UPLOAD_LIMITS.fileBytes / 1024 / 1024} MB.`);
          throw err;
        });
        const result = await importPlan(ctxOf(deps.store, req), { agencyCode: req.query.agency, year: req.query.year, file: { name: part.filename, bytes } });
        return reply.status(201).send(result);
      },
    );

    app.get(
      '/api/plans/targets',
      {
        schema: {
          tags,
          summary: 'Chỉ tiêu đo được trong kế hoạch năm của cơ quan, theo khóa của bảng điểm 766 (chỉ tiêu so với thực hiện)',
          querystring: z.object({ agency: AgencyCode, year: Year }),
          response: { 200: z.object({ agency: z.object({ code: z.string(), name: z.string() }), year: z.number().int(), targets: z.array(ScorecardTarget), tasks: z.array(z.object({ taskId: z.string(), number: z.string(), targets: z.array(z.unknown()) })) }), ...problemResponses },
        },
      },
      async (req) => planTargets(ctxOf(deps.store, req), { agencyCode: req.query.agency, year: req.query.year }),
    );

    app.get(
      '/api/plans/:id',
      { schema: { tags, summary: 'Một kế hoạch: mục, nhiệm vụ, đơn vị chủ trì/phối hợp, thời hạn và tiến độ', params: z.object({ id: z.uuid() }), response: { 200: PlanView, ...problemResponses } } },
      async (req) => planDetail(ctxOf(deps.store, req), req.params.id),
    );

    app.get(
      '/api/plans/:id/export.docx',
      { schema: { tags, summary: 'Xuất kế hoạch ra .docx theo thể thức văn bản hành chính (quốc hiệu, các mục, bảng phụ lục)', params: z.object({ id: z.uuid() }) } },
      async (req, reply) => {
        const f = await exportPlan(ctxOf(deps.store, req), req.params.id);
        return reply
          .header('content-type', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document')
          .header('content-disposition', `attachment; filename="${f.fileName}"`)
          .send(f.bytes);
      },
    );

    app.put(
      '/api/plans/tasks/:id/units',
      {
        schema: {
          tags,
          summary: 'Giao đơn vị chủ trì và đơn vị phối hợp của nhiệm vụ',
          params: TaskId,
          body: z.object({ version: Version, lead: z.array(z.uuid()).max(20), coordinating: z.array(z.uuid()).max(50) }),
          response: { 200: z.object({ id: z.string(), planId: z.string(), version: z.number().int() }), ...problemResponses },
        },
      },
      async (req) => assignTaskUnits(ctxOf(deps.store, req), req.params.id, req.body),
    );

    app.put(
      '/api/plans/tasks/:id/deadline',
      {
        schema: {
          tags,
          summary: 'Sửa thời hạn như văn bản ghi (đọc lại quy tắc, cập nhật các lần đến hạn)',
          params: TaskId,
          body: z.object({ version: Version, asWritten: z.string().trim().min(1).max(500) }),
          response: { 200: TaskDeadlineChange, ...problemResponses },
        },
      },
      async (req) => setTaskDeadline(ctxOf(deps.store, req), req.params.id, req.body),
    );

    app.post(
      '/api/plans/tasks/:id/events',
      {
        schema: {
          tags,
          summary: 'Ghi nhận sự kiện tính thời hạn (văn bản yêu cầu, phản ánh kiến nghị tiếp nhận…): tạo một lần thực hiện nhiệm vụ',
          params: TaskId,
          body: z.object({ date: LocalDate, ref: z.string().trim().max(100).nullish(), label: z.string().trim().max(200).nullish() }),
          response: { 201: z.object({ taskId: z.string(), planId: z.string(), ref: z.string(), dueDate: z.string().nullable() }), ...problemResponses },
        },
      },
      async (req, reply) => reply.status(201).send(await recordTaskEvent(ctxOf(deps.store, req), req.params.id, req.body)),
    );
  };

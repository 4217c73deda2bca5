import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AGENCY_LEVELS } from '../../../domain/agency';
import { DUTY_KINDS } from '../../../domain/catalogue';
import { CHANNELS } from '../../../domain/procedure';
import { decisionDetail, decisionsOverview, dutyBoard, getDraft, markDutyDone, saveProcedureDraft, setAssignments } from '../../services/catalogue-admin';
import { exportCatalogue } from '../../services/catalogue-read';
import { importCatalogue } from '../../services/import-catalogue';
import { catalogueWorkbook, readCatalogueWorkbook } from '../../documents/catalogue-excel';
import { invalid } from '../../errors';
import { createDecision, publishDecision } from '../../services/publish-decision';
import type { Store } from '../../storage/database';
import { ctxOf } from '../context';
import { problemResponses } from '../schemas';
import { ProcedureCode } from './public-routes';

const LocalDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày phải có dạng YYYY-MM-DD');
const Item = z.object({ procedureCode: ProcedureCode, action: z.enum(['new', 'amended', 'replaced', 'abolished']) });
const Decision = z.object({
  id: z.string(),
  number: z.string(),
  decisionDate: z.string(),
  issuer: z.string(),
  issuerLevel: z.enum(['central', 'province']),
  effectiveDate: z.string(),
  status: z.enum(['draft', 'published']),
  note: z.string().nullable(),
  publishedAt: z.date().nullable(),
  version: z.number(),
});
const DecisionNumber = z.object({ number: z.string().min(1).max(100) });

export const catalogueAdminRoutes = (deps: { store: Store }): FastifyPluginAsyncZod =>
  async (app) => {
    app.post(
      '/api/admin/catalogue/import',
      {
        bodyLimit: 50 * 1024 * 1024,
        schema: {
          tags: ['catalogue-admin'],
          summary: 'Nhập danh mục TTHC (định dạng docs/catalogue-format.md); ?publishAs=<số quyết định> để công bố luôn',
          querystring: z.object({ publishAs: z.string().min(1).max(100).optional() }),
          body: z.object({ procedures: z.array(z.unknown()).max(20_000) }),
          response: {
            200: z.object({
              created: z.number(),
              updated: z.number(),
              unchanged: z.number(),
              published: z.string().nullable(),
              errors: z.array(z.object({ index: z.number(), code: z.string().nullable(), problems: z.array(z.object({ path: z.string(), message: z.string() })) })),
            }),
            ...problemResponses,
          },
        },
      },
      async (req) => importCatalogue(ctxOf(deps.store, req), req.body.procedures, { publishAs: req.query.publishAs }),
    );

    const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
    app.addContentTypeParser([XLSX, 'application/octet-stream'], { parseAs: 'buffer', bodyLimit: 50 * 1024 * 1024 }, (_req, body, done) => done(null, body));

    app.post(
      '/api/admin/catalogue/import.xlsx',
      {
        bodyLimit: 50 * 1024 * 1024,
        schema: {
          tags: ['catalogue-admin'],
          summary: 'Nhập danh mục từ tệp Excel theo mẫu (thân yêu cầu là tệp .xlsx)',
          querystring: z.object({ publishAs: z.string().min(1).max(100).optional() }),
        },
      },
      async (req) => {
        let records: unknown[];
        try {
          records = await readCatalogueWorkbook(req.body as Buffer);
        } catch {
          throw invalid('Tệp không phải bảng tính Excel (.xlsx) hợp lệ.');
        }
        return importCatalogue(ctxOf(deps.store, req), records, { publishAs: req.query.publishAs });
      },
    );

    app.get(
      '/api/admin/catalogue/export.xlsx',
      { schema: { tags: ['catalogue-admin'], summary: 'Xuất danh mục (hoặc mẫu trống với ?template=true) ra tệp Excel', querystring: z.object({ template: z.stringbool().default(false) }) } },
      async (req, reply) => {
        const all = await exportCatalogue(ctxOf(deps.store, req), false); // also authorizes the template
        const records = req.query.template ? [] : all;
        return reply
          .header('content-type', XLSX)
          .header('content-disposition', `attachment; filename="${req.query.template ? 'mau-danh-muc-tthc' : 'danh-muc-tthc'}.xlsx"`)
          .send(await catalogueWorkbook(records));
      },
    );

    app.get(
      '/api/admin/catalogue/export',
      {
        schema: {
          tags: ['catalogue-admin'],
          summary: 'Xuất danh mục theo định dạng trao đổi (?drafts=true gồm cả bản dự thảo)',
          querystring: z.object({ drafts: z.stringbool().default(false) }),
          response: { 200: z.object({ procedures: z.array(z.unknown()) }), ...problemResponses },
        },
      },
      async (req) => ({ procedures: await exportCatalogue(ctxOf(deps.store, req), req.query.drafts) }),
    );

    app.get(
      '/api/admin/procedures/:code/draft',
      { schema: { tags: ['catalogue-admin'], summary: 'Bản dự thảo của thủ tục', params: z.object({ code: ProcedureCode }), response: { 200: z.looseObject({ record: z.unknown(), lockVersion: z.number() }), ...problemResponses } } },
      async (req) => getDraft(ctxOf(deps.store, req), req.params.code),
    );

    app.put(
      '/api/admin/procedures/:code/draft',
      {
        schema: {
          tags: ['catalogue-admin'],
          summary: 'Lưu bản dự thảo (nội dung theo định dạng trao đổi; lockVersion để tránh ghi đè)',
          params: z.object({ code: ProcedureCode }),
          body: z.object({ record: z.unknown(), lockVersion: z.number().int().positive().nullable().default(null) }),
          response: { 200: z.object({ created: z.boolean(), draft: z.unknown() }), ...problemResponses },
        },
      },
      async (req) => saveProcedureDraft(ctxOf(deps.store, req), req.params.code, req.body.record, req.body.lockVersion),
    );

    app.put(
      '/api/admin/procedures/:code/assignments',
      {
        schema: {
          tags: ['catalogue-admin'],
          summary: 'Giao cơ quan tiếp nhận, giải quyết thủ tục (theo cấp, hình thức nộp)',
          params: z.object({ code: ProcedureCode }),
          body: z.array(z.object({ agencyCode: z.string().max(32), level: z.enum(AGENCY_LEVELS), channels: z.array(z.enum(CHANNELS)).min(1) })).max(500),
          response: { 200: z.array(z.object({ agencyCode: z.string(), agencyName: z.string(), level: z.string(), channels: z.array(z.string()) })), ...problemResponses },
        },
      },
      async (req) => setAssignments(ctxOf(deps.store, req), req.params.code, req.body),
    );

    app.get(
      '/api/admin/decisions',
      { schema: { tags: ['catalogue-admin'], summary: 'Quyết định công bố', response: { 200: z.array(Decision.extend({ items: z.number() })), ...problemResponses } } },
      async (req) => decisionsOverview(ctxOf(deps.store, req)),
    );

    app.post(
      '/api/admin/decisions',
      {
        schema: {
          tags: ['catalogue-admin'],
          summary: 'Nhập quyết định công bố (dự thảo) với danh sách thủ tục',
          body: z.object({
            number: z.string().trim().min(1).max(100),
            decisionDate: LocalDate,
            issuer: z.string().trim().min(1).max(300),
            issuerLevel: z.enum(['central', 'province']),
            effectiveDate: LocalDate,
            note: z.string().max(2000).nullish(),
            items: z.array(Item).max(2000),
          }),
          response: { 201: Decision.extend({ items: z.array(Item.extend({ versionId: z.string().nullable() })) }), ...problemResponses },
        },
      },
      async (req, reply) => reply.status(201).send(await createDecision(ctxOf(deps.store, req), req.body)),
    );

    app.get(
      '/api/admin/decisions/:number',
      { schema: { tags: ['catalogue-admin'], summary: 'Chi tiết quyết định', params: DecisionNumber, response: { 200: Decision.extend({ items: z.array(Item.extend({ versionId: z.string().nullable() })) }), ...problemResponses } } },
      async (req) => decisionDetail(ctxOf(deps.store, req), req.params.number),
    );

    app.post(
      '/api/admin/decisions/:number/publish',
      {
        schema: {
          tags: ['catalogue-admin'],
          summary: 'Công bố quyết định: tạo phiên bản thủ tục có hiệu lực và các nhiệm vụ công bố',
          params: DecisionNumber,
          response: { 200: z.object({ number: z.string(), items: z.array(z.unknown()), duties: z.array(z.object({ kind: z.enum(DUTY_KINDS), basisDate: z.string(), dueDate: z.string() })) }), ...problemResponses },
        },
      },
      async (req) => publishDecision(ctxOf(deps.store, req), req.params.number),
    );

    const Duty = z.object({
      id: z.string(),
      kind: z.enum(DUTY_KINDS),
      basisDate: z.string(),
      dueDate: z.string(),
      doneAt: z.date().nullable(),
      doneBy: z.string().nullable(),
      note: z.string().nullable(),
      decisionNumber: z.string(),
      issuer: z.string(),
      state: z.enum(['done', 'done_late', 'open', 'due_soon', 'overdue']),
    });
    app.get(
      '/api/admin/duties',
      { schema: { tags: ['catalogue-admin'], summary: 'Nhiệm vụ công bố, công khai theo quyết định', querystring: z.object({ open: z.stringbool().optional() }), response: { 200: z.array(Duty), ...problemResponses } } },
      async (req) => dutyBoard(ctxOf(deps.store, req), req.query.open),
    );
    app.post(
      '/api/admin/duties/:id/done',
      { schema: { tags: ['catalogue-admin'], summary: 'Đánh dấu hoàn thành nhiệm vụ', params: z.object({ id: z.uuid() }), body: z.object({ note: z.string().max(1000).nullish() }), response: { 200: z.array(Duty), ...problemResponses } } },
      async (req) => markDutyDone(ctxOf(deps.store, req), req.params.id, req.body.note ?? null),
    );
  };

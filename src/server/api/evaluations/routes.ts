import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { dossierEvaluation } from '../../services/dossier-evaluation';
import { LEVELS, evaluationReport } from '../../services/evaluation-report';
import { evaluationWorkbook } from '../../services/evaluation-workbook';
import { publicEvaluations } from '../../services/public-evaluations';
import type { Store } from '../../storage/database';
import { ctxOf } from '../context';
import { problemResponses } from '../schemas';

const tags = ['evaluations'];
const LocalDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày phải có dạng YYYY-MM-DD');
const Period = z.object({
  from: LocalDate.optional().describe('Ngày đầu kỳ (YYYY-MM-DD); bỏ cả from và to: quý hiện tại'),
  to: LocalDate.optional().describe('Ngày cuối kỳ (YYYY-MM-DD), tính cả ngày này'),
});
const Row = z.object({
  id: z.string(),
  code: z.string().nullable(),
  name: z.string(),
  agency: z.string().nullable(),
  unit: z.string().nullable().optional(),
  dossiers: z.number().int(),
  indicators: z.record(z.string(), z.number().nullable()).describe('Điểm trung bình từng chỉ số (1 chữ số thập phân); null: không có dữ liệu'),
  total: z.number().nullable(),
  max: z.number(),
  fullMax: z.number(),
  converted: z.number().nullable().describe('Tổng điểm quy đổi về thang đầy đủ (10 hoặc 18), căn cứ xếp loại'),
  band: z.string().nullable(),
  bandName: z.string().nullable(),
  notes: z.record(z.string(), z.string()),
});
const Report = z.object({
  level: z.enum(LEVELS),
  scope: z.object({ id: z.string(), code: z.string(), name: z.string() }).nullable(),
  from: z.string(),
  to: z.string(),
  period: z.string(),
  indicatorIds: z.array(z.number().int()),
  rows: z.array(Row),
});
const Mark = z.object({ id: z.number().int(), name: z.string(), scope: z.enum(['dossier', 'agency']), points: z.number().int().nullable(), reason: z.string() });
const DossierEvaluation = z.object({
  code: z.string(),
  status: z.number().int(),
  resolved: z.boolean(),
  agency: z.object({ code: z.string(), name: z.string() }).nullable(),
  period: z.object({ from: z.string(), to: z.string(), label: z.string() }),
  indicators: z.array(Mark),
  steps: z.array(z.object({ name: z.string(), kind: z.string(), participant: z.string(), dueAt: z.date().nullable(), finishedAt: z.date().nullable(), points: z.number().int().nullable() })),
  score: z.object({ total: z.number().nullable(), max: z.number(), converted: z.number().nullable(), band: z.string().nullable(), bandName: z.string().nullable() }),
});
const DossierCode = z.object({ code: z.string().regex(/^\d{3}\.[0-9A-Z]{2}\.[0-9A-Z]{2}\.[A-Z]\d{2}-\d{6}-\d{4}$/, 'Mã hồ sơ không đúng định dạng') });

/**
 * Evaluation of dossier handling (TT 01/2018 art. 12–15, docs/adr/0021-evaluation.md): scores per
 * official, unit or agency (JSON or the Excel table), one dossier's 9 indicators, and the published
 * per-agency results for the portal.
 */
export const evaluationRoutes = (deps: { store: Store }): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/evaluations',
      {
        schema: {
          tags,
          summary: 'Kết quả đánh giá việc giải quyết TTHC theo cán bộ, đơn vị hoặc cơ quan trong kỳ; format=xlsx cho bảng Excel',
          querystring: Period.extend({
            level: z.enum(LEVELS).default('official').describe('official: cán bộ; unit: đơn vị; agency: cơ quan'),
            scope: z.string().min(1).max(64).optional().describe('Mã định danh hoặc id của cơ quan (và các cơ quan trực thuộc)'),
            official: z.string().min(1).max(64).optional().describe('Tên đăng nhập của một cán bộ (cấp official)'),
            format: z.enum(['json', 'xlsx']).default('json'),
          }),
          // No 200 schema: the same path answers the Excel bytes (the JSON shape is the one of GET /api/public/evaluations plus level, scope, unit).
        },
      },
      async (req, reply) => {
        const ctx = ctxOf(deps.store, req);
        const { format, ...q } = req.query;
        if (format === 'xlsx') {
          const { body, name } = await evaluationWorkbook(ctx, q);
          return reply.header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet').header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(name)}`).send(body);
        }
        return Report.parse(await evaluationReport(ctx, q));
      },
    );

    app.get(
      '/api/evaluations/dossiers/:code',
      { schema: { tags, summary: '9 chỉ số đánh giá của một hồ sơ, kèm lý do (5, 6, 8, 9 của cơ quan tiếp nhận trong quý)', params: DossierCode, response: { 200: DossierEvaluation, ...problemResponses } } },
      async (req) => dossierEvaluation(ctxOf(deps.store, req), req.params.code),
    );

    app.get(
      '/api/public/evaluations',
      {
        config: { rateLimit: { max: 60, timeWindow: '1 minute' } },
        schema: { tags, summary: 'Công khai kết quả đánh giá theo cơ quan (không có dữ liệu từng cán bộ)', querystring: Period, response: { 200: Report.pick({ from: true, to: true, period: true }).extend({ rows: z.array(Row.omit({ unit: true })) }), ...problemResponses }, security: [] },
      },
      async (req) => publicEvaluations(deps.store, req.query),
    );
  };

import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ONLINE_METHODS } from '../../../domain/payments';
import { PROCEDURE_CODE_PATTERN } from '../../../domain/procedure';
import { getFeeSchedule, putFeeSchedule } from '../../services/fee-schedules';
import { collectionsReport, collectionsWorkbook, onlinePaymentReport } from '../../services/payment-reports';
import { importStatement, reconcileStatement } from '../../services/reconcile-statement';
import type { Store } from '../../storage/database';
import { ctxOf } from '../context';
import { problemResponses } from '../schemas';
import { LocalDate } from './schemas';

const tags = ['payments'];
const Period = z.object({ from: LocalDate, to: LocalDate, agency: z.string().max(32).optional() });
const Line = z.object({ line: z.number(), txnRef: z.string(), transactionNo: z.string().nullable(), amount: z.number(), bankCode: z.string().nullable(), payDate: z.date().nullable(), type: z.string(), status: z.string() });
const Ours = z.object({ txnRef: z.string(), amount: z.number(), status: z.string(), transactionNo: z.string().nullable(), refunded: z.boolean() });
export const Reconciliation = z.object({
  id: z.string(),
  provider: z.string(),
  date: z.string(),
  importedAt: z.date(),
  lines: z.number().int(),
  problems: z.array(z.object({ line: z.number(), message: z.string() })),
  matched: z.number().int(),
  matchedLines: z.array(Line),
  mismatches: z.array(
    z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('missing_ours'), txnRef: z.string(), theirs: Line, ourStatus: z.string().nullable() }),
      z.object({ kind: z.literal('missing_theirs'), txnRef: z.string(), ours: Ours }),
      z.object({ kind: z.literal('amount_differs'), txnRef: z.string(), ours: Ours, theirs: Line }),
    ]),
  ),
});
const ScheduleView = z.object({ schedule: z.looseObject({}), configured: z.boolean(), version: z.number().int() });

/** Collections reports (JSON, Excel), QĐ 766 group 3b, statement reconciliation and fee schedules. */
export const paymentReportRoutes = (deps: { store: Store }): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/payments/reports/collections',
      {
        schema: {
          tags,
          summary: 'Tổng hợp thu phí, lệ phí theo kỳ, cơ quan, thủ tục, hình thức thanh toán và kênh nộp; format=xlsx cho tệp Excel',
          querystring: Period.extend({ unit: z.enum(['day', 'month', 'quarter', 'year']).default('month'), format: z.enum(['json', 'xlsx']).default('json') }),
        },
      },
      async (req, reply) => {
        const ctx = ctxOf(deps.store, req);
        if (req.query.format === 'xlsx') {
          const body = await collectionsWorkbook(ctx, req.query);
          const name = `thu-phi-le-phi-${req.query.from}-${req.query.to}.xlsx`;
          return reply.header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet').header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(name)}`).send(body);
        }
        const { scopeIds: _ids, ...r } = await collectionsReport(ctx, req.query);
        return r;
      },
    );

    app.get(
      '/api/payments/reports/online-766',
      { schema: { tags, summary: 'Chỉ số QĐ 766 nhóm 3b (thanh toán trực tuyến): tỷ lệ 3.5, 3.5b, 3.6 và điểm', querystring: Period } },
      async (req) => onlinePaymentReport(ctxOf(deps.store, req), req.query),
    );

    app.post(
      '/api/payments/statements',
      {
        bodyLimit: 10 * 1024 * 1024,
        schema: { tags, summary: 'Nhập bảng đối soát ngày của nhà cung cấp (CSV) và đối chiếu theo mã tham chiếu giao dịch', body: z.object({ provider: z.enum(ONLINE_METHODS), date: LocalDate, csv: z.string().min(1).max(10_000_000) }), response: { 200: Reconciliation, ...problemResponses } },
      },
      async (req) => importStatement(ctxOf(deps.store, req), req.body),
    );

    app.get(
      '/api/payments/statements/:id',
      { schema: { tags, summary: 'Kết quả đối soát của một bảng đã nhập (tính lại theo dữ liệu hiện tại)', params: z.object({ id: z.uuid() }), response: { 200: Reconciliation, ...problemResponses } } },
      async (req) => reconcileStatement(ctxOf(deps.store, req), req.params.id),
    );

    const Code = z.object({ code: z.string().regex(PROCEDURE_CODE_PATTERN, 'Mã thủ tục phải có dạng 1.001193') });
    app.get(
      '/api/procedures/:code/fee-schedule',
      { schema: { tags, summary: 'Biểu phí, lệ phí đang áp dụng của thủ tục (cấu hình, hoặc suy ra từ danh mục)', params: Code, response: { 200: ScheduleView, ...problemResponses }, security: [] } },
      async (req) => getFeeSchedule(ctxOf(deps.store, req), req.params.code),
    );
    app.put(
      '/api/procedures/:code/fee-schedule',
      { schema: { tags, summary: 'Cấu hình biểu phí: khoản thu, miễn giảm (kèm giấy tờ chứng minh), giảm khi nộp trực tuyến theo quyết định có hiệu lực', params: Code, body: z.object({ version: z.number().int().min(0).describe('Phiên bản đang xem (0: chưa có cấu hình)'), schedule: z.looseObject({}).describe('Biểu phí: items, exemptions, onlineDiscounts, dueWorkingDays, pausesClock, refunds') }), response: { 200: ScheduleView, ...problemResponses } } },
      async (req) => putFeeSchedule(ctxOf(deps.store, req), req.params.code, { version: req.body.version, schedule: req.body.schedule as never }),
    );
  };

import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ONLINE_METHODS } from '../../../domain/payments';
import { CHANNELS } from '../../../domain/procedure';
import { listFeeScheduleSummaries } from '../../services/list-fee-schedules';
import { statementHistory, statementWorkbook } from '../../services/statement-views';
import type { Store } from '../../storage/database';
import { ctxOf } from '../context';
import { problemResponses } from '../schemas';
import { LocalDate } from './schemas';

const tags = ['payments'];

const FeeScheduleSummary = z.object({
  code: z.string(),
  name: z.string(),
  versionNo: z.number().int(),
  effectiveFrom: z.string().nullable(),
  configured: z.boolean(),
  version: z.number().int(),
  updatedAt: z.date().nullable(),
  updatedBy: z.string().nullable(),
  items: z.number().int(),
  exemptions: z.number().int(),
  discountsInForce: z.number().int(),
  channels: z.array(z.object({ channel: z.enum(CHANNELS), amount: z.number().int() })),
});

const StatementSummary = z.object({ id: z.string(), provider: z.string(), date: z.string(), importedAt: z.date(), importedBy: z.string().nullable(), lineCount: z.number().int(), problemCount: z.number().int() });

/** Administration of fees: the list of fee schedules; the history of imported statements and their mismatch lists. */
export const paymentAdminRoutes = (deps: { store: Store }): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/fee-schedules',
      {
        schema: {
          tags,
          summary: 'Danh sách biểu phí theo thủ tục: phiên bản đang công bố, kênh nộp, số tiền theo kênh hôm nay, đã cấu hình hay suy ra từ danh mục',
          querystring: z.object({
            q: z.string().trim().max(200).optional().describe('Mã thủ tục (đầu mã) hoặc tên, lĩnh vực (không dấu cũng được)'),
            configured: z.enum(['yes', 'no']).optional().describe('yes: chỉ thủ tục đã cấu hình biểu phí; no: chỉ thủ tục chưa cấu hình'),
            page: z.coerce.number().int().min(1).max(10_000).default(1),
            pageSize: z.coerce.number().int().min(1).max(100).default(20),
          }),
          response: { 200: z.object({ total: z.number().int(), page: z.number().int(), pageSize: z.number().int(), rows: z.array(FeeScheduleSummary) }), ...problemResponses },
        },
      },
      async (req) => listFeeScheduleSummaries(ctxOf(deps.store, req), { ...req.query, configured: req.query.configured === undefined ? undefined : req.query.configured === 'yes' }),
    );

    app.get(
      '/api/payments/statements',
      {
        schema: {
          tags,
          summary: 'Các bảng đối soát đã nhập (mới nhất trước), lọc theo nhà cung cấp và khoảng ngày',
          querystring: z.object({ provider: z.enum(ONLINE_METHODS).optional(), from: LocalDate.optional(), to: LocalDate.optional() }),
          response: { 200: z.array(StatementSummary), ...problemResponses },
        },
      },
      async (req) => statementHistory(ctxOf(deps.store, req), req.query),
    );

    app.get(
      '/api/payments/statements/:id/mismatches.xlsx',
      { schema: { tags, summary: 'Danh sách chênh lệch của bảng đối soát (Excel): loại, hai phía số tiền, việc cần làm; các dòng không đọc được', params: z.object({ id: z.uuid('Mã bảng đối soát không hợp lệ') }) } },
      async (req, reply) => {
        const { body, name } = await statementWorkbook(ctxOf(deps.store, req), req.params.id);
        return reply.header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet').header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(name)}`).send(body);
      },
    );
  };

import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { PERIOD_KINDS } from '../../../domain/indicators/periods';
import { configuredPeriod, ii06aPdf, ii06aReport, ii06aWorkbook, lateDossierList } from '../../services/report-ii06a';
import { lateDossiersWorkbook } from '../../documents/late-dossiers-excel';
import type { Store } from '../../storage/database';
import { ctxOf } from '../context';
import { problemResponses } from '../schemas';

const tags = ['reports'];
const LocalDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày phải có dạng YYYY-MM-DD');
const Period = z.object({
  scope: z.string().max(32).optional().describe('Mã cơ quan; báo cáo gồm cơ quan đó và các cơ quan trực thuộc'),
  from: LocalDate.describe('Ngày đầu kỳ (gồm)'),
  to: LocalDate.describe('Ngày cuối kỳ (gồm)'),
});
const Received = z.object({ total: z.number().int(), online: z.number().int(), directOrPostal: z.number().int(), carriedOver: z.number().int() });
const Resolved = z.object({ total: z.number().int(), early: z.number().int(), onTime: z.number().int(), late: z.number().int() });
const Pending = z.object({ total: z.number().int(), withinDeadline: z.number().int(), overdue: z.number().int() });
const Counts = z.object({ received: Received, resolved: Resolved, pending: Pending });
/** The JSON shape of GET /api/reports/ii06a (checked in the handler: the route also sends files, so no response schema). */
const II06aReportSchema = z.object({ scope: z.string(), from: z.string(), to: z.string(), rows: z.array(Counts.extend({ field: z.string() })), totals: Counts });

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const attachment = (name: string) => `attachment; filename*=UTF-8''${encodeURIComponent(name)}`;

/** Periodic reports: form II.06a (TT 01/2020/TT-VPCP), the configured periods, late dossiers (docs/adr/0027). */
export const reportRoutes = (deps: { store: Store }): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/reports/ii06a',
      {
        schema: {
          tags,
          summary: 'Biểu số II.06a/VPCP/KSTT: tình hình, kết quả giải quyết TTHC theo lĩnh vực; format=xlsx hoặc pdf để tải tệp',
          querystring: Period.extend({ format: z.enum(['json', 'xlsx', 'pdf']).default('json') }),
        },
      },
      async (req, reply) => {
        const ctx = ctxOf(deps.store, req);
        const { format, ...p } = req.query;
        const name = `bieu-II06a-${p.from}-${p.to}`;
        if (format === 'xlsx') return reply.header('content-type', XLSX).header('content-disposition', attachment(`${name}.xlsx`)).send(await ii06aWorkbook(ctx, p));
        if (format === 'pdf') return reply.header('content-type', 'application/pdf').header('content-disposition', attachment(`${name}.pdf`)).send(await ii06aPdf(ctx, p));
        return II06aReportSchema.parse(await ii06aReport(ctx, p));
      },
    );

    app.get(
      '/api/reports/periods',
      {
        schema: {
          tags,
          summary: 'Ngày đầu, ngày cuối của kỳ báo cáo theo mốc chốt số liệu đã cấu hình (mặc định 15 tháng trước – 14 tháng này)',
          querystring: z.object({ kind: z.enum(PERIOD_KINDS), year: z.coerce.number().int(), part: z.coerce.number().int().optional() }),
          response: { 200: z.object({ kind: z.enum(PERIOD_KINDS), year: z.number(), part: z.number().nullable(), from: z.string(), to: z.string() }), ...problemResponses },
        },
      },
      async (req) => configuredPeriod(req.query.kind, req.query.year, req.query.part),
    );

    app.get(
      '/api/reports/late-dossiers',
      {
        schema: {
          tags,
          summary: 'Danh sách hồ sơ trễ hạn trong kỳ (đã trả quá hạn hoặc đang quá hạn) kèm giải trình, thư xin lỗi; format=xlsx để tải tệp',
          querystring: Period.extend({ format: z.enum(['json', 'xlsx']).default('json') }),
        },
      },
      async (req, reply) => {
        const { format, ...p } = req.query;
        const list = await lateDossierList(ctxOf(deps.store, req), p);
        if (format === 'xlsx') return reply.header('content-type', XLSX).header('content-disposition', attachment(`ho-so-tre-han-${p.from}-${p.to}.xlsx`)).send(await lateDossiersWorkbook(list));
        return list;
      },
    );
  };

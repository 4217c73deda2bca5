import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { indicatorItems } from '../../services/indicators-766-items';
import { scorecard766 } from '../../services/indicators-766';
import { targetsVsActual } from '../../services/plan-targets-actual';
import type { Store } from '../../storage/database';
import { ctxOf } from '../context';

const tags = ['indicators'];
const LocalDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày phải có dạng YYYY-MM-DD');
const Scope = z.string({ error: 'Thiếu mã cơ quan (scope)' }).min(1, 'Thiếu mã cơ quan (scope)').max(32);
const Period = z.object({ scope: Scope, from: LocalDate, to: LocalDate });
const Page = z.object({ page: z.coerce.number().int().min(1).default(1), size: z.coerce.number().int().min(1).max(100).default(20) });
const Children = z.object({ children: z.enum(['true', 'false']).optional() });

/**
 * QĐ 766 scorecard with drill-down, plan targets vs actual (issue 10, ADR 0026), and the public
 * scorecard of an agency (no drill-down, no login).
 */
export const indicatorRoutes = (deps: { store: Store }): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/indicators/766',
      { schema: { tags, summary: 'Bộ chỉ số QĐ 766 của một cơ quan (gộp các đơn vị cấp dưới) trong một kỳ; children=true kèm tổng điểm từng đơn vị trực thuộc', querystring: Period.extend(Children.shape) } },
      async (req) => scorecard766(ctxOf(deps.store, req), { ...req.query, children: req.query.children === 'true' }),
    );
    app.get(
      '/api/indicators/766/:indicatorId/items',
      { schema: { tags, summary: 'Danh sách hồ sơ / phản ánh làm mất điểm của một chỉ số (theo trang)', params: z.object({ indicatorId: z.string().max(8) }), querystring: Period.extend(Page.shape) } },
      async (req) => indicatorItems(ctxOf(deps.store, req), req.params.indicatorId, req.query),
    );
    app.get(
      '/api/targets',
      { schema: { tags, summary: 'Chỉ tiêu kế hoạch năm so với thực hiện lũy kế, cảnh báo nguy cơ không đạt', querystring: z.object({ scope: Scope, year: z.coerce.number().int().min(2000).max(2100) }) } },
      async (req) => (await targetsVsActual(ctxOf(deps.store, req), req.query)).map((t) => ({ key: t.key, name: t.name, target: t.target, actual: t.actual, numerator: t.numerator, denominator: t.denominator, atRisk: t.atRisk, reason: t.reason ?? null })),
    );
    app.get(
      '/api/public/indicators/766',
      { schema: { tags, summary: 'Bộ chỉ số QĐ 766 công khai của một cơ quan (không có danh sách chi tiết)', querystring: Period.extend(Children.shape) } },
      async (req) => scorecard766(ctxOf(deps.store, req), { ...req.query, children: req.query.children === 'true' }, true),
    );
  };

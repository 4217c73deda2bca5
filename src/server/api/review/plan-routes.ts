import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { createImpact, getImpact, linkImpact, listImpactViews, saveImpactAssessment, transitionImpact } from '../../services/impact-assessments';
import { createReviewPlan, getReviewPlan, listReviewPlanViews, registerPlanItem, reviewSummary } from '../../services/review-plans';
import type { Store } from '../../storage/database';
import { ctxOf } from '../context';
import { problemResponses } from '../schemas';
import { CreateImpactBody, CreatePlanBody, Id, ImpactView, LinkImpactBody, PlanItemBody, PlanView, SaveImpactBody, Summary, SummaryQuery, TransitionBody, YearQuery } from './schemas';

/** Review plans with registered procedures and the province summary; impact assessments of draft rules (ADR 0025). */
export const reviewPlanRoutes = (deps: { store: Store }): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['review'];
    app.get(
      '/api/review-plans',
      { schema: { tags, summary: 'Kế hoạch rà soát TTHC theo năm, kèm thủ tục đăng ký rà soát và tiến độ', querystring: YearQuery, response: { 200: z.object({ items: z.array(PlanView) }), ...problemResponses } } },
      async (req) => ({ items: await listReviewPlanViews(ctxOf(deps.store, req), req.query.year) }),
    );
    app.post(
      '/api/review-plans',
      { schema: { tags, summary: 'Lập kế hoạch rà soát TTHC của năm', body: CreatePlanBody, response: { 201: PlanView, ...problemResponses } } },
      async (req, reply) => reply.status(201).send(await createReviewPlan(ctxOf(deps.store, req), req.body)),
    );
    app.get(
      '/api/review-plans/summary',
      { schema: { tags, summary: 'Tổng hợp toàn tỉnh: số TTHC đăng ký, đã rà soát, phương án, chi phí tiết kiệm', querystring: SummaryQuery, response: { 200: Summary, ...problemResponses } } },
      async (req) => reviewSummary(ctxOf(deps.store, req), req.query.year),
    );
    app.get(
      '/api/review-plans/:id',
      { schema: { tags, summary: 'Một kế hoạch rà soát', params: Id, response: { 200: PlanView, ...problemResponses } } },
      async (req) => getReviewPlan(ctxOf(deps.store, req), req.params.id),
    );
    app.post(
      '/api/review-plans/:id/items',
      { schema: { tags, summary: 'Đăng ký thủ tục rà soát: đơn vị rà soát, thời hạn', params: Id, body: PlanItemBody, response: { 201: PlanView, ...problemResponses } } },
      async (req, reply) => reply.status(201).send(await registerPlanItem(ctxOf(deps.store, req), req.params.id, req.body)),
    );

    const impactTags = ['impact-assessment'];
    app.get(
      '/api/impact-assessments',
      { schema: { tags: impactTags, summary: 'Phiếu đánh giá tác động TTHC tại dự thảo văn bản QPPL', querystring: YearQuery, response: { 200: z.object({ items: z.array(ImpactView) }), ...problemResponses } } },
      async (req) => ({ items: await listImpactViews(ctxOf(deps.store, req), req.query.year) }),
    );
    app.post(
      '/api/impact-assessments',
      { schema: { tags: impactTags, summary: 'Lập phiếu đánh giá tác động cho thủ tục dự kiến quy định tại dự thảo văn bản', body: CreateImpactBody, response: { 201: ImpactView, ...problemResponses } } },
      async (req, reply) => {
        const { content, ...header } = req.body;
        return reply.status(201).send(await createImpact(ctxOf(deps.store, req), header, content));
      },
    );
    app.get(
      '/api/impact-assessments/:id',
      { schema: { tags: impactTags, summary: 'Một phiếu đánh giá tác động', params: Id, response: { 200: ImpactView, ...problemResponses } } },
      async (req) => getImpact(ctxOf(deps.store, req), req.params.id),
    );
    app.put(
      '/api/impact-assessments/:id',
      { schema: { tags: impactTags, summary: 'Lưu phiếu đánh giá tác động đang dự thảo', params: Id, body: SaveImpactBody, response: { 200: ImpactView, ...problemResponses } } },
      async (req) => saveImpactAssessment(ctxOf(deps.store, req), req.params.id, { version: req.body.version, header: { draft: req.body.draft, procedureName: req.body.procedureName }, content: req.body.content }),
    );
    app.post(
      '/api/impact-assessments/:id/transitions',
      { schema: { tags: impactTags, summary: 'Trình, phê duyệt hoặc trả lại phiếu đánh giá tác động', params: Id, body: TransitionBody, response: { 200: ImpactView, ...problemResponses } } },
      async (req) => transitionImpact(ctxOf(deps.store, req), req.params.id, req.body),
    );
    app.post(
      '/api/impact-assessments/:id/link',
      { schema: { tags: impactTags, summary: 'Liên kết với thủ tục trong danh mục sau khi văn bản được ban hành, thủ tục được công bố', params: Id, body: LinkImpactBody, response: { 200: ImpactView, ...problemResponses } } },
      async (req) => linkImpact(ctxOf(deps.store, req), req.params.id, req.body),
    );
  };

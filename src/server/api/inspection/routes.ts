import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { FINDING_STATUSES, FindingInput, FollowUpInput, InspectionPlanInput, SEVERITIES, VisitInput } from '../../../domain/inspection';
import { addFinding, followUpFinding, overdueFixes } from '../../services/inspection-findings';
import { addVisit, createInspectionPlan, getInspectionPlan, listInspectionPlanSummaries } from '../../services/inspections';
import type { Store } from '../../storage/database';
import { ctxOf } from '../context';
import { problemResponses } from '../schemas';

const tags = ['inspection'];
const Id = z.object({ id: z.uuid('Mã không hợp lệ') });
const Finding = z.looseObject({
  id: z.string(),
  description: z.string(),
  severity: z.enum(SEVERITIES),
  dossierCodes: z.array(z.string()),
  procedureCodes: z.array(z.string()),
  dueDate: z.string().describe('Hạn khắc phục (YYYY-MM-DD), tính bằng ngày làm việc từ ngày kiểm tra'),
  overdue: z.boolean(),
  status: z.enum(FINDING_STATUSES),
  version: z.number().int(),
  followUps: z.array(z.looseObject({ status: z.enum(FINDING_STATUSES), note: z.string(), actorName: z.string() })),
});
const PlanSummary = z.looseObject({ id: z.string(), year: z.number().int(), title: z.string() });
const PlanView = PlanSummary.extend({ visits: z.array(z.looseObject({ id: z.string(), visitDate: z.string(), agency: z.object({ code: z.string(), name: z.string() }), findings: z.array(Finding) })) });

/** Inspections (kiểm tra): plans, visits to agencies, findings with fix deadlines, follow-ups, overdue fixes (ADR 0025). */
export const inspectionRoutes = (deps: { store: Store }): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/inspection-plans',
      { schema: { tags, summary: 'Kế hoạch kiểm tra', querystring: z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() }), response: { 200: z.object({ items: z.array(PlanSummary) }), ...problemResponses } } },
      async (req) => ({ items: await listInspectionPlanSummaries(ctxOf(deps.store, req), req.query.year) }),
    );
    app.post(
      '/api/inspection-plans',
      { schema: { tags, summary: 'Lập kế hoạch kiểm tra', body: InspectionPlanInput.extend({ agency: z.string().trim().min(1).max(32).optional() }), response: { 201: PlanView, ...problemResponses } } },
      async (req, reply) => reply.status(201).send(await createInspectionPlan(ctxOf(deps.store, req), req.body)),
    );
    app.get(
      '/api/inspection-plans/:id',
      { schema: { tags, summary: 'Kế hoạch kiểm tra với các đợt kiểm tra và phát hiện', params: Id, response: { 200: PlanView, ...problemResponses } } },
      async (req) => getInspectionPlan(ctxOf(deps.store, req), req.params.id),
    );
    app.post(
      '/api/inspection-plans/:id/visits',
      { schema: { tags, summary: 'Ghi nhận đợt kiểm tra tại một cơ quan', params: Id, body: VisitInput, response: { 201: PlanView, ...problemResponses } } },
      async (req, reply) => reply.status(201).send(await addVisit(ctxOf(deps.store, req), req.params.id, req.body)),
    );
    app.post(
      '/api/inspection-visits/:id/findings',
      { schema: { tags, summary: 'Ghi nhận phát hiện (liên kết hồ sơ, thủ tục, đơn vị) và yêu cầu khắc phục có thời hạn', params: Id, body: FindingInput, response: { 201: PlanView, ...problemResponses } } },
      async (req, reply) => reply.status(201).send(await addFinding(ctxOf(deps.store, req), req.params.id, req.body)),
    );
    app.post(
      '/api/inspection-findings/:id/follow-ups',
      { schema: { tags, summary: 'Theo dõi khắc phục: đơn vị báo cáo đã khắc phục; đoàn kiểm tra xác nhận hoặc mở lại', params: Id, body: FollowUpInput, response: { 200: Finding, ...problemResponses } } },
      async (req) => followUpFinding(ctxOf(deps.store, req), req.params.id, req.body),
    );
    app.get(
      '/api/inspection-findings/overdue',
      { schema: { tags, summary: 'Yêu cầu khắc phục đã quá hạn mà chưa khắc phục', response: { 200: z.object({ items: z.array(Finding) }), ...problemResponses } } },
      async (req) => ({ items: await overdueFixes(ctxOf(deps.store, req)) }),
    );
  };

import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { PROCEDURE_CODE_PATTERN } from '../../../domain/procedure';
import { approveProcess, processOverview, saveProcess } from '../../services/processes';
import type { Store } from '../../storage/database';
import { ctxOf } from '../context';
import { problemResponses } from '../schemas';

const Params = z.object({ procedureCode: z.string().regex(PROCEDURE_CODE_PATTERN), agencyCode: z.string().max(32) });
const Overview = z.looseObject({ procedureCode: z.string(), agencyCode: z.string(), usingDefault: z.boolean(), defaultSteps: z.array(z.unknown()) });
const LocalDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày phải có dạng YYYY-MM-DD');

export const processRoutes = (deps: { store: Store }): FastifyPluginAsyncZod =>
  async (app) => {
    const url = '/api/admin/processes/:procedureCode/:agencyCode';
    app.get(url, { schema: { tags: ['processes'], summary: 'Quy trình nội bộ của thủ tục tại cơ quan: đang áp dụng, dự thảo, mặc định', params: Params, response: { 200: Overview, ...problemResponses } } }, async (req) =>
      processOverview(ctxOf(deps.store, req), req.params.procedureCode, req.params.agencyCode),
    );
    app.put(
      `${url}/draft`,
      { schema: { tags: ['processes'], summary: 'Lưu dự thảo quy trình (các bước; tổng thời gian ≤ thời hạn giải quyết)', params: Params, body: z.object({ steps: z.array(z.unknown()).min(1).max(50) }), response: { 200: Overview, ...problemResponses } } },
      async (req) => saveProcess(ctxOf(deps.store, req), req.params.procedureCode, req.params.agencyCode, req.body.steps),
    );
    app.post(
      `${url}/approve`,
      {
        schema: {
          tags: ['processes'],
          summary: 'Phê duyệt quy trình theo quyết định, có hiệu lực từ ngày',
          params: Params,
          body: z.object({ decisionNumber: z.string().trim().min(1).max(100), decisionDate: LocalDate, approvedBy: z.string().trim().min(1).max(200), effectiveFrom: LocalDate }),
          response: { 200: Overview, ...problemResponses },
        },
      },
      async (req) => approveProcess(ctxOf(deps.store, req), req.params.procedureCode, req.params.agencyCode, req.body),
    );
  };

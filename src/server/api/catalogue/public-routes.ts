import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AGENCY_LEVELS } from '../../../domain/agency';
import { ONLINE_LEVELS, PROCEDURE_CODE_PATTERN } from '../../../domain/procedure';
import { catalogueFields, procedureDetail, procedureDiff, searchCatalogueJson } from '../../services/catalogue-read';
import type { Store } from '../../storage/database';
import { ctxOf } from '../context';
import { problemResponses } from '../schemas';

export const ProcedureCode = z.string().regex(PROCEDURE_CODE_PATTERN, 'Mã thủ tục phải có dạng 1.001193');

const Summary = z.object({ code: z.string(), name: z.string(), field: z.string(), levels: z.array(z.string()), onlineLevel: z.string().nullable(), locationIndependent: z.boolean() });
const Detail = z.looseObject({
  code: z.string(),
  name: z.string(),
  version: z.number(),
  status: z.enum(['draft', 'published']),
  effectiveFrom: z.string().nullable(),
  effectiveTo: z.string().nullable(),
  decisionNumber: z.string().nullable(),
  versions: z.array(z.object({ version: z.number(), status: z.string(), effectiveFrom: z.string().nullable(), effectiveTo: z.string().nullable(), decisionNumber: z.string().nullable() })),
  assignments: z.array(z.object({ agencyCode: z.string(), agencyName: z.string(), level: z.string(), channels: z.array(z.string()) })),
});

export const cataloguePublicRoutes = (deps: { store: Store }): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/procedures',
      {
        schema: {
          tags: ['catalogue'],
          summary: 'Tra cứu thủ tục hành chính (không phân biệt dấu, hoa thường, thứ tự từ)',
          querystring: z.object({
            q: z.string().max(200).optional(),
            field: z.string().max(200).optional(),
            level: z.enum(AGENCY_LEVELS).optional(),
            agency: z.string().max(32).optional(),
            online: z.enum(ONLINE_LEVELS).optional(),
            locationIndependent: z.stringbool().optional().describe('true: chỉ thủ tục tiếp nhận không phụ thuộc địa giới hành chính'),
            page: z.coerce.number().int().min(1).max(10_000).default(1),
            pageSize: z.coerce.number().int().min(1).max(100).default(20),
          }),
          response: { 200: z.object({ items: z.array(Summary), total: z.number() }), ...problemResponses },
        },
      },
      // The answer is remembered as JSON text (see searchCatalogueJson); text goes out as it is.
      async (req, reply) => reply.type('application/json; charset=utf-8').send((await searchCatalogueJson(ctxOf(deps.store, req), req.query)) as never),
    );

    app.get(
      '/api/procedures/fields',
      { schema: { tags: ['catalogue'], summary: 'Các lĩnh vực có thủ tục đang hiệu lực', response: { 200: z.array(z.string()) } } },
      async (req) => catalogueFields(ctxOf(deps.store, req)),
    );

    app.get(
      '/api/procedures/:code',
      {
        schema: {
          tags: ['catalogue'],
          summary: 'Chi tiết thủ tục (phiên bản đang hiệu lực, hoặc vào ngày ?date=), lịch sử phiên bản, cơ quan tiếp nhận',
          params: z.object({ code: ProcedureCode }),
          querystring: z.object({ date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional() }),
          response: { 200: Detail, ...problemResponses },
        },
      },
      async (req) => procedureDetail(ctxOf(deps.store, req), req.params.code, req.query.date),
    );

    app.get(
      '/api/procedures/:code/diff',
      {
        schema: {
          tags: ['catalogue'],
          summary: 'So sánh hai phiên bản của thủ tục',
          params: z.object({ code: ProcedureCode }),
          querystring: z.object({ from: z.coerce.number().int().min(1), to: z.coerce.number().int().min(1) }),
          response: {
            200: z.object({ code: z.string(), from: z.number(), to: z.number(), changes: z.array(z.object({ path: z.string(), label: z.string(), before: z.unknown(), after: z.unknown() })) }),
            ...problemResponses,
          },
        },
      },
      async (req) => procedureDiff(ctxOf(deps.store, req), req.params.code, req.query.from, req.query.to),
    );
  };

import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AGENCY_LEVELS, AgencyCode } from '../../../domain/agency';
import { agencyTree, type AgencyNode } from '../../services/list-agencies';
import { createAgency, createUnit, updateAgencyByCode, updateUnitByCode } from '../../services/save-agency';
import type { Store } from '../../storage/database';
import { ctxOf } from '../context';
import { problemResponses } from '../schemas';

const Unit = z.object({ id: z.string(), code: z.string(), name: z.string(), active: z.boolean(), version: z.number().int() });

const AgencyFields = {
  id: z.string(),
  code: z.string(),
  name: z.string(),
  shortName: z.string().nullable(),
  level: z.enum(AGENCY_LEVELS),
  parentCode: z.string().nullable(),
  address: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  active: z.boolean(),
  version: z.number().int(),
  units: z.array(Unit),
};
const AgencyNodeSchema: z.ZodType<AgencyNode> = z.lazy(() =>
  z.object({ ...AgencyFields, children: z.array(AgencyNodeSchema) }),
);
z.globalRegistry.add(AgencyNodeSchema, { id: 'AgencyNode' });
const AgencyRowSchema = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  level: z.enum(AGENCY_LEVELS),
  version: z.number().int(),
  active: z.boolean(),
});

const text = (max: number) => z.string().trim().min(1).max(max);
const AgencyBody = z.object({
  code: AgencyCode,
  name: text(300),
  shortName: text(100).nullish(),
  level: z.enum(AGENCY_LEVELS),
  parentCode: AgencyCode.nullish(),
  address: text(500).nullish(),
  phone: z.string().trim().regex(/^[0-9 +().-]{6,20}$/, 'Số điện thoại không hợp lệ').nullish(),
  email: z.string().trim().email('Thư điện tử không hợp lệ').nullish(),
});
const UnitCode = z.string().regex(/^[A-Z0-9_-]{1,32}$/, 'Mã đơn vị chỉ gồm chữ in hoa, số, - và _');
const CodeParam = z.object({ code: AgencyCode });

export const agencyRoutes = (deps: { store: Store }): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/agencies',
      {
        schema: {
          tags: ['agencies'],
          summary: 'Cây cơ quan, đơn vị (công khai)',
          response: { 200: z.object({ items: z.array(AgencyNodeSchema) }) },
        },
      },
      async (req) => ({ items: await agencyTree(ctxOf(deps.store, req)) }),
    );

    app.post(
      '/api/admin/agencies',
      { schema: { tags: ['admin'], summary: 'Thêm cơ quan', body: AgencyBody, response: { 201: AgencyRowSchema, ...problemResponses } } },
      async (req, reply) => reply.status(201).send(await createAgency(ctxOf(deps.store, req), req.body)),
    );

    app.patch(
      '/api/admin/agencies/:code',
      {
        schema: {
          tags: ['admin'],
          summary: 'Sửa cơ quan (kèm version để tránh ghi đè)',
          params: CodeParam,
          body: AgencyBody.omit({ code: true }).partial().extend({ version: z.number().int().positive(), active: z.boolean().optional() }),
          response: { 200: AgencyRowSchema, ...problemResponses },
        },
      },
      async (req) => updateAgencyByCode(ctxOf(deps.store, req), req.params.code, req.body),
    );

    app.post(
      '/api/admin/agencies/:code/units',
      {
        schema: {
          tags: ['admin'],
          summary: 'Thêm đơn vị (phòng, ban) vào cơ quan',
          params: CodeParam,
          body: z.object({ code: UnitCode, name: text(300) }),
          response: { 201: Unit, ...problemResponses },
        },
      },
      async (req, reply) => reply.status(201).send(await createUnit(ctxOf(deps.store, req), req.params.code, req.body)),
    );

    app.patch(
      '/api/admin/agencies/:code/units/:unitCode',
      {
        schema: {
          tags: ['admin'],
          summary: 'Sửa đơn vị',
          params: z.object({ code: AgencyCode, unitCode: UnitCode }),
          body: z.object({ name: text(300).optional(), active: z.boolean().optional(), version: z.number().int().positive() }),
          response: { 200: Unit, ...problemResponses },
        },
      },
      async (req) => updateUnitByCode(ctxOf(deps.store, req), req.params.code, req.params.unitCode, req.body),
    );
  };

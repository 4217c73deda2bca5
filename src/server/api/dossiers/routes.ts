import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DOCUMENT_SOURCES } from '../../../domain/documents';
import { ACTION_NAMES } from '../../../domain/dossier';
import { CHANNELS, PROCEDURE_CODE_PATTERN } from '../../../domain/procedure';
import { actOnDossier } from '../../services/act-on-dossier';
import { requireActor } from '../../services/authorize';
import { dossierView } from '../../services/dossier-view';
import { receiveDossier } from '../../services/receive-dossier';
import { listQueue, QUEUES } from '../../services/workqueues';
import { invalid } from '../../errors';
import type { Store } from '../../storage/database';
import { ctxOf } from '../context';
import { problemResponses } from '../schemas';

const Applicant = z.object({
  kind: z.enum(['individual', 'organisation']),
  name: z.string().trim().min(1, 'Cần họ tên / tên tổ chức').max(300),
  idNumber: z.string().trim().min(1).max(20),
  phone: z.string().trim().regex(/^[0-9 +().-]{6,20}$/, 'Số điện thoại không hợp lệ').nullish(),
  email: z.string().trim().email('Thư điện tử không hợp lệ').nullish(),
  address: z.string().trim().max(500).nullish(),
});
const DossierCode = z.object({ code: z.string().regex(/^\d{3}\.[0-9A-Z]{2}\.[0-9A-Z]{2}\.[A-Z]\d{2}-\d{6}-\d{4}$/, 'Mã hồ sơ không đúng định dạng') });
const View = z.looseObject({ code: z.string(), status: z.number(), statusName: z.string(), availableActions: z.array(z.string()), version: z.number() });

export const dossierRoutes = (deps: { store: Store }): FastifyPluginAsyncZod =>
  async (app) => {
    app.post(
      '/api/dossiers',
      {
        schema: {
          tags: ['dossiers'],
          summary: 'Tiếp nhận hồ sơ (một cửa); header Idempotency-Key bắt buộc',
          headers: z.looseObject({ 'idempotency-key': z.string().min(1, 'Cần header Idempotency-Key').max(200) }),
          body: z.object({
            procedureCode: z.string().regex(PROCEDURE_CODE_PATTERN, 'Mã thủ tục phải có dạng 1.001193'),
            channel: z.enum(CHANNELS),
            agencyCode: z.string().max(32).optional(),
            applicant: Applicant,
            owner: Applicant.nullish(),
            documents: z
              .array(
                z.object({
                  name: z.string().trim().min(1).max(500),
                  copies: z.string().max(100).optional(),
                  digitised: z.boolean(),
                  fileId: z.uuid('fileId phải là mã tệp đã tải lên').nullish(),
                  source: z.enum(DOCUMENT_SOURCES).optional(),
                }),
              )
              .max(200),
            note: z.string().max(2000).nullish(),
          }),
          response: { 201: View, 200: View, ...problemResponses },
        },
      },
      async (req, reply) => {
        const r = await receiveDossier(ctxOf(deps.store, req), req.body, req.headers['idempotency-key']);
        return reply.status(201).header('idempotent-replayed', r.replay ? 'true' : 'false').send(r.body);
      },
    );

    app.get(
      '/api/dossiers/:code',
      { schema: { tags: ['dossiers'], summary: 'Chi tiết hồ sơ: lịch sử, các bước, thao tác được phép', params: DossierCode, response: { 200: View, ...problemResponses } } },
      async (req) => dossierView(deps.store, deps.store, requireActor(ctxOf(deps.store, req)), req.params.code),
    );

    app.post(
      '/api/dossiers/:code/actions',
      {
        schema: {
          tags: ['dossiers'],
          summary: 'Thao tác trên hồ sơ (kèm version đang xem); 409 kèm trạng thái hiện tại nếu không còn hợp lệ',
          params: DossierCode,
          body: z.object({ action: z.enum(ACTION_NAMES), version: z.number().int().positive(), payload: z.record(z.string(), z.unknown()).default({}) }),
          response: { 200: View, ...problemResponses },
        },
      },
      async (req) => actOnDossier(ctxOf(deps.store, req), req.params.code, req.body),
    );

    app.get(
      '/api/workqueues/:queue',
      {
        schema: {
          tags: ['dossiers'],
          summary: 'Hàng đợi hồ sơ của cán bộ (phân trang theo con trỏ)',
          params: z.object({ queue: z.enum(QUEUES) }),
          querystring: z.object({
            procedure: z.string().regex(PROCEDURE_CODE_PATTERN).optional(),
            channel: z.enum(CHANNELS).optional(),
            receivedFrom: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
            receivedTo: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
            q: z.string().max(200).optional(),
            cursor: z.string().max(500).optional(),
            limit: z.coerce.number().int().min(1).max(200).default(50),
          }),
          response: {
            200: z.object({
              items: z.array(z.looseObject({ code: z.string(), status: z.number(), statusName: z.string(), late: z.boolean() })),
              nextCursor: z.string().nullable(),
            }),
            ...problemResponses,
          },
        },
      },
      async (req) => {
        if (req.query.receivedFrom && req.query.receivedTo && req.query.receivedFrom > req.query.receivedTo) {
          throw invalid('"receivedFrom" phải không sau "receivedTo".', { errors: [{ name: 'receivedTo', reason: 'trước receivedFrom' }] });
        }
        return listQueue(ctxOf(deps.store, req), req.params.queue, req.query);
      },
    );
  };

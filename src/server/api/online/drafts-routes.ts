import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ApplicationContent } from '../../../domain/dossier';
import { PROCEDURE_CODE_PATTERN } from '../../../domain/procedure';
import type { DocumentsDeps } from '../../services/dossier-documents';
import { createDraft, deleteDraft, getDraft, listDrafts, saveDraft } from '../../services/online-drafts';
import { submitApplication } from '../../services/submit-application';
import type { Store } from '../../storage/database';
import { ctxOf } from '../context';
import { problemResponses } from '../schemas';
import { CitizenDossier } from './schemas';

const Draft = z.object({
  id: z.string(),
  procedureCode: z.string(),
  content: ApplicationContent,
  applicant: z.object({ kind: z.enum(['individual', 'organisation']), name: z.string(), idNumber: z.string(), phone: z.string().nullable(), email: z.string().nullable(), address: z.string().nullable() }),
  version: z.number(),
  createdAt: z.date(),
  updatedAt: z.date(),
});
const DraftId = z.object({ id: z.uuid('Mã bản nháp không hợp lệ') });
const tags = ['online'];

/** The citizen's online applications in preparation (drafts) and their submission. */
export const draftRoutes = (deps: { store: Store } & DocumentsDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.post(
      '/api/citizen/drafts',
      {
        schema: {
          tags,
          summary: 'Bắt đầu hồ sơ trực tuyến (bản nháp) cho một thủ tục có mức độ toàn trình hoặc một phần',
          body: z.object({ procedureCode: z.string().regex(PROCEDURE_CODE_PATTERN, 'Mã thủ tục phải có dạng 1.001193'), content: z.unknown().optional() }),
          response: { 201: Draft, ...problemResponses },
        },
      },
      async (req, reply) => reply.status(201).send(await createDraft(ctxOf(deps.store, req), req.body)),
    );

    app.get(
      '/api/citizen/drafts',
      {
        schema: {
          tags,
          summary: 'Các bản nháp hồ sơ của công dân, mới nhất trước',
          response: { 200: z.array(z.object({ id: z.string(), procedureCode: z.string(), procedureName: z.string().nullable(), version: z.number(), createdAt: z.date(), updatedAt: z.date() })), ...problemResponses },
        },
      },
      async (req) => listDrafts(ctxOf(deps.store, req)),
    );

    app.get(
      '/api/citizen/drafts/:id',
      { schema: { tags, summary: 'Một bản nháp, kèm thông tin người nộp lấy từ tài khoản', params: DraftId, response: { 200: Draft, ...problemResponses } } },
      async (req) => getDraft(ctxOf(deps.store, req), req.params.id),
    );

    app.put(
      '/api/citizen/drafts/:id',
      {
        schema: {
          tags,
          summary: 'Lưu bản nháp (kèm version đang có; 409 nếu đã được lưu ở nơi khác)',
          params: DraftId,
          body: z.object({ version: z.number().int().positive(), content: z.unknown() }),
          response: { 200: Draft, ...problemResponses },
        },
      },
      async (req) => saveDraft(ctxOf(deps.store, req), req.params.id, req.body),
    );

    app.delete(
      '/api/citizen/drafts/:id',
      { schema: { tags, summary: 'Xóa bản nháp', params: DraftId, response: { 204: z.null(), ...problemResponses } } },
      async (req, reply) => {
        await deleteDraft(ctxOf(deps.store, req), req.params.id);
        return reply.status(204).send(null);
      },
    );

    app.post(
      '/api/citizen/drafts/:id/submit',
      {
        schema: {
          tags,
          summary: 'Nộp hồ sơ trực tuyến từ bản nháp (header Idempotency-Key bắt buộc): hồ sơ ở trạng thái "Mới đăng ký" chờ tiếp nhận',
          params: DraftId,
          headers: z.looseObject({ 'idempotency-key': z.string().min(1, 'Cần header Idempotency-Key').max(200) }),
          response: { 201: CitizenDossier, ...problemResponses, 413: problemResponses[400] },
        },
      },
      async (req, reply) => {
        const r = await submitApplication(ctxOf(deps.store, req), deps, req.params.id, req.headers['idempotency-key']);
        return reply.status(201).header('idempotent-replayed', r.replay ? 'true' : 'false').send(r.body);
      },
    );
  };

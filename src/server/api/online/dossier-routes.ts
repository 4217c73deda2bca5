import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { RatingInput } from '../../../domain/feedback';
import { BlobNotFoundError, type BlobStore } from '../../documents/blob-store';
import { notFound } from '../../errors';
import { supplementOnline, withdrawByApplicant } from '../../services/applicant-actions';
import { citizenDossierView } from '../../services/citizen-dossier-view';
import { issuedDocumentFile, listMyDossiers } from '../../services/citizen-dossiers';
import { myDocuments } from '../../services/data-store';
import type { DocumentsDeps } from '../../services/dossier-documents';
import { rateAsCitizen } from '../../services/rate-dossier';
import type { Store } from '../../storage/database';
import { ctxOf } from '../context';
import { problemResponses } from '../schemas';
import { CitizenDossier, DossierCode, Rating } from './schemas';

const tags = ['online'];
const Version = z.number().int().positive().optional().describe('version của hồ sơ đang xem; khác thì 409');
const StoreItem = z.looseObject({ kind: z.enum(['upload', 'result']), id: z.string(), fileId: z.string(), title: z.string(), dossierCode: z.string(), at: z.date() });

/** "Hồ sơ của tôi" and "Giấy tờ của tôi": the citizen's dossiers, their documents, supplements, withdrawal and rating. */
export const citizenDossierRoutes = (deps: { store: Store; blobs: BlobStore } & DocumentsDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/citizen/dossiers',
      {
        schema: {
          tags,
          summary: 'Hồ sơ của tôi: hồ sơ công dân đã nộp hoặc đứng tên người nộp',
          response: { 200: z.array(z.looseObject({ code: z.string(), status: z.number(), statusName: z.string(), procedureName: z.string() })), ...problemResponses },
        },
      },
      async (req) => listMyDossiers(ctxOf(deps.store, req)),
    );

    app.get(
      '/api/citizen/dossiers/:code',
      { schema: { tags, summary: 'Chi tiết hồ sơ cho người nộp: mốc tiến độ, hạn, diễn biến (không tên cán bộ), văn bản đã phát hành, phí', params: DossierCode, response: { 200: CitizenDossier, ...problemResponses } } },
      async (req) => citizenDossierView(ctxOf(deps.store, req), deps, req.params.code),
    );

    app.get(
      '/api/citizen/dossiers/:code/documents/:id/file',
      { schema: { tags, summary: 'Tải văn bản đã phát hành của hồ sơ (phiếu, kết quả có chữ ký số)', params: DossierCode.extend({ id: z.uuid() }) } },
      async (req, reply) => {
        const { file } = await issuedDocumentFile(ctxOf(deps.store, req), req.params.code, req.params.id);
        const bytes = await deps.blobs.get(file.sha256).catch((err: unknown) => {
          throw err instanceof BlobNotFoundError ? notFound('nội dung tệp') : err;
        });
        return reply
          .header('content-type', file.mime)
          .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.name)}`)
          .header('x-content-type-options', 'nosniff')
          .send(bytes);
      },
    );

    app.post(
      '/api/citizen/dossiers/:code/supplement',
      {
        schema: {
          tags,
          summary: 'Nộp bổ sung trực tuyến: tệp đã tải lên cho từng giấy tờ được yêu cầu; hồ sơ tiếp tục được giải quyết',
          params: DossierCode,
          body: z.object({
            version: Version,
            comment: z.string().trim().max(2000).optional(),
            documents: z.array(z.object({ name: z.string().trim().min(1, 'Cần tên giấy tờ bổ sung').max(500), fileId: z.uuid('fileId phải là mã tệp đã tải lên') })).min(1, 'Cần ít nhất một tệp bổ sung').max(50),
          }),
          response: { 200: CitizenDossier, ...problemResponses, 413: problemResponses[400] },
        },
      },
      async (req) => supplementOnline(ctxOf(deps.store, req), deps, req.params.code, req.body),
    );

    app.post(
      '/api/citizen/dossiers/:code/withdraw',
      {
        schema: {
          tags,
          summary: 'Người nộp rút hồ sơ (nêu lý do)',
          params: DossierCode,
          body: z.object({ version: Version, reason: z.string().trim().min(1, 'Cần nêu lý do').max(2000) }),
          response: { 200: CitizenDossier, ...problemResponses },
        },
      },
      async (req) => withdrawByApplicant(ctxOf(deps.store, req), deps, req.params.code, req.body),
    );

    app.put(
      '/api/citizen/dossiers/:code/rating',
      { schema: { tags, summary: 'Đánh giá việc giải quyết hồ sơ đã trả kết quả (một lần, sửa được trong 7 ngày)', params: DossierCode, body: RatingInput, response: { 200: Rating, ...problemResponses } } },
      async (req) => rateAsCitizen(ctxOf(deps.store, req), req.params.code, req.body),
    );

    app.get(
      '/api/citizen/documents',
      {
        schema: {
          tags,
          summary: 'Giấy tờ của tôi: giấy tờ đã nộp được tiếp nhận và kết quả đã ký số, dùng lại khi nộp hồ sơ mới',
          response: { 200: z.object({ uploads: z.array(StoreItem), results: z.array(StoreItem) }), ...problemResponses },
        },
      },
      async (req) => myDocuments(ctxOf(deps.store, req)),
    );
  };

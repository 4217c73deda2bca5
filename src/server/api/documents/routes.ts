import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DOSSIER_CODE_PATTERN } from '../../../domain/dossier';
import { controlSheet, getResultTemplate, listDocuments, putResultTemplate, revokeResult, trackingBook } from '../../services/manage-documents';
import type { DocumentsDeps } from '../../services/dossier-documents';
import type { Store } from '../../storage/database';
import { ctxOf } from '../context';
import { problemResponses } from '../schemas';

const DossierCode = z.object({ code: z.string().regex(DOSSIER_CODE_PATTERN, 'Mã hồ sơ không đúng định dạng') });
const LocalDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày phải có dạng YYYY-MM-DD');

const DocumentView = z.object({
  id: z.string(),
  kind: z.enum(['form', 'result']),
  form: z.string(),
  number: z.string().nullable(),
  title: z.string(),
  createdAt: z.date(),
  fileId: z.string(),
  sha256: z.string(),
  signed: z.boolean(),
  signerName: z.string().nullable(),
  signedAt: z.date().nullable(),
  verificationCode: z.string().nullable(),
  verifyUrl: z.string().nullable(),
  revokedAt: z.date().nullable(),
  revokedReason: z.string().nullable(),
  replacedBy: z.string().nullable(),
});

const pdf = (name: string) => ({ 'content-type': 'application/pdf', 'content-disposition': `inline; filename*=UTF-8''${encodeURIComponent(name)}` });

export const documentRoutes = (deps: { store: Store } & DocumentsDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/dossiers/:code/documents',
      { schema: { tags: ['documents'], summary: 'Các phiếu (mẫu 01–07) và văn bản kết quả đã phát hành của hồ sơ; tạo phiếu còn thiếu', params: DossierCode, response: { 200: z.array(DocumentView), ...problemResponses } } },
      async (req) => listDocuments(ctxOf(deps.store, req), deps, req.params.code),
    );

    app.get(
      '/api/dossiers/:code/control-sheet.pdf',
      { schema: { tags: ['documents'], summary: 'Phiếu kiểm soát quá trình giải quyết hồ sơ (mẫu 05/06), tại thời điểm hiện tại', params: DossierCode } },
      async (req, reply) => reply.headers(pdf(`phieu-kiem-soat-${req.params.code}.pdf`)).send(await controlSheet(ctxOf(deps.store, req), deps, req.params.code)),
    );

    app.post(
      '/api/dossiers/:code/documents/:id/revoke',
      {
        schema: {
          tags: ['documents'],
          summary: 'Thu hồi (và có thể thay thế) văn bản kết quả đã ký; hiển thị khi xác thực công khai',
          params: DossierCode.extend({ id: z.uuid() }),
          body: z.object({ reason: z.string().trim().min(5, 'Cần nêu lý do thu hồi').max(2000), replace: z.boolean().default(false) }),
          response: { 200: z.array(DocumentView), ...problemResponses },
        },
      },
      async (req) => revokeResult(ctxOf(deps.store, req), deps, req.params.code, req.params.id, req.body),
    );

    app.get(
      '/api/agencies/:agency/tracking-book',
      {
        schema: {
          tags: ['documents'],
          summary: 'Sổ theo dõi hồ sơ (mẫu 06/07) của cơ quan trong một khoảng thời gian: PDF hoặc Excel',
          params: z.object({ agency: z.string().max(32) }),
          querystring: z.object({ from: LocalDate, to: LocalDate, format: z.enum(['pdf', 'xlsx']).default('pdf') }),
        },
      },
      async (req, reply) => {
        const { from, to, format } = req.query;
        const body = await trackingBook(ctxOf(deps.store, req), req.params.agency, { from, to }, format);
        const name = `so-theo-doi-${req.params.agency}-${from}-${to}.${format}`;
        if (format === 'pdf') return reply.headers(pdf(name)).send(body);
        return reply
          .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
          .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(name)}`)
          .send(body);
      },
    );

    app.get(
      '/api/procedures/:procedureCode/result-template',
      {
        schema: {
          tags: ['documents'],
          summary: 'Mẫu văn bản kết quả đang dùng của thủ tục (mẫu mặc định nếu chưa soạn) và các trường dùng được',
          params: z.object({ procedureCode: z.string().regex(/^\d\.\d{6}$/, 'Mã thủ tục phải có dạng 1.001193') }),
          response: {
            200: z.object({ title: z.string(), body: z.string(), isDefault: z.boolean(), updatedAt: z.date().nullable(), fields: z.array(z.object({ name: z.string(), label: z.string() })) }),
            ...problemResponses,
          },
        },
      },
      async (req) => getResultTemplate(ctxOf(deps.store, req), req.params.procedureCode),
    );

    app.put(
      '/api/procedures/:procedureCode/result-template',
      {
        schema: {
          tags: ['documents'],
          summary: 'Mẫu văn bản kết quả của thủ tục: tiêu đề và nội dung với các trường {{...}}',
          params: z.object({ procedureCode: z.string().regex(/^\d\.\d{6}$/, 'Mã thủ tục phải có dạng 1.001193') }),
          body: z.object({ title: z.string().trim().min(1).max(300), body: z.string().trim().min(1).max(20000) }),
          response: { 204: z.null(), ...problemResponses },
        },
      },
      async (req, reply) => {
        await putResultTemplate(ctxOf(deps.store, req), req.params.procedureCode, req.body);
        return reply.status(204).send(null);
      },
    );
  };

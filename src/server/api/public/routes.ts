import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DOSSIER_CODE_PATTERN } from '../../../domain/dossier';
import { AppError } from '../../errors';
import type { DocumentsDeps } from '../../services/dossier-documents';
import { publicDossier } from '../../services/public-lookup';
import { UPLOAD_LIMITS } from '../../services/upload-file';
import { verifyByCode, verifyUpload } from '../../services/verify-document';
import type { Store } from '../../storage/database';
import { problemResponses } from '../schemas';

const PublicDossier = z.object({
  code: z.string(),
  status: z.number().int(),
  statusName: z.string(),
  procedure: z.object({ code: z.string(), name: z.string() }),
  agency: z.string().nullable(),
  receivingAgency: z.string().nullable(),
  receivedAt: z.date().nullable(),
  dueAt: z.date().nullable(),
  finishedAt: z.date().nullable(),
  returnedAt: z.date().nullable(),
  late: z.boolean(),
});
const Signature = z.object({ certificateSubject: z.string(), certificateIssuer: z.string(), signedAt: z.date().nullable(), valid: z.boolean(), problems: z.array(z.string()) });
const Verification = z.object({
  status: z.enum(['valid', 'revoked', 'replaced', 'tampered', 'unknown']).describe('valid: xác thực; revoked: đã thu hồi; replaced: đã thay thế; tampered: không khớp; unknown: không có trong hệ thống'),
  authentic: z.boolean(),
  message: z.string(),
  verificationCode: z.string().optional(),
  document: z.object({ title: z.string(), issuedAt: z.date(), sha256: z.string() }).optional(),
  dossier: z.object({ code: z.string(), procedure: z.object({ code: z.string(), name: z.string() }), applicantInitials: z.string() }).optional(),
  issuer: z.object({ agencyCode: z.string(), agencyName: z.string() }).optional(),
  signature: Signature.extend({ signerName: z.string().nullable() }).nullable().optional(),
  signatures: z.array(Signature).optional(),
  revocation: z.object({ at: z.date(), reason: z.string().nullable() }).nullable().optional(),
  replacement: z.object({ verificationCode: z.string(), url: z.string() }).nullable().optional(),
});

/** Public, unauthenticated endpoints: dossier progress by code and document verification. */
export const publicRoutes = (deps: { store: Store } & DocumentsDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/public/dossiers/:code',
      {
        // Codes are sequential: a low per-address limit keeps guessing the check digits impractical.
        config: { rateLimit: { max: 30, timeWindow: '1 minute' } },
        schema: {
          tags: ['public'],
          summary: 'Tra cứu tiến độ hồ sơ: mã hồ sơ và 4 số cuối điện thoại hoặc số định danh của người nộp (hoặc mã t trong QR); sai thì 404 như mã không tồn tại',
          params: z.object({ code: z.string().regex(DOSSIER_CODE_PATTERN, 'Mã hồ sơ không đúng định dạng') }),
          querystring: z.object({ check: z.string().max(20).optional(), t: z.string().max(64).optional() }),
          response: { 200: PublicDossier, ...problemResponses },
        },
      },
      async (req) => publicDossier(deps.store, req.params.code, { check: req.query.check, token: req.query.t }),
    );

    app.get(
      '/api/public/verify/:code',
      { schema: { tags: ['public'], summary: 'Xác thực văn bản kết quả theo mã xác thực (QR)', params: z.object({ code: z.string().max(40) }), response: { 200: Verification, ...problemResponses } } },
      async (req) => verifyByCode(deps.store, deps.blobs, deps.publicUrl, req.params.code),
    );

    app.post(
      '/api/public/verify',
      { schema: { tags: ['public'], summary: 'Xác thực một tệp PDF tải lên: có đúng văn bản hệ thống đã phát hành không', consumes: ['multipart/form-data'], response: { 200: Verification, ...problemResponses, 413: problemResponses[400], 415: problemResponses[400] } } },
      async (req) => {
        if (!req.isMultipart()) throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'Cần gửi tệp PDF dạng multipart/form-data (trường "file").');
        const part = await req.file({ limits: { fileSize: UPLOAD_LIMITS.fileBytes, files: 1 } }).catch(() => undefined);
        if (!part) throw new AppError('VALIDATION', 'Thiếu tệp (trường "file").');
        const data = await part.toBuffer().catch((err: { code?: string }) => {
          if (err.code === 'FST_REQ_FILE_TOO_LARGE') throw new AppError('PAYLOAD_TOO_LARGE', `Tệp vượt quá ${UPLOAD_LIMITS.fileBytes / 1024 / 1024} MB.`);
          throw err;
        });
        if (data.length === 0) throw new AppError('VALIDATION', 'Tệp rỗng.');
        if (data.subarray(0, 5).toString('latin1') !== '%PDF-') throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'Chỉ xác thực được tệp PDF.');
        return verifyUpload(deps.store, deps.publicUrl, data);
      },
    );
  };

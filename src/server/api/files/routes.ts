import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { BlobNotFoundError, type BlobStore } from '../../documents/blob-store';
import { AppError, notFound } from '../../errors';
import { fileForDownload, fileText, UPLOAD_LIMITS, uploadFile } from '../../services/upload-file';
import type { Store } from '../../storage/database';
import { ctxOf } from '../context';
import { problemResponses } from '../schemas';

const FileMeta = z.object({ id: z.string(), sha256: z.string(), size: z.number(), mime: z.string(), name: z.string(), createdAt: z.date() });

export const fileRoutes = (deps: { store: Store; blobs: BlobStore }): FastifyPluginAsyncZod =>
  async (app) => {
    app.post(
      '/api/files',
      { schema: { tags: ['files'], summary: 'Tải lên giấy tờ (multipart, trường "file"); kiểm tra loại theo nội dung', consumes: ['multipart/form-data'], response: { 201: FileMeta, ...problemResponses, 413: problemResponses[400], 415: problemResponses[400] } } },
      async (req, reply) => {
        if (!req.isMultipart()) throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'Cần gửi tệp dạng multipart/form-data (trường "file").');
        let part;
        try {
          part = await req.file({ limits: { fileSize: UPLOAD_LIMITS.fileBytes, files: 1 } });
        } catch {
          throw new AppError('VALIDATION', 'Không đọc được tệp gửi lên.');
        }
        if (!part) throw new AppError('VALIDATION', 'Thiếu tệp (trường "file").');
        const data = await part.toBuffer().catch((err: { code?: string }) => {
          if (err.code === 'FST_REQ_FILE_TOO_LARGE') throw new AppError('PAYLOAD_TOO_LARGE', `Tệp vượt quá ${UPLOAD_LIMITS.fileBytes / 1024 / 1024} MB.`);
          throw err;
        });
        const f = await uploadFile(ctxOf(deps.store, req), deps.blobs, part.filename, data);
        return reply.status(201).send(f);
      },
    );

    app.get(
      '/api/files/:id',
      { schema: { tags: ['files'], summary: 'Tải xuống tệp', params: z.object({ id: z.uuid() }) } },
      async (req, reply) => {
        const f = await fileForDownload(ctxOf(deps.store, req), req.params.id);
        const bytes = await deps.blobs.get(f.sha256).catch((err: unknown) => {
          throw err instanceof BlobNotFoundError ? notFound('nội dung tệp') : err;
        });
        return reply
          .header('content-type', f.mime)
          .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(f.name)}`)
          .header('x-content-type-options', 'nosniff')
          .send(bytes);
      },
    );

    app.get(
      '/api/files/:id/text',
      {
        schema: {
          tags: ['files'],
          summary: 'Chữ nhận dạng (OCR) của bản quét và số CCCD tìm thấy trong đó',
          params: z.object({ id: z.uuid() }),
          response: { 200: z.object({ status: z.enum(['pending', 'done', 'skipped', 'failed']).nullable(), text: z.string().nullable(), confidence: z.number().nullable(), idNumbers: z.array(z.string()) }), ...problemResponses },
        },
      },
      async (req) => fileText(ctxOf(deps.store, req), req.params.id),
    );
  };

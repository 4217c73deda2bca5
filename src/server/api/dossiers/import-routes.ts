import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { importDossiers } from '../../services/import-dossiers';
import type { Store } from '../../storage/database';
import { ctxOf } from '../context';
import { problemResponses } from '../schemas';

/** At most this many records per request; larger migrations go through `npx motcua dossiers import` or several requests. */
export const MAX_IMPORT_RECORDS = 20_000;

const ImportResult = z.object({
  imported: z.number().int().describe('Hồ sơ đã ghi (mới hoặc cập nhật)'),
  skipped: z.number().int().describe('Hồ sơ đã nhập trước đó, không thay đổi'),
  errors: z.array(
    z.object({
      index: z.number().int().describe('Vị trí của hồ sơ trong mảng (từ 0)'),
      MaHoSo: z.string().nullable(),
      problems: z.array(z.object({ path: z.string(), message: z.string() })),
    }),
  ),
});

/** Import of past dossiers from a previous one-stop system (docs/dossier-import-format.md, docs/adr/0022). */
export const dossierImportRoutes = (deps: { store: Store }): FastifyPluginAsyncZod =>
  async (app) => {
    app.post(
      '/api/admin/dossiers/import',
      {
        bodyLimit: 100 * 1024 * 1024,
        schema: {
          tags: ['dossier-import'],
          summary: 'Nhập hồ sơ đã tiếp nhận trên hệ thống một cửa cũ (cấu trúc đồng bộ DVCQG kèm TienTrinh); nhập lại cùng MaHoSo thì cập nhật',
          body: z.object({ dossiers: z.array(z.unknown()).max(MAX_IMPORT_RECORDS, `Tối đa ${MAX_IMPORT_RECORDS} hồ sơ mỗi lần; tệp lớn hơn dùng lệnh npx motcua dossiers import`) }),
          response: { 200: ImportResult, ...problemResponses },
        },
      },
      async (req) => {
        const r = await importDossiers(ctxOf(deps.store, req), req.body.dossiers);
        return { imported: r.imported, skipped: r.skipped, errors: r.errors };
      },
    );
  };

import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { INSTANCE_STATUSES } from '../../../domain/plans';
import type { BlobStore } from '../../documents/blob-store';
import { evidenceFile } from '../../services/export-plan';
import { instanceDetail, overdueList, planBoard } from '../../services/plan-queries';
import { reportProgress } from '../../services/report-plan-progress';
import type { Store } from '../../storage/database';
import { ctxOf } from '../context';
import { problemResponses } from '../schemas';
import { Board, BoardItem, InstanceDetail } from './schemas';

const tags = ['plans'];
const InstanceId = z.object({ id: z.uuid() });

/** The officers' side of plans: boards per unit, the leader's overdue list, progress reports with evidence. */
export const planProgressRoutes = (deps: { store: Store; blobs: BlobStore }): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/plans/board',
      {
        schema: {
          tags,
          summary: 'Bảng theo dõi nhiệm vụ theo đơn vị: của đơn vị mình (lãnh đạo phòng, chuyên viên) hoặc mọi đơn vị (lãnh đạo cơ quan)',
          querystring: z.object({ unit: z.uuid().optional(), year: z.coerce.number().int().min(2000).max(2100).optional(), agency: z.string().max(32).optional() }),
          response: { 200: Board, ...problemResponses },
        },
      },
      async (req) => planBoard(ctxOf(deps.store, req), { unitId: req.query.unit, year: req.query.year, agencyCode: req.query.agency }),
    );

    app.get(
      '/api/plans/overdue',
      { schema: { tags, summary: 'Danh sách nhiệm vụ quá hạn cho lãnh đạo (quá hạn lâu nhất trước)', querystring: z.object({ agency: z.string().max(32).optional(), year: z.coerce.number().int().min(2000).max(2100).optional() }), response: { 200: z.array(BoardItem), ...problemResponses } } },
      async (req) => overdueList(ctxOf(deps.store, req), { agencyCode: req.query.agency, year: req.query.year }),
    );

    app.get(
      '/api/plans/instances/:id',
      { schema: { tags, summary: 'Một lần thực hiện nhiệm vụ với các báo cáo tiến độ và tài liệu minh chứng', params: InstanceId, response: { 200: InstanceDetail, ...problemResponses } } },
      async (req) => instanceDetail(ctxOf(deps.store, req), req.params.id),
    );

    app.post(
      '/api/plans/instances/:id/reports',
      {
        schema: {
          tags,
          summary: 'Đơn vị chủ trì báo cáo tiến độ: trạng thái, tỷ lệ hoàn thành, ghi chú, tài liệu minh chứng (tải lên trước qua /api/files)',
          params: InstanceId,
          body: z.object({
            version: z.number().int().min(1),
            status: z.enum(INSTANCE_STATUSES),
            percent: z.number().int().min(0).max(100),
            note: z.string().max(4000).default(''),
            fileIds: z.array(z.uuid()).max(20).default([]),
          }),
          response: { 200: InstanceDetail, ...problemResponses },
        },
      },
      async (req) => reportProgress(ctxOf(deps.store, req), req.params.id, req.body),
    );

    app.get(
      '/api/plans/evidence/:id',
      { schema: { tags, summary: 'Tải tài liệu minh chứng của báo cáo tiến độ', params: InstanceId } },
      async (req, reply) => {
        const { file, bytes } = await evidenceFile(ctxOf(deps.store, req), deps.blobs, req.params.id);
        return reply
          .header('content-type', file.mime)
          .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.name)}`)
          .header('x-content-type-options', 'nosniff')
          .send(bytes);
      },
    );
  };

import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { costDefaults } from '../../services/cost-defaults';
import { createReview } from '../../services/create-review';
import { exportReviewDocx, exportReviewXlsx, type Exported } from '../../services/export-review';
import { getReview, listReviewSummaries } from '../../services/review-view';
import { saveReview, transitionReview } from '../../services/save-review';
import type { Store } from '../../storage/database';
import { ctxOf } from '../context';
import { problemResponses } from '../schemas';
import { CostDefaults, CostDefaultsQuery, CreateReviewBody, Id, ProcedureCode, ReviewListQuery, ReviewSummaryRow, ReviewView, SaveReviewBody, TransitionBody } from './schemas';

const tags = ['review'];
export const sendFile = (reply: FastifyReply, f: Exported) => reply.header('content-type', f.type).header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(f.name)}`).send(f.body);

/** Reviews of catalogue procedures (rà soát, đánh giá TTHC) with compliance cost and simplification proposal (ADR 0025). */
export const reviewRoutes = (deps: { store: Store }): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/procedures/:code/cost-defaults',
      { schema: { tags, summary: 'Số liệu mặc định cho bảng tính chi phí tuân thủ: phí, lệ phí theo danh mục; số hồ sơ 12 tháng; thời gian giải quyết thực tế (trung vị)', params: ProcedureCode, querystring: CostDefaultsQuery, response: { 200: CostDefaults, ...problemResponses } } },
      async (req) => costDefaults(ctxOf(deps.store, req), req.params.code, req.query),
    );

    app.get(
      '/api/reviews',
      { schema: { tags, summary: 'Danh sách phiếu rà soát TTHC (lọc theo năm, trạng thái, thủ tục)', querystring: ReviewListQuery, response: { 200: z.object({ items: z.array(ReviewSummaryRow) }), ...problemResponses } } },
      async (req) => ({ items: await listReviewSummaries(ctxOf(deps.store, req), { year: req.query.year, status: req.query.status, procedureCode: req.query.procedure }) }),
    );

    app.post(
      '/api/reviews',
      { schema: { tags, summary: 'Lập phiếu rà soát một thủ tục trong danh mục; bảng chi phí điền sẵn từ danh mục và hồ sơ thực tế', body: CreateReviewBody, response: { 201: ReviewView, ...problemResponses } } },
      async (req, reply) => reply.status(201).send(await createReview(ctxOf(deps.store, req), req.body)),
    );

    app.get(
      '/api/reviews/:id',
      { schema: { tags, summary: 'Phiếu rà soát: tiêu chí, vướng mắc, phương án đơn giản hóa, chi phí tuân thủ hiện tại và sau đơn giản hóa', params: Id, response: { 200: ReviewView, ...problemResponses } } },
      async (req) => getReview(ctxOf(deps.store, req), req.params.id),
    );

    app.put(
      '/api/reviews/:id',
      { schema: { tags, summary: 'Lưu phiếu rà soát đang dự thảo (theo phiên bản đang xem)', params: Id, body: SaveReviewBody, response: { 200: ReviewView, ...problemResponses } } },
      async (req) => saveReview(ctxOf(deps.store, req), req.params.id, req.body),
    );

    app.post(
      '/api/reviews/:id/transitions',
      { schema: { tags, summary: 'Trình, phê duyệt hoặc trả lại phiếu rà soát', params: Id, body: TransitionBody, response: { 200: ReviewView, ...problemResponses } } },
      async (req) => transitionReview(ctxOf(deps.store, req), req.params.id, req.body),
    );

    app.get(
      '/api/reviews/:id/report.docx',
      { schema: { tags, summary: 'Báo cáo kết quả rà soát, đánh giá TTHC (.docx, thể thức văn bản hành chính)', params: Id } },
      async (req, reply) => sendFile(reply, await exportReviewDocx(ctxOf(deps.store, req), req.params.id, 'report')),
    );

    app.get(
      '/api/reviews/:id/proposal.docx',
      { schema: { tags, summary: 'Phương án đơn giản hóa TTHC (.docx)', params: Id } },
      async (req, reply) => sendFile(reply, await exportReviewDocx(ctxOf(deps.store, req), req.params.id, 'proposal')),
    );

    app.get(
      '/api/reviews/:id/costs.xlsx',
      { schema: { tags, summary: 'Bảng tính chi phí tuân thủ (.xlsx, có công thức)', params: Id } },
      async (req, reply) => sendFile(reply, await exportReviewXlsx(ctxOf(deps.store, req), req.params.id)),
    );
  };

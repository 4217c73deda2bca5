import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DOSSIER_CODE_PATTERN } from '../../../domain/dossier';
import { adjustObligation } from '../../services/adjust-obligation';
import { listDossierObligations } from '../../services/list-dossier-obligations';
import type { PaymentsDeps } from '../../services/payment-deps';
import { receiptPdf } from '../../services/payment-receipts';
import { recordCounterPayment } from '../../services/record-counter-payment';
import { refundPayment } from '../../services/refund-payment';
import type { Store } from '../../storage/database';
import { ctxOf } from '../context';
import { problemResponses } from '../schemas';
import { AdjustInput, CounterPaymentInput, DossierObligations, ObligationId, PaymentId } from './schemas';

const tags = ['payments'];
const DossierCode = z.object({ code: z.string().regex(DOSSIER_CODE_PATTERN, 'Mã hồ sơ không đúng định dạng') });

/** Officers: a dossier's financial obligations, counter payments with e-receipts, adjustments, refunds. */
export const paymentOfficerRoutes = (deps: { store: Store } & PaymentsDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const view = (req: Parameters<typeof ctxOf>[1], code: string) => listDossierObligations(ctxOf(deps.store, req), deps.providers, code);

    app.get(
      '/api/dossiers/:code/obligations',
      { schema: { tags, summary: 'Nghĩa vụ tài chính của hồ sơ: số tiền, các khoản thu, biên lai, thao tác được phép', params: DossierCode, response: { 200: DossierObligations, ...problemResponses } } },
      async (req) => view(req, req.params.code),
    );

    app.post(
      '/api/obligations/:id/payments',
      {
        schema: {
          tags,
          summary: 'Ghi nhận khoản thu tại quầy (tiền mặt, thẻ, chuyển khoản) đúng số tiền nghĩa vụ; phát hành biên lai điện tử. Header Idempotency-Key bắt buộc',
          params: ObligationId,
          headers: z.looseObject({ 'idempotency-key': z.string().min(1, 'Cần header Idempotency-Key').max(200) }),
          body: CounterPaymentInput,
          response: { 201: z.object({ paymentId: z.string(), obligations: DossierObligations }), ...problemResponses },
        },
      },
      async (req, reply) => {
        const ctx = ctxOf(deps.store, req);
        const r = await recordCounterPayment(ctx, deps, req.params.id, req.body, req.headers['idempotency-key']);
        return reply.status(201).header('idempotent-replayed', r.replay ? 'true' : 'false').send({ paymentId: r.paymentId, obligations: await view(req, r.code) });
      },
    );

    app.post(
      '/api/obligations/:id/adjust',
      { schema: { tags, summary: 'Điều chỉnh số lượng (bản, trang) hoặc ghi nhận diện miễn, giảm kèm giấy tờ chứng minh; tính lại số tiền', params: ObligationId, body: AdjustInput, response: { 204: z.null(), ...problemResponses } } },
      async (req, reply) => {
        await adjustObligation(ctxOf(deps.store, req), req.params.id, req.body);
        return reply.status(204).send(null);
      },
    );

    app.post(
      '/api/payments/:id/refund',
      { schema: { tags, summary: 'Hoàn trả khoản đã thu (hồ sơ bị từ chối, rút, dừng theo biểu phí; hoặc khoản thu thừa)', params: PaymentId, body: z.object({ reason: z.string().trim().min(5, 'Cần nêu lý do hoàn trả').max(1000) }), response: { 204: z.null(), ...problemResponses } } },
      async (req, reply) => {
        await refundPayment(ctxOf(deps.store, req), deps, req.params.id, { reason: req.body.reason, ipAddr: req.ip });
        return reply.status(204).send(null);
      },
    );

    app.get(
      '/api/payments/:id/receipt.pdf',
      { schema: { tags, summary: 'Biên lai điện tử (PDF ký số) của khoản đã thu: cán bộ, công dân chủ hồ sơ hoặc người có mã tra cứu t', params: PaymentId, querystring: z.object({ t: z.string().max(64).optional() }) } },
      async (req, reply) => {
        const { pdf, name } = await receiptPdf(ctxOf(deps.store, req), deps, req.params.id, req.query.t);
        return reply.header('content-type', 'application/pdf').header('content-disposition', `inline; filename*=UTF-8''${encodeURIComponent(name)}`).send(pdf);
      },
    );
  };

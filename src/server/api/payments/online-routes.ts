import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { OBLIGATION_STATUSES, ONLINE_METHODS } from '../../../domain/payments';
import { applicantDossierObligations, applicantObligationView, paymentReturn } from '../../services/applicant-payments';
import { DOSSIER_CODE_PATTERN } from '../../../domain/dossier';
import type { PaymentsDeps } from '../../services/payment-deps';
import { handleIpn } from '../../services/payment-notifications';
import { startOnlinePayment } from '../../services/start-online-payment';
import type { Store } from '../../storage/database';
import { ctxOf } from '../context';
import { problemResponses } from '../schemas';
import { ApplicantObligation, ObligationId, ProviderQuery, providerParams, ReturnResult, Started, StartInput } from './schemas';

const tags = ['payments'];
const Provider = z.object({ provider: z.enum(ONLINE_METHODS) });

/**
 * The applicant's side of online payment (citizen session or the lookup token t) and the provider's
 * side: the IPN (server to server, answered with the provider's own codes) and the return page's data.
 */
export const paymentOnlineRoutes = (deps: { store: Store } & PaymentsDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/public/obligations/:id',
      {
        config: { rateLimit: { max: 60, timeWindow: '1 minute' } },
        schema: { tags, summary: 'Nghĩa vụ tài chính cho người nộp (tài khoản công dân chủ hồ sơ hoặc mã tra cứu t); sai thì 404', params: ObligationId, querystring: z.object({ t: z.string().max(64).optional() }), response: { 200: ApplicantObligation, ...problemResponses } },
      },
      async (req) => applicantObligationView(ctxOf(deps.store, req), deps.providers, req.params.id, req.query.t),
    );

    app.get(
      '/api/public/dossiers/:code/obligations',
      {
        config: { rateLimit: { max: 30, timeWindow: '1 minute' } },
        schema: {
          tags,
          summary: 'Các nghĩa vụ tài chính của hồ sơ cho người nộp (tài khoản công dân chủ hồ sơ hoặc mã tra cứu t), để mở trang thanh toán',
          params: z.object({ code: z.string().regex(DOSSIER_CODE_PATTERN, 'Mã hồ sơ không đúng định dạng') }),
          querystring: z.object({ t: z.string().max(64).optional() }),
          response: { 200: z.array(z.object({ id: z.string(), status: z.enum(OBLIGATION_STATUSES), amount: z.number().int(), dueAt: z.date().nullable(), overdue: z.boolean(), payable: z.boolean() })), ...problemResponses },
        },
      },
      async (req) => applicantDossierObligations(ctxOf(deps.store, req), req.params.code, req.query.t),
    );

    app.post(
      '/api/payments/:id/start',
      {
        config: { rateLimit: { max: 20, timeWindow: '1 minute' } },
        schema: { tags, summary: 'Bắt đầu thanh toán trực tuyến nghĩa vụ tài chính (id): trả về địa chỉ cổng thanh toán để chuyển hướng', params: ObligationId, body: StartInput, response: { 200: Started, ...problemResponses } },
      },
      async (req) => startOnlinePayment(ctxOf(deps.store, req), deps, req.params.id, { method: req.body.method, token: req.body.t, ipAddr: req.ip, locale: req.body.locale }),
    );

    app.get(
      '/api/payments/:provider/ipn',
      {
        schema: {
          tags,
          summary: 'IPN: thông báo kết quả thanh toán từ cổng (GET, tham số ký HMAC-SHA512). Trả lời RspCode 00/01/02/04/97/99 theo tài liệu VNPAY',
          params: Provider,
          querystring: ProviderQuery,
          response: { 200: z.record(z.string(), z.string()) },
          security: [],
        },
      },
      async (req, reply) => {
        const r = await handleIpn(deps.store, deps.providers, req.params.provider, providerParams(req.query), req.log);
        return reply.status(r.status).send(r.body);
      },
    );

    app.get(
      '/api/payments/:provider/return',
      {
        // A pending payment makes the server ask the provider: bounded per address.
        config: { rateLimit: { max: 30, timeWindow: '1 minute' } },
        schema: { tags, summary: 'Kết quả cho trang trở về sau cổng thanh toán: kiểm tra chữ ký, đọc trạng thái đã ghi nhận (hỏi cổng nếu chưa có IPN)', params: Provider, querystring: ProviderQuery, response: { 200: ReturnResult, ...problemResponses }, security: [] },
      },
      async (req) => paymentReturn(ctxOf(deps.store, req), deps.providers, req.params.provider, providerParams(req.query)),
    );
  };

import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { PAKN_PAYLOADS, PaknSubmission } from '../../../domain/pakn';
import { followPakn, myPakn, publicAnswer, publicAnswers, rateAsSender, supplementAsSender } from '../../services/pakn-sender';
import { submitPaknOnline } from '../../services/record-pakn';
import type { Store } from '../../storage/database';
import { ctxOf } from '../context';
import { problemResponses } from '../schemas';
import { Created, MyItems, PaknCodeParam, PublicAnswer, PublicPage, PublicQuery, SecretBody, SenderView } from './schemas';

const tags = ['pakn'];
const limited = { rateLimit: { max: 30, timeWindow: '1 minute' } };

/**
 * The portal: sending feedback (with or without an account), following it with the code and secret,
 * supplementing and rating, and the published answers (searchable without diacritics).
 */
export const paknPublicRoutes = (deps: { store: Store }): FastifyPluginAsyncZod =>
  async (app) => {
    app.post(
      '/api/public/pakn',
      {
        config: { rateLimit: { max: 30, timeWindow: '1 minute' } },
        schema: {
          tags,
          security: [],
          summary: 'Gửi phản ánh, kiến nghị trên Cổng (có hoặc không đăng nhập); thiếu nội dung, họ tên, địa chỉ, điện thoại (Điều 7 NĐ 20/2008) → 422',
          body: PaknSubmission,
          response: { 201: Created, ...problemResponses },
        },
      },
      async (req, reply) => reply.status(201).send(await submitPaknOnline(ctxOf(deps.store, req), req.body)),
    );

    app.get(
      '/api/public/pakn',
      { schema: { tags, security: [], summary: 'Kết quả trả lời phản ánh, kiến nghị đã công khai (tìm không dấu)', querystring: PublicQuery, response: { 200: PublicPage, ...problemResponses } } },
      async (req) => publicAnswers(ctxOf(deps.store, req), req.query),
    );

    app.get(
      '/api/public/pakn/:code',
      { schema: { tags, security: [], summary: 'Một kết quả trả lời đã công khai', params: PaknCodeParam, response: { 200: PublicAnswer, ...problemResponses } } },
      async (req) => publicAnswer(ctxOf(deps.store, req), req.params.code),
    );

    app.post(
      '/api/public/pakn/:code/follow',
      { config: limited, schema: { tags, security: [], summary: 'Người gửi theo dõi phản ánh bằng mã số và mã bí mật (hoặc tài khoản đã gửi)', params: PaknCodeParam, body: SecretBody, response: { 200: SenderView, ...problemResponses } } },
      async (req) => followPakn(ctxOf(deps.store, req), req.params.code, req.body.secret),
    );

    app.post(
      '/api/public/pakn/:code/supplement',
      { config: limited, schema: { tags, security: [], summary: 'Người gửi bổ sung thông tin theo đề nghị của cơ quan', params: PaknCodeParam, body: SecretBody.extend(PAKN_PAYLOADS.supplement.shape), response: { 200: SenderView, ...problemResponses } } },
      async (req) => supplementAsSender(ctxOf(deps.store, req), req.params.code, req.body.secret, { text: req.body.text }),
    );

    app.post(
      '/api/public/pakn/:code/rating',
      { config: limited, schema: { tags, security: [], summary: 'Người gửi đánh giá mức độ hài lòng với kết quả trả lời (QĐ 766 chỉ số 5.3)', params: PaknCodeParam, body: SecretBody.extend(PAKN_PAYLOADS.rate.shape), response: { 200: SenderView, ...problemResponses } } },
      async (req) => rateAsSender(ctxOf(deps.store, req), req.params.code, req.body.secret, { rating: req.body.rating, ...(req.body.comment ? { comment: req.body.comment } : {}) }),
    );

    app.get(
      '/api/citizen/pakn',
      { schema: { tags, security: [{ citizenSession: [] }], summary: 'Phản ánh, kiến nghị của tài khoản công dân đang đăng nhập', response: { 200: MyItems, ...problemResponses } } },
      async (req) => myPakn(ctxOf(deps.store, req)),
    );
  };

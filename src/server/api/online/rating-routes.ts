import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { RatingInput } from '../../../domain/feedback';
import { rateAtCounter, rateByToken, ratingAtCounter, ratingByToken } from '../../services/rate-dossier';
import type { Store } from '../../storage/database';
import { ctxOf } from '../context';
import { problemResponses } from '../schemas';
import { DossierCode, Rating, RatingSummary } from './schemas';

const tags = ['online'];
const Token = z.object({ t: z.string().max(64).optional() });
// Codes are sequential: like the public lookup, a low per-address limit keeps token guessing impractical.
const limited = { rateLimit: { max: 30, timeWindow: '1 minute' } };

/** Ratings without the portal account: the notice's link (lookup token) and the counter tablet (reception officer). */
export const ratingRoutes = (deps: { store: Store }): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/public/dossiers/:code/rating',
      { config: limited, schema: { tags, summary: 'Phiếu đánh giá qua đường dẫn trong thông báo (mã t); sai mã thì 404', params: DossierCode, querystring: Token, response: { 200: RatingSummary, ...problemResponses } } },
      async (req) => ratingByToken(deps.store, req.params.code, req.query.t),
    );

    app.put(
      '/api/public/dossiers/:code/rating',
      { config: limited, schema: { tags, summary: 'Gửi hoặc sửa (trong 7 ngày) đánh giá qua đường dẫn trong thông báo', params: DossierCode, querystring: Token, body: RatingInput, response: { 200: Rating, ...problemResponses } } },
      async (req) => rateByToken(deps.store, req.params.code, req.query.t, req.body),
    );

    app.get(
      '/api/counter/ratings/:code',
      { schema: { tags, summary: 'Máy tính bảng tại quầy: cán bộ một cửa mở phiếu đánh giá của hồ sơ đã trả kết quả', params: DossierCode, response: { 200: RatingSummary, ...problemResponses } } },
      async (req) => ratingAtCounter(ctxOf(deps.store, req), req.params.code),
    );

    app.put(
      '/api/counter/ratings/:code',
      { schema: { tags, summary: 'Ghi nhận đánh giá của người nộp tại quầy', params: DossierCode, body: RatingInput, response: { 200: Rating, ...problemResponses } } },
      async (req) => rateAtCounter(ctxOf(deps.store, req), req.params.code, req.body),
    );
  };

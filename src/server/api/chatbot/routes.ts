import { createHmac, timingSafeEqual } from 'node:crypto';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError, invalid, notFound } from '../../errors';
import { chatbotReply } from '../../services/chatbot-lookup';
import type { Store } from '../../storage/database';
import { problemResponses } from '../schemas';

const Message = z.object({
  sender: z.string().trim().min(1).max(200).describe('Mã người dùng trên nền tảng chat (dùng để giới hạn tần suất)'),
  text: z.string().max(2000).describe('Tin nhắn của người dân'),
});

/** `sha256=<hex>` of the raw body under the shared secret, compared in constant time. */
export function signatureMatches(secret: string, body: Buffer, header: unknown): boolean {
  if (typeof header !== 'string' || !header.startsWith('sha256=')) return false;
  const given = Buffer.from(header.slice('sha256='.length), 'hex');
  const expected = createHmac('sha256', secret).update(body).digest();
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/**
 * The chat-bot webhook (docs/chatbot.md): a bot platform forwards a citizen's message, signed with
 * HMAC-SHA256 of the raw body; the answer is the dossier's status in one Vietnamese sentence. Off
 * (404) until MOTCUA_CHATBOT_SECRET is set. JSON is parsed here from the raw bytes, after the
 * signature was checked over exactly those bytes.
 */
export const chatbotRoutes = (deps: { store: Store; secret: string | undefined }): FastifyPluginAsyncZod =>
  async (app) => {
    // Encapsulated: only this plugin's routes see JSON as raw bytes.
    app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (_req, body, done) => done(null, body));

    app.post(
      '/api/chatbot/webhook',
      {
        bodyLimit: 16 * 1024,
        // Per person on the platform (the platform itself calls from few addresses); counted once
        // the message is authentic.
        config: { rateLimit: { max: 20, timeWindow: '1 minute', hook: 'preHandler', keyGenerator: (req) => `chatbot:${(req.body as { sender?: string }).sender ?? ''}` } },
        onRequest: async (req) => {
          if (!deps.secret) throw notFound(`đường dẫn ${req.method} /api/chatbot/webhook (chưa bật: đặt MOTCUA_CHATBOT_SECRET)`);
        },
        preValidation: async (req) => {
          const raw = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
          if (!signatureMatches(deps.secret!, raw, req.headers['x-motcua-signature'])) {
            throw new AppError('UNAUTHENTICATED', 'Chữ ký x-motcua-signature không hợp lệ.');
          }
          try {
            req.body = JSON.parse(raw.toString('utf8')) as z.infer<typeof Message>;
          } catch {
            throw invalid('Nội dung yêu cầu không phải JSON hợp lệ.');
          }
        },
        schema: {
          tags: ['chatbot'],
          summary: 'Webhook chat-bot (Zalo OA…): tra cứu hồ sơ theo mã và 4 số kiểm tra; ký HMAC-SHA256 nội dung trong header x-motcua-signature',
          security: [],
          headers: z.looseObject({ 'x-motcua-signature': z.string().regex(/^sha256=[0-9a-fA-F]{64}$/).optional().describe('sha256=<hex HMAC-SHA256 của nội dung, khóa MOTCUA_CHATBOT_SECRET>') }),
          body: Message,
          response: { 200: z.object({ reply: z.string() }), ...problemResponses },
        },
      },
      async (req) => ({ reply: await chatbotReply(deps.store, req.body.text) }),
    );
  };

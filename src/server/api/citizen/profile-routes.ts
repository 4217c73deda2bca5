import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { CITIZEN_COOKIE } from '../../services/citizen-session';
import { changeCitizenPassword, citizenProfile, confirmContactChange, requestContactChange, updateCitizenProfile } from '../../services/update-citizen-profile';
import type { Store } from '../../storage/database';
import { ctxOf } from '../context';
import { problemResponses } from '../schemas';
import { Channel, CitizenMe, Code, Password, SentCode } from './schemas';

/** The logged-in citizen's own account: read, change name and address, phone/e-mail by code, password. */
export const citizenProfileRoutes = (deps: { store: Store }): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['citizen'];

    app.get('/api/citizen/me', { schema: { tags, summary: 'Tài khoản công dân đang đăng nhập', response: { 200: CitizenMe, ...problemResponses } } }, async (req) =>
      citizenProfile(ctxOf(deps.store, req)),
    );

    app.patch(
      '/api/citizen/me',
      {
        schema: {
          tags,
          summary: 'Sửa họ tên, địa chỉ (số định danh không đổi; điện thoại, thư điện tử đổi bằng mã xác thực)',
          body: z.object({ fullName: z.string().max(300).optional(), address: z.string().max(500).nullish() }),
          response: { 200: CitizenMe, ...problemResponses },
        },
      },
      async (req) => updateCitizenProfile(ctxOf(deps.store, req), req.body),
    );

    app.post(
      '/api/citizen/me/contact',
      {
        config: { rateLimit: { max: 10, timeWindow: '1 minute' } },
        schema: {
          tags,
          summary: 'Đổi số điện thoại (sms) hoặc thư điện tử (email): gửi mã xác thực tới địa chỉ mới',
          body: z.object({ channel: Channel, value: z.string().trim().min(1).max(254) }),
          response: { 202: SentCode, ...problemResponses },
        },
      },
      async (req, reply) => reply.status(202).send(await requestContactChange(ctxOf(deps.store, req), req.body)),
    );

    app.post(
      '/api/citizen/me/contact/confirm',
      {
        config: { rateLimit: { max: 20, timeWindow: '1 minute' } },
        schema: { tags, summary: 'Xác nhận địa chỉ mới bằng mã', body: z.object({ code: Code }), response: { 200: CitizenMe, ...problemResponses } },
      },
      async (req) => confirmContactChange(ctxOf(deps.store, req), req.body),
    );

    app.post(
      '/api/citizen/me/password',
      {
        config: { rateLimit: { max: 10, timeWindow: '1 minute' } },
        schema: {
          tags,
          summary: 'Đổi mật khẩu (tài khoản mở bằng định danh điện tử: đặt mật khẩu); các phiên khác kết thúc',
          body: z.object({ currentPassword: z.string().max(257).optional(), newPassword: Password }),
          response: { 204: z.null(), ...problemResponses },
        },
      },
      async (req, reply) => {
        await changeCitizenPassword(ctxOf(deps.store, req), req.body, req.cookies[CITIZEN_COOKIE]);
        return reply.status(204).send(null);
      },
    );
  };

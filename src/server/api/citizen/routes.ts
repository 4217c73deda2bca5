import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { CITIZEN_KINDS } from '../../../domain/citizen';
import { activateCitizen, resendActivationCode, signUpCitizen } from '../../services/sign-up-citizen';
import { loginCitizen, logoutCitizen } from '../../services/citizen-login';
import { CITIZEN_COOKIE } from '../../services/citizen-session';
import { requestRecovery, resetPassword } from '../../services/recover-citizen-password';
import type { Store } from '../../storage/database';
import { ctxOf } from '../context';
import { problemResponses } from '../schemas';
import { Accepted, AccountName, Channel, CitizenMe, Code, Password, SentCode, setCitizenCookie } from './schemas';

const perMinute = (max: number) => ({ rateLimit: { max, timeWindow: '1 minute' } });
const NEUTRAL = 'Nếu thông tin khớp với một tài khoản, mã xác thực đã được gửi tới số điện thoại hoặc thư điện tử đã đăng ký. Mã có hiệu lực 10 phút.';

/**
 * Citizen and organisation accounts of the portal: sign-up with a one-time code, activation, password
 * login, logout and password recovery. Sessions use their own cookie (`motcua_citizen`); they never
 * authenticate officer endpoints, nor officer sessions these.
 */
export const citizenRoutes = (deps: { store: Store; secureCookies: boolean; eidName: string | null }): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['citizen'];

    app.get(
      '/api/citizen/auth-options',
      {
        schema: {
          tags,
          summary: 'Các cách đăng nhập của cổng (mật khẩu; định danh điện tử khi được cấu hình)',
          response: { 200: z.object({ password: z.literal(true), eid: z.object({ name: z.string(), startUrl: z.string() }).nullable() }) },
        },
      },
      async () => ({ password: true as const, eid: deps.eidName ? { name: deps.eidName, startUrl: '/api/citizen/oidc/start' } : null }),
    );

    app.post(
      '/api/citizen/signup',
      {
        config: perMinute(10),
        schema: {
          tags,
          summary: 'Đăng ký tài khoản (cá nhân bằng CCCD, tổ chức bằng mã số thuế); gửi mã xác thực',
          body: z.object({
            kind: z.enum(CITIZEN_KINDS),
            idNumber: z.string().trim().min(1).max(20),
            fullName: z.string().max(300),
            phone: z.string().max(30).nullish(),
            email: z.string().max(254).nullish(),
            address: z.string().max(500).nullish(),
            password: Password,
            channel: Channel.optional(),
          }),
          response: { 202: SentCode.extend({ account: z.string() }), ...problemResponses },
        },
      },
      async (req, reply) => reply.status(202).send(await signUpCitizen(ctxOf(deps.store, req), req.body)),
    );

    app.post(
      '/api/citizen/activate',
      {
        config: perMinute(20),
        schema: {
          tags,
          summary: 'Kích hoạt tài khoản bằng mã xác thực (tài khoản tạo tại bộ phận một cửa: kèm mật khẩu mới); mở phiên',
          body: z.object({ account: AccountName, code: Code, password: Password.optional() }),
          response: { 200: CitizenMe, ...problemResponses },
        },
      },
      async (req, reply) => {
        const r = await activateCitizen(ctxOf(deps.store, req), req.body);
        setCitizenCookie(reply, r.session, deps.secureCookies);
        return r.view;
      },
    );

    app.post(
      '/api/citizen/activation-code',
      {
        config: perMinute(10),
        schema: {
          tags,
          summary: 'Gửi lại mã kích hoạt cho tài khoản chưa kích hoạt (luôn trả 202)',
          body: z.object({ account: AccountName }),
          response: { 202: Accepted, ...problemResponses },
        },
      },
      async (req, reply) => {
        await resendActivationCode(ctxOf(deps.store, req), req.body);
        return reply.status(202).send({ message: NEUTRAL });
      },
    );

    app.post(
      '/api/citizen/login',
      {
        config: perMinute(20),
        schema: {
          tags,
          summary: 'Đăng nhập bằng số CCCD/mã số thuế, số điện thoại hoặc thư điện tử và mật khẩu',
          body: z.object({ account: AccountName, password: z.string().min(1).max(257) }),
          response: { 200: CitizenMe, ...problemResponses },
        },
      },
      async (req, reply) => {
        const r = await loginCitizen(ctxOf(deps.store, req), req.body);
        setCitizenCookie(reply, r.session, deps.secureCookies);
        return r.view;
      },
    );

    app.post('/api/citizen/logout', { schema: { tags, summary: 'Đăng xuất tài khoản công dân', response: { 204: z.null() } } }, async (req, reply) => {
      await logoutCitizen(ctxOf(deps.store, req), req.cookies[CITIZEN_COOKIE]);
      reply.clearCookie(CITIZEN_COOKIE, { path: '/' });
      return reply.status(204).send(null);
    });

    app.post(
      '/api/citizen/recovery',
      {
        config: perMinute(10),
        schema: {
          tags,
          summary: 'Quên mật khẩu: gửi mã khôi phục (luôn trả 202, không cho biết tài khoản có tồn tại hay không)',
          body: z.object({ account: AccountName }),
          response: { 202: Accepted, ...problemResponses },
        },
      },
      async (req, reply) => {
        await requestRecovery(ctxOf(deps.store, req), req.body);
        return reply.status(202).send({ message: NEUTRAL });
      },
    );

    app.post(
      '/api/citizen/recovery/reset',
      {
        config: perMinute(20),
        schema: {
          tags,
          summary: 'Đặt mật khẩu mới bằng mã khôi phục; kết thúc các phiên khác và mở phiên mới',
          body: z.object({ account: AccountName, code: Code, password: Password }),
          response: { 200: CitizenMe, ...problemResponses },
        },
      },
      async (req, reply) => {
        const r = await resetPassword(ctxOf(deps.store, req), req.body);
        setCitizenCookie(reply, r.session, deps.secureCookies);
        return r.view;
      },
    );
  };

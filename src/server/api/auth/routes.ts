import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ROLES } from '../../../domain/access';
import { SESSION_COOKIE, loadActor } from '../../services/authenticate';
import { authorize, requireActor } from '../../services/authorize';
import { createApiToken } from '../../services/create-api-token';
import { login, logout } from '../../services/login';
import type { Store } from '../../storage/database';
import type { Actor } from '../../services/context';
import { whoami } from '../../services/whoami';
import { ctxOf } from '../context';
import { problemResponses } from '../schemas';

const Me = z.object({
  username: z.string(),
  fullName: z.string(),
  via: z.enum(['session', 'token', 'cli']),
  home: z.enum(['portal', 'workspace', 'admin']),
  roles: z.array(
    z.object({ role: z.enum(ROLES), agencyCode: z.string().nullable(), unitCode: z.string().nullable() }),
  ),
});

export const authRoutes = (deps: { store: Store; sessionTtlHours: number; secureCookies: boolean }): FastifyPluginAsyncZod =>
  async (app) => {
    const me = (actor: Actor) => whoami(deps.store, actor);

    app.post(
      '/api/auth/login',
      {
        config: { rateLimit: { max: 20, timeWindow: '1 minute' } },
        schema: {
          tags: ['auth'],
          summary: 'Đăng nhập cán bộ (mở phiên, đặt cookie motcua_session)',
          body: z.object({ username: z.string().min(1).max(64), password: z.string().min(1).max(256) }),
          response: { 200: Me, ...problemResponses },
        },
      },
      async (req, reply) => {
        const ctx = ctxOf(deps.store, req);
        const s = await login(
          ctx,
          { ...req.body, ip: req.ip, userAgent: req.headers['user-agent'] ?? null },
          deps.sessionTtlHours,
        );
        reply.setCookie(SESSION_COOKIE, s.sessionToken, {
          path: '/',
          httpOnly: true,
          sameSite: 'lax',
          secure: deps.secureCookies,
          expires: s.expiresAt,
        });
        const actor = await loadActor(deps.store, s.userId, 'session');
        return me(actor!);
      },
    );

    app.post(
      '/api/auth/logout',
      { schema: { tags: ['auth'], summary: 'Đăng xuất', response: { 204: z.null() } } },
      async (req, reply) => {
        await logout(ctxOf(deps.store, req), req.cookies[SESSION_COOKIE]);
        reply.clearCookie(SESSION_COOKIE, { path: '/' });
        return reply.status(204).send(null);
      },
    );

    app.get(
      '/api/auth/me',
      { schema: { tags: ['auth'], summary: 'Người dùng hiện tại', response: { 200: Me, ...problemResponses } } },
      async (req) => {
        const actor = requireActor(ctxOf(deps.store, req));
        return me(actor);
      },
    );

    app.post(
      '/api/auth/tokens',
      {
        schema: {
          tags: ['auth'],
          summary: 'Tạo mã truy cập API (Bearer) cho chính mình; mã chỉ hiện một lần',
          body: z.object({ name: z.string().min(1).max(100) }),
          response: { 201: z.object({ id: z.string(), token: z.string() }), ...problemResponses },
        },
      },
      async (req, reply) => {
        const ctx = ctxOf(deps.store, req);
        const actor = authorize(ctx, 'token.create.own');
        const t = await createApiToken(ctx, { username: actor.username, name: req.body.name });
        return reply.status(201).send(t);
      },
    );
  };

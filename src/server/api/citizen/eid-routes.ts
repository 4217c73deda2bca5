import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../errors';
import { EID_REQUEST_MINUTES, type EidFailure, type EidLogin } from '../../services/citizen-eid';
import { loginWithEid } from '../../services/login-with-eid';
import type { Store } from '../../storage/database';
import { ctxOf } from '../context';
import { setCitizenCookie } from './schemas';

/** Holds the state of an e-ID login under way (the PKCE verifier and nonce stay in the database). */
export const EID_COOKIE = 'motcua_oidc';
const EID_PATH = '/api/citizen/oidc';

/** Back to the portal's login page, which explains the reason in Vietnamese. */
const failed = (reason: EidFailure, returnTo: string) =>
  `/tai-khoan/dang-nhap?loi=eid_${reason}${returnTo !== '/' ? `&next=${encodeURIComponent(returnTo)}` : ''}`;

/**
 * e-ID federation (VNeID and other OpenID Connect providers, docs/oidc.md): `start` redirects to the
 * provider, `callback` finishes the login and redirects to the portal page the citizen came from.
 * Without MOTCUA_OIDC_ISSUER both answer 404.
 */
export const citizenEidRoutes = (deps: { store: Store; secureCookies: boolean; eid: EidLogin | null; redirectBase: string | undefined }): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['citizen'];
    const redirectUri = (req: FastifyRequest) => `${(deps.redirectBase ?? `${req.protocol}://${req.host}`).replace(/\/+$/, '')}${EID_PATH}/callback`;
    const configured = (): EidLogin => {
      if (!deps.eid) throw new AppError('NOT_FOUND', 'Đăng nhập bằng định danh điện tử chưa được cấu hình trên hệ thống này.');
      return deps.eid;
    };

    app.get(
      `${EID_PATH}/start`,
      {
        config: { rateLimit: { max: 30, timeWindow: '1 minute' } },
        schema: {
          tags,
          summary: 'Đăng nhập bằng định danh điện tử: chuyển hướng (302) tới nhà cung cấp định danh (OpenID Connect, PKCE)',
          querystring: z.object({ next: z.string().max(500).optional().describe('Trang của cổng quay về sau khi đăng nhập') }),
        },
      },
      async (req, reply) => {
        const eid = configured();
        let started: { url: string; state: string };
        try {
          started = await eid.start(req.query.next, redirectUri(req));
        } catch (err) {
          req.log.error({ err }, 'e-ID provider unavailable');
          return reply.redirect(failed('unavailable', '/'), 302);
        }
        reply.setCookie(EID_COOKIE, started.state, { path: EID_PATH, httpOnly: true, sameSite: 'lax', secure: deps.secureCookies, maxAge: EID_REQUEST_MINUTES * 60 });
        return reply.redirect(started.url, 302);
      },
    );

    app.get(
      `${EID_PATH}/callback`,
      { schema: { tags, summary: 'Nhà cung cấp định danh chuyển về đây (code, state); mở phiên rồi chuyển (302) về cổng' } },
      async (req, reply) => {
        const eid = configured();
        const query = new URLSearchParams(req.url.split('?')[1] ?? '');
        const r = await eid.finish({ cookieState: req.cookies[EID_COOKIE], query, redirectUri: redirectUri(req) });
        // A callback with somebody else's state must not end this browser's own login under way.
        if (r.ok || r.reason !== 'state') reply.clearCookie(EID_COOKIE, { path: EID_PATH });
        if (!r.ok) {
          req.log.warn({ reason: r.reason, err: r.error }, 'e-ID login refused');
          return reply.redirect(failed(r.reason, r.returnTo), 302);
        }
        const s = await loginWithEid(ctxOf(deps.store, req), r.identity);
        if (!s.ok) {
          req.log.warn({ reason: s.reason, issuer: r.identity.issuer }, 'e-ID login refused');
          return reply.redirect(failed(s.reason, r.returnTo), 302);
        }
        setCitizenCookie(reply, s.session, deps.secureCookies);
        return reply.redirect(r.returnTo, 302);
      },
    );
  };

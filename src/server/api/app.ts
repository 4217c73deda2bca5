import fs from 'node:fs';
import path from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyMultipart from '@fastify/multipart';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { SESSION_COOKIE, authenticate } from '../services/authenticate';
import { CITIZEN_COOKIE, authenticateCitizen } from '../services/citizen-session';
import type { Store } from '../storage/database';
import { userRoutes } from './admin/users-routes';
import { agencyRoutes } from './agencies/routes';
import { authRoutes } from './auth/routes';
import { calendarAdminRoutes } from './calendar/admin-routes';
import { calendarRoutes } from './calendar/routes';
import { catalogueAdminRoutes } from './catalogue/admin-routes';
import { dossierRoutes } from './dossiers/routes';
import { fileRoutes } from './files/routes';
import type { BlobStore } from '../documents/blob-store';
import { blobStoreFromEnv } from '../documents/blob-store-from-env';
import os from 'node:os';
import { processRoutes } from './dossiers/process-routes';
import { cataloguePublicRoutes } from './catalogue/public-routes';
import { healthRoutes } from './health/routes';
import { documentRoutes } from './documents/routes';
import { errorHandler, problem, sendProblem } from './problem';
import { webHints } from './web-hints';
import { publicRoutes } from './public/routes';
import { notificationRoutes } from './notifications/routes';
import { chatbotRoutes } from './chatbot/routes';
import { onlineRoutes } from './online';
import type { OidcConfig } from '../config';
import { createEidLogin } from '../services/citizen-eid';
import { citizenRoutes } from './citizen/routes';
import { citizenProfileRoutes } from './citizen/profile-routes';
import { citizenEidRoutes } from './citizen/eid-routes';
import { citizenCounterRoutes } from './citizen/counter-routes';
import { citizenAdminRoutes } from './citizen/admin-routes';
import { paymentsFromEnv } from '../payments/from-env';
import type { PaymentProviders } from '../payments/provider';
import { paymentAdminRoutes } from './payments/admin-routes';
import { paymentOfficerRoutes } from './payments/officer-routes';
import { paymentOnlineRoutes } from './payments/online-routes';
import { paymentReportRoutes } from './payments/report-routes';
import { indicatorRoutes } from './indicators/indicators-routes';
import { reportRoutes } from './reports/routes';
import { planRoutes } from './plans/plan-routes';
import { planProgressRoutes } from './plans/progress-routes';
import { reviewRoutes } from './review/review-routes';
import { reviewPlanRoutes } from './review/plan-routes';
import { inspectionRoutes } from './inspection/routes';
import { paknOfficerRoutes } from './pakn/officer-routes';
import { paknPublicRoutes } from './pakn/public-routes';
import { dossierImportRoutes } from './dossiers/import-routes';
import { evaluationRoutes } from './evaluations/routes';

// Zod speaks Vietnamese in validation messages.
z.config(z.locales.vi());

export type AppOptions = {
  store: Store;
  databaseKind: 'embedded' | 'external';
  version: string;
  logLevel?: string;
  bodyLimitBytes?: number;
  sessionTtlHours?: number;
  secureCookies?: boolean;
  /** Directory of the built web app; omitted in API-only tests. */
  webDir?: string | undefined;
  /** Where uploaded and generated files are kept (default: a temporary directory); `MOTCUA_FILES_DIR` overrides it. */
  filesDir?: string | undefined;
  /** The file store itself; default: chosen by the environment (`MOTCUA_BLOB_STORE`, see blobStoreFromEnv). */
  blobs?: BlobStore | undefined;
  /** Public address printed in QR codes (tracking and verification links). */
  publicUrl?: string | undefined;
  /** Shared secret of the chat-bot webhook (`MOTCUA_CHATBOT_SECRET`); without it the webhook answers 404. */
  chatbotSecret?: string | undefined;
  /** Online payment providers (VNPAY, the national platform); default: from the environment (payments/from-env.ts). */
  payments?: PaymentProviders | undefined;
  /** e-ID federation (`MOTCUA_OIDC_*`); without it the e-ID button is hidden and its routes answer 404. */
  oidc?: OidcConfig | null | undefined;
  /** Base of the e-ID redirect URI (`PUBLIC_URL`); default: the address of the request. */
  oidcRedirectBase?: string | undefined;
};

/** SPA areas: the portal at `/`, the officer workspace `/can-bo`, administration `/quan-tri`. */
const SPA_PREFIXES = ['/can-bo', '/quan-tri', '/dang-nhap', '/thu-tuc', '/tra-cuu', '/xac-thuc', '/danh-gia', '/danh-gia-chat-luong', '/tai-khoan', '/nop-ho-so', '/ho-so-cua-toi', '/giay-to-cua-toi', '/thanh-toan', '/phan-anh-kien-nghi', '/chi-so-766'];

export async function buildApp(opts: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: { level: opts.logLevel ?? 'info' },
    bodyLimit: opts.bodyLimitBytes ?? 1_048_576,
    genReqId: (req) => (req.headers['x-request-id'] as string | undefined)?.slice(0, 64) || randomUUID(),
    requestIdHeader: false,
    trustProxy: true,
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(errorHandler);

  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
  });
  await app.register(fastifyCookie);
  await app.register(fastifyRateLimit, { global: false });
  await app.register(fastifyMultipart, { limits: { fileSize: 20 * 1024 * 1024, files: 1, fields: 10 } });

  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'motcua API',
        description: 'API của Hệ thống thông tin một cửa điện tử motcua. Lỗi trả về theo RFC 9457 (application/problem+json).',
        version: opts.version,
        license: { name: 'AGPL-3.0-or-later', identifier: 'AGPL-3.0-or-later' },
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE },
          citizenSession: { type: 'apiKey', in: 'cookie', name: CITIZEN_COOKIE },
          bearer: { type: 'http', scheme: 'bearer' },
        },
      },
      security: [{ session: [] }, { bearer: [] }],
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });

  app.addHook('onRequest', async (req, reply) => {
    reply.header('x-request-id', req.id);
    req.actor = null;
    req.citizen = null;
    if (!req.url.startsWith('/api/')) return;
    const auth = req.headers.authorization;
    const bearer = auth?.startsWith('Bearer ') ? auth.slice(7).trim() : undefined;
    req.actor = await authenticate(opts.store, { bearer, sessionToken: req.cookies[SESSION_COOKIE] });
    req.citizen = await authenticateCitizen(opts.store, req.cookies[CITIZEN_COOKIE]);
    if (bearer && !req.actor) {
      return sendProblem(reply, problem('UNAUTHENTICATED', 'Mã truy cập (Bearer token) không hợp lệ hoặc đã bị thu hồi.', req.url));
    }
  });

  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  await app.register(healthRoutes({ store: opts.store, databaseKind: opts.databaseKind, version: opts.version }));
  await app.register(
    authRoutes({ store: opts.store, sessionTtlHours: opts.sessionTtlHours ?? 12, secureCookies: opts.secureCookies ?? false }),
  );
  await app.register(agencyRoutes({ store: opts.store }));
  await app.register(userRoutes({ store: opts.store }));
  await app.register(calendarRoutes({ store: opts.store }));
  await app.register(calendarAdminRoutes({ store: opts.store }));
  await app.register(cataloguePublicRoutes({ store: opts.store }));
  await app.register(catalogueAdminRoutes({ store: opts.store }));
  await app.register(dossierRoutes({ store: opts.store }));
  await app.register(processRoutes({ store: opts.store }));
  const blobs = opts.blobs ?? blobStoreFromEnv(process.env, opts.filesDir ?? path.join(os.tmpdir(), 'motcua-files'));
  await app.register(fileRoutes({ store: opts.store, blobs }));
  const documents = { store: opts.store, blobs, publicUrl: opts.publicUrl ?? 'http://localhost:3000' };
  await app.register(documentRoutes(documents));
  await app.register(publicRoutes(documents));
  await app.register(notificationRoutes({ store: opts.store }));
  await app.register(chatbotRoutes({ store: opts.store, secret: opts.chatbotSecret }));
  await app.register(onlineRoutes(documents));
  const payments = { ...documents, providers: opts.payments ?? paymentsFromEnv(process.env) };
  await app.register(paymentOfficerRoutes(payments));
  await app.register(paymentOnlineRoutes(payments));
  await app.register(paymentReportRoutes({ store: opts.store }));
  await app.register(indicatorRoutes({ store: opts.store }));
  await app.register(reportRoutes({ store: opts.store }));
  await app.register(planRoutes({ store: opts.store }));
  await app.register(planProgressRoutes({ store: opts.store, blobs }));
  await app.register(reviewRoutes({ store: opts.store }));
  await app.register(reviewPlanRoutes({ store: opts.store }));
  await app.register(inspectionRoutes({ store: opts.store }));
  await app.register(paknOfficerRoutes({ store: opts.store }));
  await app.register(paknPublicRoutes({ store: opts.store }));
  await app.register(paymentAdminRoutes({ store: opts.store }));
  await app.register(dossierImportRoutes({ store: opts.store }));
  await app.register(evaluationRoutes({ store: opts.store }));
  const secureCookies = opts.secureCookies ?? false;
  const eid = opts.oidc ? createEidLogin(opts.store, opts.oidc) : null;
  await app.register(citizenRoutes({ store: opts.store, secureCookies, eidName: eid?.name ?? null }));
  await app.register(citizenProfileRoutes({ store: opts.store }));
  await app.register(citizenEidRoutes({ store: opts.store, secureCookies, eid, redirectBase: opts.oidcRedirectBase }));
  await app.register(citizenCounterRoutes({ store: opts.store }));
  await app.register(citizenAdminRoutes({ store: opts.store }));

  const webDir = opts.webDir && fs.existsSync(path.join(opts.webDir, 'index.html')) ? opts.webDir : undefined;
  if (webDir) {
    // Brotli/gzip copies written by scripts/build-web.mjs are sent to browsers that accept them; hashed
    // assets never change, so browsers keep them; index.html is always revalidated (issue 7, speed).
    await app.register(fastifyStatic, {
      root: webDir,
      prefix: '/',
      wildcard: false,
      index: false,
      preCompressed: true,
      setHeaders: (reply, file) => {
        if (/[\\/]assets[\\/]/.test(file)) reply.header('cache-control', 'public, max-age=31536000, immutable');
        else if (/index\.html(\.br|\.gz)?$/.test(file)) reply.header('cache-control', 'no-cache');
      },
    });
  }

  const hints = webDir ? webHints(webDir) : null;
  app.setNotFoundHandler(async (req, reply) => {
    const pathOnly = req.url.split('?')[0] ?? '/';
    const isSpa = pathOnly === '/' || SPA_PREFIXES.some((p) => pathOnly === p || pathOnly.startsWith(`${p}/`));
    if (webDir && req.method === 'GET' && isSpa) {
      const hinted = hints?.(pathOnly, new URLSearchParams(req.url.split('?')[1] ?? ''));
      if (hinted) return reply.header('cache-control', 'no-cache').type('text/html; charset=utf-8').send(hinted);
      return reply.header('cache-control', 'no-cache').sendFile('index.html', webDir);
    }
    if (webDir && req.method === 'GET' && !pathOnly.startsWith('/api/') && !path.extname(pathOnly)) {
      return reply.header('cache-control', 'no-cache').sendFile('index.html', webDir);
    }
    return sendProblem(reply, problem('NOT_FOUND', `Không tìm thấy đường dẫn ${req.method} ${pathOnly}.`, req.url));
  });

  return app;
}

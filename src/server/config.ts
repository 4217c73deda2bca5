import path from 'node:path';
import { z } from 'zod';

/** An empty variable counts as unset. */
function blankIsUnset<T extends z.ZodType>(schema: T) {
  return z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), schema);
}

/**
 * Runtime configuration, read once from the environment and validated.
 * Every setting is documented in README.md (Configuration).
 */
const Env = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATA_DIR: z.string().default('./.data'),
  DATABASE_URL: z.preprocess((v) => (v === '' ? undefined : v), z.string().url().optional()),
  DEMO: z.enum(['auto', 'on', 'off']).default('auto'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  PUBLIC_URL: z.preprocess((v) => (v === '' ? undefined : v), z.string().url().optional()),
  SESSION_TTL_HOURS: z.coerce.number().positive().default(12),
  BODY_LIMIT_BYTES: z.coerce.number().int().positive().default(1_048_576),
  JOBS: z.enum(['on', 'off']).default('on'),
  MOTCUA_OIDC_ISSUER: blankIsUnset(z.string().url().optional()),
  MOTCUA_OIDC_CLIENT_ID: blankIsUnset(z.string().min(1).optional()),
  MOTCUA_OIDC_CLIENT_SECRET: blankIsUnset(z.string().min(1).optional()),
  MOTCUA_OIDC_NAME: blankIsUnset(z.string().min(1).max(40).default('VNeID')),
  MOTCUA_OIDC_ID_CLAIM: blankIsUnset(z.string().min(1).max(100).default('cccd')),
  MOTCUA_OIDC_SCOPE: blankIsUnset(z.string().min(1).default('openid profile email phone')),
});

/** e-ID federation over OpenID Connect (docs/oidc.md); null when MOTCUA_OIDC_ISSUER is unset. */
export type OidcConfig = { issuer: string; clientId: string; clientSecret: string; name: string; idClaim: string; scope: string };

export type Config = {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  demo: 'auto' | 'on' | 'off';
  logLevel: z.infer<typeof Env>['LOG_LEVEL'];
  publicUrl: string | undefined;
  sessionTtlHours: number;
  bodyLimitBytes: number;
  jobs: boolean;
  oidc: OidcConfig | null;
};

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

function oidcOf(e: z.infer<typeof Env>): { oidc: OidcConfig | null; problems: string[] } {
  if (!e.MOTCUA_OIDC_ISSUER) return { oidc: null, problems: [] };
  const problems: string[] = [];
  if (!e.MOTCUA_OIDC_CLIENT_ID) problems.push('MOTCUA_OIDC_CLIENT_ID: bắt buộc khi có MOTCUA_OIDC_ISSUER');
  if (!e.MOTCUA_OIDC_CLIENT_SECRET) problems.push('MOTCUA_OIDC_CLIENT_SECRET: bắt buộc khi có MOTCUA_OIDC_ISSUER');
  const url = new URL(e.MOTCUA_OIDC_ISSUER);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && LOOPBACK.has(url.hostname))) problems.push('MOTCUA_OIDC_ISSUER: phải là địa chỉ https:// (http:// chỉ cho máy cục bộ)');
  if (!e.MOTCUA_OIDC_SCOPE.split(/\s+/).includes('openid')) problems.push('MOTCUA_OIDC_SCOPE: phải có "openid"');
  if (problems.length > 0) return { oidc: null, problems };
  return {
    oidc: { issuer: e.MOTCUA_OIDC_ISSUER, clientId: e.MOTCUA_OIDC_CLIENT_ID!, clientSecret: e.MOTCUA_OIDC_CLIENT_SECRET!, name: e.MOTCUA_OIDC_NAME, idClaim: e.MOTCUA_OIDC_ID_CLAIM, scope: e.MOTCUA_OIDC_SCOPE },
    problems: [],
  };
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = Env.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Cấu hình môi trường không hợp lệ (invalid environment): ${problems}`);
  }
  const e = parsed.data;
  const { oidc, problems } = oidcOf(e);
  if (problems.length > 0) throw new Error(`Cấu hình môi trường không hợp lệ (invalid environment): ${problems.join('; ')}`);
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: path.resolve(e.DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    demo: e.DEMO,
    logLevel: e.LOG_LEVEL,
    publicUrl: e.PUBLIC_URL,
    sessionTtlHours: e.SESSION_TTL_HOURS,
    bodyLimitBytes: e.BODY_LIMIT_BYTES,
    jobs: e.JOBS === 'on',
    oidc,
  };
}

import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { serverVersion, type Store } from '../../storage/database';
import { problem, sendProblem } from '../problem';
import { ProblemSchema } from '../schemas';

export type HealthDeps = { store: Store; databaseKind: 'embedded' | 'external'; version: string };

export const healthRoutes = (deps: HealthDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/health',
      {
        schema: {
          tags: ['system'],
          summary: 'Tình trạng hệ thống (health check)',
          response: {
            200: z.object({
              status: z.literal('ok'),
              database: z.object({ kind: z.enum(['embedded', 'external']), version: z.string() }),
              version: z.string(),
            }),
            503: ProblemSchema,
          },
        },
      },
      async (req, reply) => {
        try {
          const v = await Promise.race([
            serverVersion(deps.store),
            new Promise<never>((_, rej) => setTimeout(() => rej(new Error('timeout')), 3000).unref()),
          ]);
          return { status: 'ok' as const, database: { kind: deps.databaseKind, version: v }, version: deps.version };
        } catch (err) {
          req.log.warn({ err }, 'health: database unreachable');
          return sendProblem(reply, problem('DATABASE_UNAVAILABLE', 'Không kết nối được cơ sở dữ liệu.', req.url));
        }
      },
    );
  };

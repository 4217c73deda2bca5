import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { CITIZEN_KINDS } from '../../../domain/citizen';
import { assistCitizenSignup } from '../../services/assist-citizen-signup';
import type { Store } from '../../storage/database';
import { ctxOf } from '../context';
import { problemResponses } from '../schemas';
import { Channel, SentCode } from './schemas';

/** Seed 000 "hỗ trợ tạo tài khoản": officers of the one-stop desk open portal accounts for citizens. */
export const citizenCounterRoutes = (deps: { store: Store }): FastifyPluginAsyncZod =>
  async (app) => {
    app.post(
      '/api/citizen-accounts',
      {
        config: { rateLimit: { max: 30, timeWindow: '1 minute' } },
        schema: {
          tags: ['citizen'],
          summary: 'Cán bộ một cửa tạo tài khoản cho công dân (chờ kích hoạt; mã kích hoạt gửi tới điện thoại/thư điện tử)',
          body: z.object({
            kind: z.enum(CITIZEN_KINDS),
            idNumber: z.string().trim().min(1).max(20),
            fullName: z.string().max(300),
            phone: z.string().max(30).nullish(),
            email: z.string().max(254).nullish(),
            address: z.string().max(500).nullish(),
            channel: Channel.optional(),
          }),
          response: {
            201: SentCode.extend({ id: z.string(), kind: z.enum(CITIZEN_KINDS), idNumber: z.string(), fullName: z.string(), status: z.literal('pending') }),
            ...problemResponses,
          },
        },
      },
      async (req, reply) => reply.status(201).send(await assistCitizenSignup(ctxOf(deps.store, req), req.body)),
    );
  };

import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ROLES } from '../../../domain/access';
import { AgencyCode } from '../../../domain/agency';
import { createUser, listUsersFor, updateUserByUsername } from '../../services/save-user';
import type { Store } from '../../storage/database';
import { ctxOf } from '../context';
import { problemResponses } from '../schemas';

const GrantSchema = z.object({
  role: z.enum(ROLES),
  agencyCode: AgencyCode.nullish(),
  unitCode: z.string().max(32).nullish(),
});
const UserSchema = z.object({
  id: z.string(),
  username: z.string(),
  fullName: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  active: z.boolean(),
  isDemo: z.boolean(),
  version: z.number().int(),
  grants: z.array(z.object({ role: z.enum(ROLES), agencyCode: z.string().nullable(), unitCode: z.string().nullable() })),
});
const Username = z.string().regex(/^[a-z0-9._-]{3,64}$/, 'Tên đăng nhập gồm 3–64 ký tự a-z, 0-9, dấu chấm, gạch');

export const userRoutes = (deps: { store: Store }): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/admin/users',
      { schema: { tags: ['admin'], summary: 'Danh sách tài khoản trong phạm vi quản lý', response: { 200: z.object({ items: z.array(UserSchema) }), ...problemResponses } } },
      async (req) => ({ items: await listUsersFor(ctxOf(deps.store, req)) }),
    );

    app.post(
      '/api/admin/users',
      {
        schema: {
          tags: ['admin'],
          summary: 'Tạo tài khoản cán bộ với vai trò theo cơ quan/đơn vị',
          body: z.object({
            username: Username,
            password: z.string().min(8, 'Mật khẩu phải có ít nhất 8 ký tự').max(256),
            fullName: z.string().trim().min(1).max(200),
            email: z.string().email().nullish(),
            phone: z.string().max(20).nullish(),
            grants: z.array(GrantSchema).min(1, 'Cần ít nhất một vai trò'),
          }),
          response: { 201: UserSchema, ...problemResponses },
        },
      },
      async (req, reply) => reply.status(201).send(await createUser(ctxOf(deps.store, req), req.body)),
    );

    app.patch(
      '/api/admin/users/:username',
      {
        schema: {
          tags: ['admin'],
          summary: 'Sửa tài khoản: thông tin, khóa/mở, đặt lại mật khẩu, vai trò',
          params: z.object({ username: Username }),
          body: z.object({
            version: z.number().int().positive(),
            fullName: z.string().trim().min(1).max(200).optional(),
            email: z.string().email().nullish(),
            phone: z.string().max(20).nullish(),
            active: z.boolean().optional(),
            password: z.string().min(8).max(256).optional(),
            grants: z.array(GrantSchema).min(1).optional(),
          }),
          response: { 200: UserSchema, ...problemResponses },
        },
      },
      async (req) => updateUserByUsername(ctxOf(deps.store, req), req.params.username, req.body),
    );
  };

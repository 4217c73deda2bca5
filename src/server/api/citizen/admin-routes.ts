import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { CITIZEN_KINDS, LOCK_REASON_MAX } from '../../../domain/citizen';
import { findCitizenAccounts } from '../../services/find-citizen-accounts';
import { lockCitizen, unlockCitizen } from '../../services/lock-citizen';
import type { Store } from '../../storage/database';
import { ctxOf } from '../context';
import { problemResponses } from '../schemas';

const CitizenAdmin = z
  .object({
    id: z.string(),
    kind: z.enum(CITIZEN_KINDS),
    idNumber: z.string(),
    fullName: z.string(),
    phone: z.string().nullable(),
    email: z.string().nullable(),
    status: z.enum(['pending', 'active', 'locked']),
    hasPassword: z.boolean(),
    eidLinked: z.boolean(),
    createdAt: z.date(),
    activatedAt: z.date().nullable(),
    createdBy: z.string().nullable().describe('Cán bộ một cửa đã tạo tài khoản tại quầy (tên đăng nhập)'),
    lockedAt: z.date().nullable(),
    lockedBy: z.string().nullable().describe('Người quản trị đã khóa'),
    lockReason: z.string().nullable(),
    openSessions: z.number().int().describe('Số phiên đăng nhập còn hiệu lực'),
    version: z.number().int(),
    history: z.array(z.object({ at: z.date(), action: z.enum(['lock', 'unlock']), by: z.string().nullable(), reason: z.string().nullable() })),
  })
  .describe('Tài khoản công dân, tổ chức trên trang quản trị');
z.globalRegistry.add(CitizenAdmin, { id: 'CitizenAdmin' });

const Params = z.object({ id: z.uuid('Mã tài khoản không hợp lệ') });
const Version = z.number().int().positive();

/**
 * Administration of portal accounts (issue 7): find an account by its whole CCCD / tax code, mobile
 * number or e-mail, lock it with a reason (its sessions end) and unlock it. Instance administrators only.
 */
export const citizenAdminRoutes = (deps: { store: Store }): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['admin'];
    app.get(
      '/api/admin/citizens',
      {
        schema: {
          tags,
          summary: 'Tìm tài khoản công dân theo số CCCD/mã số thuế, số điện thoại hoặc thư điện tử (khớp đầy đủ)',
          querystring: z.object({ q: z.string().trim().min(1, 'Nhập số CCCD/mã số thuế, số điện thoại hoặc thư điện tử').max(254) }),
          response: { 200: z.object({ items: z.array(CitizenAdmin) }), ...problemResponses },
        },
      },
      async (req) => ({ items: await findCitizenAccounts(ctxOf(deps.store, req), req.query.q) }),
    );

    app.post(
      '/api/admin/citizens/:id/lock',
      {
        schema: {
          tags,
          summary: 'Khóa tài khoản công dân (ghi lý do); các phiên đăng nhập đang mở kết thúc',
          params: Params,
          body: z.object({ version: Version, reason: z.string().max(LOCK_REASON_MAX + 1).describe('Lý do khóa (ghi nhật ký, không hiển thị cho công dân)') }),
          response: { 200: CitizenAdmin, ...problemResponses },
        },
      },
      async (req) => lockCitizen(ctxOf(deps.store, req), req.params.id, req.body),
    );

    app.post(
      '/api/admin/citizens/:id/unlock',
      {
        schema: {
          tags,
          summary: 'Mở khóa tài khoản công dân (trở lại trạng thái trước khi khóa)',
          params: Params,
          body: z.object({ version: Version, note: z.string().max(LOCK_REASON_MAX).nullish().describe('Ghi chú khi mở khóa') }),
          response: { 200: CitizenAdmin, ...problemResponses },
        },
      },
      async (req) => unlockCitizen(ctxOf(deps.store, req), req.params.id, req.body),
    );
  };

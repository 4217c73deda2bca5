import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DOSSIER_CODE_PATTERN } from '../../../domain/dossier';
import { listNotifications } from '../../services/list-notifications';
import type { Store } from '../../storage/database';
import { ctxOf } from '../context';
import { problemResponses } from '../schemas';

const NotificationView = z.object({
  id: z.string(),
  topic: z.string(),
  template: z.string().describe('Mẫu thông báo, ví dụ dossier.received, dossier.supplement_requested'),
  channel: z.enum(['email', 'sms']),
  recipient: z.string().describe('Địa chỉ nhận đã che bớt'),
  subject: z.string().nullable(),
  body: z.string(),
  status: z.enum(['queued', 'sent', 'failed', 'skipped']).describe('queued: đang gửi/chờ gửi lại; sent: đã gửi; failed: gửi không được, đã dừng; skipped: không gửi (chưa cấu hình kênh hoặc địa chỉ không hợp lệ)'),
  attempts: z.number().int(),
  lastError: z.string().nullable(),
  providerId: z.string().nullable(),
  createdAt: z.date(),
  sentAt: z.date().nullable(),
});

/** What the applicant was told, for the officers of the dossier. */
export const notificationRoutes = (deps: { store: Store }): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/dossiers/:code/notifications',
      {
        schema: {
          tags: ['dossiers'],
          summary: 'Thông báo đã gửi người nộp hồ sơ (thư điện tử, SMS) và tình trạng gửi',
          params: z.object({ code: z.string().regex(DOSSIER_CODE_PATTERN, 'Mã hồ sơ không đúng định dạng') }),
          response: { 200: z.array(NotificationView), ...problemResponses },
        },
      },
      async (req) => listNotifications(ctxOf(deps.store, req), req.params.code),
    );
  };

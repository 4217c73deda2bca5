import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DUE_UNITS } from '../../../domain/calendar';
import { calendarDays, dueDate, lunarOf, solarOf } from '../../services/calendar-queries';
import type { Store } from '../../storage/database';
import { ctxOf } from '../context';
import { problemResponses } from '../schemas';

const LocalDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày phải có dạng YYYY-MM-DD');
const IsoWithOffset = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/, 'Thời điểm phải theo ISO 8601 có múi giờ, ví dụ 2025-04-25T15:30:00+07:00');
const AgencyCode = z.string().max(32).optional().describe('Mã định danh cơ quan (giờ làm việc của cơ quan đó)');

const Day = z.object({
  date: z.string(),
  working: z.boolean(),
  kind: z.enum(['workday', 'weekend', 'holiday', 'compensatory', 'swap_off', 'makeup_workday']),
  name: z.string().nullable(),
  source: z.string().nullable(),
});

export const calendarRoutes = (deps: { store: Store }): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/calendar/days',
      {
        schema: {
          tags: ['calendar'],
          summary: 'Ngày làm việc, nghỉ lễ, nghỉ bù, làm bù trong một khoảng (tối đa 3 năm)',
          querystring: z.object({ from: LocalDate, to: LocalDate, agency: AgencyCode }),
          response: { 200: z.array(Day), ...problemResponses },
        },
      },
      async (req, reply) => {
        const r = await calendarDays(ctxOf(deps.store, req), req.query);
        if (r.provisionalYears.length) reply.header('x-provisional-years', r.provisionalYears.join(','));
        return r.days;
      },
    );

    app.get(
      '/api/calendar/due',
      {
        schema: {
          tags: ['calendar'],
          summary: 'Tính thời điểm hẹn trả theo thời hạn giải quyết',
          description:
            'Ngày tiếp nhận không tính (BLDS 2015 Đ.147); tiếp nhận ngoài giờ tính từ đầu giờ ngày làm việc kế tiếp; same_day: sau 15:00 chuyển sang ngày làm việc kế tiếp.',
          querystring: z.object({
            receivedAt: IsoWithOffset,
            amount: z.coerce.number().int('Thời hạn phải là số nguyên').min(0, 'Thời hạn không được âm').max(100_000),
            unit: z.enum(DUE_UNITS),
            agency: AgencyCode,
          }),
          response: {
            200: z.object({ receivedAt: z.string(), countFrom: z.string(), dueAt: z.string(), dueDate: z.string(), provisional: z.boolean() }),
            ...problemResponses,
          },
        },
      },
      async (req) => dueDate(ctxOf(deps.store, req), req.query),
    );

    app.get(
      '/api/calendar/lunar',
      {
        schema: {
          tags: ['calendar'],
          summary: 'Đổi ngày dương lịch sang âm lịch (UTC+7)',
          querystring: z.object({ date: LocalDate }),
          response: {
            200: z.object({ day: z.number(), month: z.number(), year: z.number(), leap: z.boolean(), canChi: z.string() }),
            ...problemResponses,
          },
        },
      },
      async (req) => lunarOf(req.query.date),
    );

    app.get(
      '/api/calendar/solar',
      {
        schema: {
          tags: ['calendar'],
          summary: 'Đổi ngày âm lịch sang dương lịch',
          querystring: z.object({
            year: z.coerce.number().int().min(1800).max(2199),
            month: z.coerce.number().int().min(1).max(12),
            day: z.coerce.number().int().min(1).max(30),
            leap: z.stringbool().default(false),
          }),
          response: { 200: z.object({ date: z.string() }), ...problemResponses },
        },
      },
      async (req) => solarOf(req.query),
    );
  };

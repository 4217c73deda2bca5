import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { CalendarDayInput } from '../../../domain/calendar';
import { AgencyCode } from '../../../domain/agency';
import { officeHoursOf } from '../../services/calendar-provider';
import { revertYear, saveYear, setOfficeHours, yearForAdmin } from '../../services/edit-calendar';
import type { Store } from '../../storage/database';
import { ctxOf } from '../context';
import { problemResponses } from '../schemas';

const YearParam = z.object({ year: z.coerce.number().int() });
const Clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Giờ phải có dạng HH:MM');
const Hours = z.object({ morning: z.object({ start: Clock, end: Clock }), afternoon: z.object({ start: Clock, end: Clock }) });
const YearView = z.object({
  year: z.number(),
  origin: z.enum(['stored', 'official', 'provisional']),
  provisional: z.boolean(),
  note: z.string().nullable(),
  version: z.number().nullable(),
  days: z.array(CalendarDayInput),
  history: z.array(
    z.object({
      id: z.number(),
      action: z.enum(['save', 'revert']),
      provisional: z.boolean().nullable(),
      note: z.string().nullable(),
      changedAt: z.date(),
      changedBy: z.string().nullable(),
      changedByName: z.string().nullable(),
      days: z.array(CalendarDayInput).nullable(),
    }),
  ),
});

export const calendarAdminRoutes = (deps: { store: Store }): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/admin/calendar/years/:year',
      { schema: { tags: ['admin'], summary: 'Lịch nghỉ của một năm: nguồn, các ngày, lịch sử sửa', params: YearParam, response: { 200: YearView, ...problemResponses } } },
      async (req) => yearForAdmin(ctxOf(deps.store, req), req.params.year),
    );

    app.put(
      '/api/admin/calendar/years/:year',
      {
        schema: {
          tags: ['admin'],
          summary: 'Nhập hoặc sửa lịch nghỉ lễ, nghỉ bù, làm bù của một năm (version null khi chưa có bản sửa)',
          params: YearParam,
          body: z.object({
            days: z.array(CalendarDayInput).max(120),
            provisional: z.boolean().default(false),
            note: z.string().max(1000).nullish(),
            version: z.number().int().positive().nullable(),
          }),
          response: { 200: YearView, ...problemResponses },
        },
      },
      async (req) => saveYear(ctxOf(deps.store, req), req.params.year, req.body),
    );

    app.delete(
      '/api/admin/calendar/years/:year',
      { schema: { tags: ['admin'], summary: 'Bỏ bản sửa, trở về lịch có sẵn', params: YearParam, response: { 200: YearView, ...problemResponses } } },
      async (req) => revertYear(ctxOf(deps.store, req), req.params.year),
    );

    app.get(
      '/api/agencies/:code/office-hours',
      { schema: { tags: ['agencies'], summary: 'Giờ làm việc của cơ quan', params: z.object({ code: AgencyCode }), response: { 200: Hours.extend({ version: z.number().nullable() }), ...problemResponses } } },
      async (req) => officeHoursOf(deps.store, req.params.code),
    );

    app.put(
      '/api/admin/agencies/:code/office-hours',
      {
        schema: {
          tags: ['admin'],
          summary: 'Đặt giờ làm việc của cơ quan',
          params: z.object({ code: AgencyCode }),
          body: Hours.extend({ version: z.number().int().positive().nullable() }),
          response: { 200: Hours.extend({ version: z.number().nullable() }), ...problemResponses },
        },
      },
      async (req) => setOfficeHours(ctxOf(deps.store, req), req.params.code, req.body),
    );
  };

import type { FastifyInstance } from 'fastify';
import type pg from 'pg';
import { addDays, createStandardCalendar, localDateOf, type LocalDate } from '../../src/domain/calendar';
import { act, buildReceipt, receive } from './dossiers';

/** Receives a dossier of Lý lịch tư pháp (3.000334) at Sở Tư pháp and takes it to "returned" (status 10), optionally after a supplement. */
export async function returnedDossier(app: FastifyInstance, c: Record<string, string>, opts: { supplement?: boolean } = {}): Promise<string> {
  const res = await receive(app, c.tiepnhan!, buildReceipt());
  if (res.statusCode !== 201) throw new Error(`receive: ${res.body}`);
  const code = res.json().code as string;
  const step = async (who: string, action: string, payload: Record<string, unknown> = {}) => {
    const r = await act(app, c[who]!, code, action, payload);
    if (r.statusCode !== 200) throw new Error(`${action}: ${r.body}`);
  };
  if (opts.supplement) {
    await step('tiepnhan', 'request_supplement', { reason: 'Thiếu bản chụp CCCD', documents: ['Bản chụp Căn cước công dân'] });
    await step('tiepnhan', 'supplement_received');
  }
  await step('tiepnhan', 'forward');
  await step('chuyenvien', 'claim');
  await step('chuyenvien', 'record_verification', { time: '2026-11-20T09:00', place: 'Trụ sở Sở Tư pháp', participants: 'Phạm Minh Đức', content: 'Đối chiếu dữ liệu' });
  await step('chuyenvien', 'forward');
  await step('truongphong', 'approve', { comment: 'Đồng ý' });
  await step('giamdoc', 'sign');
  await step('tiepnhan', 'return_result', { method: 'counter' });
  return code;
}

/**
 * A Monday at least `weeksAgo` weeks back whose Monday–Wednesday are all working days (no holiday),
 * so office time between instants on those days is known by hand: 8 office hours a day,
 * 07:00–11:30 and 13:30–17:00.
 */
export function plainMonday(weeksAgo: number): LocalDate {
  const cal = createStandardCalendar(2020, 2040);
  let d = addDays(localDateOf(new Date()), -7 * weeksAgo);
  for (;;) {
    const dow = new Date(`${d}T00:00:00Z`).getUTCDay();
    if (dow === 1 && [0, 1, 2].every((k) => cal.isWorkingDay(addDays(d, k)))) return d;
    d = addDays(d, -1);
  }
}

/** Moves a dossier's reception and return instants (a state-named seeder for measured times). */
export async function setTimes(pool: pg.Pool, code: string, receivedAt: string, returnedAt: string | null): Promise<void> {
  await pool.query('UPDATE dossiers SET received_at = $2, returned_at = $3 WHERE code = $1', [code, receivedAt, returnedAt]);
}

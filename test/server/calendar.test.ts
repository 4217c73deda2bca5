import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginAs, testApp, type TestApp } from '../support/app';

describe('calendar API (public)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp();
  });
  afterAll(() => t.close());
  const get = (url: string) => t.app.inject({ method: 'GET', url });

  it('lists 30/4–1/5/2025 with the swap day off and the make-up Saturday 26/4 working', async () => {
    const res = await get('/api/calendar/days?from=2025-04-25&to=2025-05-05');
    expect(res.statusCode).toBe(200);
    const byDate = Object.fromEntries(res.json().map((d: { date: string }) => [d.date, d]));
    expect(byDate['2025-04-25']).toMatchObject({ working: true, kind: 'workday' });
    expect(byDate['2025-04-26']).toMatchObject({ working: true, kind: 'makeup_workday' });
    expect(byDate['2025-04-27']).toMatchObject({ working: false, kind: 'weekend' });
    expect(byDate['2025-04-30']).toMatchObject({ working: false, kind: 'holiday' });
    expect(byDate['2025-05-01']).toMatchObject({ working: false, kind: 'holiday' });
    expect(byDate['2025-05-02']).toMatchObject({ working: false, kind: 'swap_off' });
    expect(byDate['2025-05-05']).toMatchObject({ working: true });
    expect(res.json()).toHaveLength(11);
  });

  it('flags provisional years in a header', async () => {
    const res = await get('/api/calendar/days?from=2031-01-01&to=2031-01-31');
    expect(res.headers['x-provisional-years']).toBe('2031');
    expect((await get('/api/calendar/days?from=2025-01-01&to=2025-01-31')).headers['x-provisional-years']).toBeUndefined();
  });

  it('computes due dates across 30/4 with the make-up Saturday counted', async () => {
    const due = async (receivedAt: string, amount: number, unit: string) => {
      const r = await get(`/api/calendar/due?receivedAt=${encodeURIComponent(receivedAt)}&amount=${amount}&unit=${unit}`);
      expect(r.statusCode, r.body).toBe(200);
      return r.json();
    };
    // Fri 25/4 + 3 working days: Sat 26/4 (make-up), Mon 28/4, Tue 29/4.
    expect(await due('2025-04-25T10:00:00+07:00', 3, 'working_days')).toMatchObject({ dueAt: '2025-04-29T10:00:00+07:00', dueDate: '2025-04-29', provisional: false });
    // + 4: 30/4, 1/5, 2/5 are off, then the weekend: Mon 5/5.
    expect((await due('2025-04-25T10:00:00+07:00', 4, 'working_days')).dueDate).toBe('2025-05-05');
    // Received after closing on Friday: counting starts Saturday 26/4 at opening (a working day).
    expect(await due('2025-04-25T17:30:00+07:00', 1, 'working_days')).toMatchObject({ countFrom: '2025-04-26T07:00:00+07:00', dueAt: '2025-04-28T07:00:00+07:00' });
    // Tết 2025 (25/1–2/2 off): Fri 24/1 + 1 working day → Mon 3/2.
    expect((await due('2025-01-24T09:00:00+07:00', 1, 'working_days')).dueAt).toBe('2025-02-03T09:00:00+07:00');
    // Same-day procedures: after 15:00 the result is due the next working day.
    expect((await due('2025-04-29T15:30:00+07:00', 0, 'same_day')).dueAt).toBe('2025-05-05T17:00:00+07:00');
    expect((await due('2025-04-29T14:30:00+07:00', 0, 'same_day')).dueAt).toBe('2025-04-29T17:00:00+07:00');
    // A UTC instant is read in Asia/Ho_Chi_Minh.
    expect((await due('2025-04-25T03:00:00Z', 1, 'working_days')).dueAt).toBe('2025-04-26T10:00:00+07:00');
  });

  it('answers 400 problems naming the bad parameter', async () => {
    const cases: [string, string][] = [
      ['/api/calendar/due?receivedAt=2025-04-25T10:00:00%2B07:00&amount=3&unit=weeks', 'querystring.unit'],
      ['/api/calendar/due?receivedAt=2025-04-25T10:00:00%2B07:00&amount=-1&unit=working_days', 'querystring.amount'],
      ['/api/calendar/due?receivedAt=2025-04-25T10:00:00&amount=1&unit=working_days', 'querystring.receivedAt'],
      ['/api/calendar/due?receivedAt=2025-02-30T10:00:00%2B07:00&amount=1&unit=working_days', 'receivedAt'],
      ['/api/calendar/days?from=2025-13-01&to=2025-12-31', 'from'],
      ['/api/calendar/days?from=2020-01-01&to=2024-01-01', 'to'],
      ['/api/calendar/days?from=2025-02-01&to=2025-01-01', 'to'],
      ['/api/calendar/lunar?date=25-01-2025', 'querystring.date'],
      ['/api/calendar/due?receivedAt=2025-04-25T10:00:00%2B07:00&amount=1&unit=working_days&agency=000.99.99.H99', 'agency'],
    ];
    for (const [url, param] of cases) {
      const res = await get(url);
      expect(res.statusCode, url).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json().errors.map((e: { name: string }) => e.name), url).toContain(param);
    }
  });

  it('converts between solar and lunar dates (UTC+7)', async () => {
    expect((await get('/api/calendar/lunar?date=2025-01-29')).json()).toEqual({ day: 1, month: 1, year: 2025, leap: false, canChi: 'Ất Tỵ' });
    expect((await get('/api/calendar/lunar?date=1985-01-21')).json()).toMatchObject({ day: 1, month: 1, year: 1985 });
    expect((await get('/api/calendar/solar?year=2030&month=1&day=1')).json()).toEqual({ date: '2030-02-02' });
    expect((await get('/api/calendar/solar?year=2023&month=2&day=1&leap=true')).json()).toEqual({ date: '2023-03-22' });
    const none = await get('/api/calendar/solar?year=2024&month=2&day=1&leap=true');
    expect(none.statusCode).toBe(400);
    expect(none.json().errors[0].name).toBe('leap');
  });
});

describe('calendar administration', () => {
  let t: TestApp;
  let admin: string;
  beforeAll(async () => {
    t = await testApp();
    admin = await loginAs(t.app, 'quantri');
  });
  afterAll(() => t.close());

  const days2027 = [
    { date: '2027-01-01', kind: 'holiday', name: 'Tết Dương lịch', source: 'CV 9999/VPCP-KGVX (thử nghiệm)' },
    { date: '2027-04-30', kind: 'holiday', name: 'Ngày Chiến thắng', source: 'BLLĐ 2019' },
    { date: '2027-05-03', kind: 'swap_off', name: 'Nghỉ hoán đổi', source: 'CV 9999/VPCP-KGVX (thử nghiệm)' },
    { date: '2027-05-08', kind: 'makeup_workday', name: 'Làm bù', source: 'CV 9999/VPCP-KGVX (thử nghiệm)' },
  ];

  it('starts from the shipped provisional schedule for 2027', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/admin/calendar/years/2027', headers: { cookie: admin } });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ origin: 'provisional', provisional: true, version: null, history: [] });
    expect((await t.app.inject({ method: 'GET', url: '/api/admin/calendar/years/2024', headers: { cookie: admin } })).json().origin).toBe('official');
  });

  it('saves a corrected year, which the due-date computation uses at once, with history', async () => {
    const saved = await t.app.inject({ method: 'PUT', url: '/api/admin/calendar/years/2027', headers: { cookie: admin }, payload: { days: days2027, provisional: false, note: 'Theo công văn', version: null } });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ origin: 'stored', version: 1, provisional: false });
    expect(saved.json().history[0]).toMatchObject({ action: 'save', changedBy: 'quantri' });

    const sat = (await t.app.inject({ method: 'GET', url: '/api/calendar/days?from=2027-05-08&to=2027-05-08' })).json()[0];
    expect(sat).toMatchObject({ working: true, kind: 'makeup_workday' });
    // Fri 30/4 holiday, Mon 3/5 swapped off: Thu 29/4 + 1 working day → Tue 4/5.
    const due = await t.app.inject({ method: 'GET', url: '/api/calendar/due?receivedAt=2027-04-29T09:00:00%2B07:00&amount=1&unit=working_days' });
    expect(due.json()).toMatchObject({ dueDate: '2027-05-04', provisional: false });
  });

  it('refuses a stale version, and a make-up day on a weekday', async () => {
    const stale = await t.app.inject({ method: 'PUT', url: '/api/admin/calendar/years/2027', headers: { cookie: admin }, payload: { days: days2027, provisional: false, version: null } });
    expect(stale.statusCode).toBe(409);
    const bad = await t.app.inject({
      method: 'PUT',
      url: '/api/admin/calendar/years/2028',
      headers: { cookie: admin },
      payload: { days: [{ date: '2028-05-01', kind: 'makeup_workday', name: 'Làm bù', source: 'x' }, { date: '2029-01-01', kind: 'holiday', name: 'Tết', source: 'x' }], provisional: false, version: null },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors.map((e: { name: string }) => e.name)).toEqual(['days.0.kind', 'days.1.date']);
    expect(bad.json().detail).toContain('phải là thứ Bảy hoặc Chủ nhật');
  });

  it('reverts to the shipped schedule and keeps the history', async () => {
    const res = await t.app.inject({ method: 'DELETE', url: '/api/admin/calendar/years/2027', headers: { cookie: admin } });
    expect(res.json()).toMatchObject({ origin: 'provisional' });
    expect(res.json().history.map((h: { action: string }) => h.action)).toEqual(['revert', 'save']);
    const sat = (await t.app.inject({ method: 'GET', url: '/api/calendar/days?from=2027-05-08&to=2027-05-08' })).json()[0];
    expect(sat.working).toBe(false);
  });

  it('only the instance administrator edits the calendar', async () => {
    for (const u of ['kiemsoat', 'tiepnhan', 'thanhtra']) {
      const cookie = await loginAs(t.app, u);
      const res = await t.app.inject({ method: 'PUT', url: '/api/admin/calendar/years/2029', headers: { cookie }, payload: { days: [], provisional: true, version: null } });
      expect(res.statusCode, u).toBe(403);
    }
  });

  it('per-agency office hours change when the clock starts', async () => {
    const set = await t.app.inject({
      method: 'PUT',
      url: '/api/admin/agencies/000.01.31.H04/office-hours',
      headers: { cookie: admin },
      payload: { morning: { start: '07:30', end: '11:30' }, afternoon: { start: '13:00', end: '17:00' }, version: null },
    });
    expect(set.statusCode, set.body).toBe(200);
    const r = await t.app.inject({ method: 'GET', url: '/api/calendar/due?receivedAt=2025-06-10T07:10:00%2B07:00&amount=1&unit=working_days&agency=000.01.31.H04' });
    expect(r.json()).toMatchObject({ countFrom: '2025-06-10T07:30:00+07:00', dueAt: '2025-06-11T07:30:00+07:00' });
    const other = await t.app.inject({ method: 'GET', url: '/api/calendar/due?receivedAt=2025-06-10T07:10:00%2B07:00&amount=1&unit=working_days&agency=000.00.17.H04' });
    expect(other.json().countFrom).toBe('2025-06-10T07:10:00+07:00');
    const bad = await t.app.inject({
      method: 'PUT',
      url: '/api/admin/agencies/000.01.31.H04/office-hours',
      headers: { cookie: admin },
      payload: { morning: { start: '11:30', end: '07:30' }, afternoon: { start: '13:00', end: '17:00' }, version: 1 },
    });
    expect(bad.statusCode).toBe(400);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginAs, testApp, type TestApp } from '../support/app';
import { act, receive } from '../support/dossiers';

const URL = '/api/admin/processes/3.000334/000.00.17.H04';
const step = (key: string, kind: string, role: string, hours: number, unitCode: string | null = null) => ({ key, name: `Bước ${key}`, kind, role, unitCode, share: { amount: hours, unit: 'working_hours' } });

describe('internal processes', () => {
  let t: TestApp;
  let kstthc: string;
  beforeAll(async () => {
    t = await testApp({ catalogue: true });
    kstthc = await loginAs(t.app, 'kiemsoat');
  });
  afterAll(() => t.close());

  it('shows the generated default while none is approved', async () => {
    const r = await t.app.inject({ method: 'GET', url: URL, headers: { cookie: kstthc } });
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json()).toMatchObject({ usingDefault: true, inForce: null });
    expect(r.json().defaultSteps.map((s: { kind: string }) => s.kind)).toEqual(['receive', 'process', 'approve', 'sign', 'return']);
  });

  it('refuses shares over the statutory time and malformed steps, naming them', async () => {
    const detail = (await t.app.inject({ method: 'GET', url: '/api/procedures/3.000334' })).json();
    // 10 calendar days are bounded by 7 working days (5 a week): 56 office hours.
    expect(detail.channels[0].processingTime).toMatchObject({ amount: 10, unit: 'calendar_days' });
    const hours = 56;
    const over = [step('a', 'receive', 'reception', 4), step('b', 'process', 'specialist', hours), step('c', 'return', 'reception', 4)];
    const r = await t.app.inject({ method: 'PUT', url: `${URL}/draft`, headers: { cookie: kstthc }, payload: { steps: over } });
    expect(r.statusCode).toBe(400);
    expect(r.json().errors.map((e: { name: string }) => e.name)).toContain('steps');
    expect(r.json().detail).toContain('vượt thời hạn giải quyết');
    const bad = await t.app.inject({ method: 'PUT', url: `${URL}/draft`, headers: { cookie: kstthc }, payload: { steps: [{ key: 'x', kind: 'dance' }] } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors.map((e: { name: string }) => e.name)).toContain('steps.0.kind');
  });

  it('an approved process is followed by dossiers received after it takes effect', async () => {
    const steps = [step('tn', 'receive', 'reception', 2), step('tham-dinh', 'process', 'specialist', 16, 'HCTP'), step('duyet', 'approve', 'unit_head', 4, 'HCTP'), step('ky', 'sign', 'agency_head', 4), step('tra', 'return', 'reception', 2)];
    expect((await t.app.inject({ method: 'PUT', url: `${URL}/draft`, headers: { cookie: kstthc }, payload: { steps } })).statusCode).toBe(200);
    const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
    const ok = await t.app.inject({ method: 'POST', url: `${URL}/approve`, headers: { cookie: kstthc }, payload: { decisionNumber: '45/QĐ-STP', decisionDate: today, approvedBy: 'Giám đốc Sở Tư pháp', effectiveFrom: today } });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ usingDefault: false, inForce: { versionNo: 1, decisionNumber: '45/QĐ-STP' } });
    const reception = await loginAs(t.app, 'tiepnhan');
    const d = (await receive(t.app, reception)).json();
    expect(d.steps.map((s: { key: string }) => s.key)).toEqual(['tn', 'tham-dinh', 'duyet', 'ky', 'tra']);
    const moved = (await act(t.app, reception, d.code, 'forward')).json();
    expect(moved.stepHistory[1]).toMatchObject({ stepKey: 'tham-dinh', unitCode: 'HCTP' });
    const unitQueue = (await t.app.inject({ method: 'GET', url: '/api/workqueues/unit', headers: { cookie: await loginAs(t.app, 'chuyenvien') } })).json();
    expect(unitQueue.items.map((i: { code: string }) => i.code)).toContain(d.code);
  });

  it('one-stop officers cannot change processes', async () => {
    const reception = await loginAs(t.app, 'tiepnhan');
    expect((await t.app.inject({ method: 'PUT', url: `${URL}/draft`, headers: { cookie: reception }, payload: { steps: [step('a', 'receive', 'reception', 1)] } })).statusCode).toBe(403);
  });
});

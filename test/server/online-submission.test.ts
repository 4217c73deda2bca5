import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOSSIER_CODE_PATTERN } from '../../src/domain/dossier';
import { loginAs, testApp, type TestApp } from '../support/app';
import { citizenWithSession } from '../support/citizens';
import { act } from '../support/dossiers';
import { applyOnline, createDraft, LLTP_VALUES, saveDraft, SO_TU_PHAP, submit, upload } from '../support/online';

describe('online submission: drafts, checks, submission into the reception queue', () => {
  let t: TestApp;
  let tiepnhan = '';
  let mai: Awaited<ReturnType<typeof citizenWithSession>>;
  let binh: Awaited<ReturnType<typeof citizenWithSession>>;
  const q = async (sql: string, params: unknown[] = []) => (await t.db.pool.query(sql, params)).rows;

  beforeAll(async () => {
    t = await testApp({ catalogue: true });
    tiepnhan = await loginAs(t.app, 'tiepnhan');
    mai = await citizenWithSession(t.db, { fullName: 'Trần Thị Mai', email: 'mai@example.vn' });
    binh = await citizenWithSession(t.db, { fullName: 'Lê Văn Bình' });
  });
  afterAll(() => t.close());

  it('saves a draft and resumes it; the applicant comes from the account; stale saves are 409; others see nothing', async () => {
    const created = await createDraft(t.app, mai.cookie, '3.000334', { agencyCode: SO_TU_PHAP, values: { purpose: 'study' } });
    expect(created.statusCode, created.body).toBe(201);
    const draft = created.json();
    expect(draft).toMatchObject({ procedureCode: '3.000334', version: 1, content: { agencyCode: SO_TU_PHAP, values: { purpose: 'study' }, documents: [] } });
    expect(draft.applicant).toMatchObject({ kind: 'individual', name: 'Trần Thị Mai', idNumber: mai.idNumber, email: 'mai@example.vn' });

    const saved = await saveDraft(t.app, mai.cookie, draft.id, 1, { agencyCode: SO_TU_PHAP, values: { purpose: 'other', purposeOther: 'Xuất khẩu lao động' } });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json().version).toBe(2);
    const stale = await saveDraft(t.app, mai.cookie, draft.id, 1, { values: {} });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().currentVersion).toBe(2);

    const resumed = await t.app.inject({ method: 'GET', url: `/api/citizen/drafts/${draft.id}`, headers: { cookie: mai.cookie } });
    expect(resumed.json().content.values).toEqual({ purpose: 'other', purposeOther: 'Xuất khẩu lao động' });
    const list = await t.app.inject({ method: 'GET', url: '/api/citizen/drafts', headers: { cookie: mai.cookie } });
    expect(list.json()).toEqual([expect.objectContaining({ id: draft.id, procedureCode: '3.000334', procedureName: expect.stringContaining('Lý lịch tư pháp'), version: 2 })]);

    expect((await t.app.inject({ method: 'GET', url: `/api/citizen/drafts/${draft.id}`, headers: { cookie: binh.cookie } })).statusCode).toBe(404);
    expect((await saveDraft(t.app, binh.cookie, draft.id, 2, {})).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: '/api/citizen/drafts', headers: { cookie: binh.cookie } })).json()).toEqual([]);
    expect((await t.app.inject({ method: 'GET', url: `/api/citizen/drafts/${draft.id}` })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'DELETE', url: `/api/citizen/drafts/${draft.id}`, headers: { cookie: mai.cookie } })).statusCode).toBe(204);
    expect((await t.app.inject({ method: 'GET', url: `/api/citizen/drafts/${draft.id}`, headers: { cookie: mai.cookie } })).statusCode).toBe(404);
  });

  it('only procedures offered online (full or partial) take drafts', async () => {
    const r = await createDraft(t.app, mai.cookie, '2.000815');
    expect(r.statusCode).toBe(422);
    expect(r.json().errors).toEqual([{ name: 'procedureCode', reason: expect.any(String) }]);
    expect((await createDraft(t.app, mai.cookie, '9.999999')).statusCode).toBe(404);
  });

  it('refuses a submission with each problem at its path, and writes nothing', async () => {
    const before = (await q('SELECT count(*)::int AS n FROM dossiers'))[0].n;
    const mine = await upload(t.app, mai.cookie, 'mine.pdf');
    const theirs = await upload(t.app, binh.cookie, 'theirs.pdf');
    const cases: [Record<string, unknown>, number, string[]][] = [
      [{ agencyCode: SO_TU_PHAP, values: {}, documents: [{ index: 0, fileId: mine }] }, 400, ['values.purpose', 'values.copies', 'values.includeErased', 'values.residence', 'documents.1']],
      [{ agencyCode: SO_TU_PHAP, values: { ...LLTP_VALUES, purpose: 'other', copies: 0 }, documents: [{ index: 0, fileId: mine }, { index: 1, fileId: mine }] }, 400, ['values.purposeOther', 'values.copies']],
      [{ agencyCode: SO_TU_PHAP, values: { ...LLTP_VALUES, residence: { province: 'an-giang', commune: 'ba-dinh' } }, documents: [{ index: 0, fileId: mine }, { index: 1, fileId: theirs }] }, 400, ['values.residence.commune', 'documents.1']],
      [{ agencyCode: '000.01.31.H04', values: LLTP_VALUES, documents: [{ index: 0, fileId: mine }, { index: 1, fileId: mine }] }, 422, ['agencyCode']],
      [{ values: LLTP_VALUES, documents: [{ index: 0, fileId: mine }, { index: 1, fileId: mine }] }, 400, ['agencyCode']],
    ];
    for (const [content, status, names] of cases) {
      const d = await createDraft(t.app, mai.cookie, '3.000334', content);
      expect(d.statusCode, d.body).toBe(201);
      const r = await submit(t.app, mai.cookie, d.json().id);
      expect(r.statusCode, JSON.stringify(content)).toBe(status);
      expect(r.json().errors.map((e: { name: string }) => e.name)).toEqual(names);
    }
    expect((await q('SELECT count(*)::int AS n FROM dossiers'))[0].n).toBe(before);
    const noKey = await t.app.inject({ method: 'POST', url: `/api/citizen/drafts/${(await createDraft(t.app, mai.cookie)).json().id}/submit`, headers: { cookie: mai.cookie } });
    expect(noKey.statusCode).toBe(400);
  });

  it('submits: status 1, a code from the agency sequence, no due date, applicant from the account, uploads as digitised components', async () => {
    const files = [await upload(t.app, mai.cookie, 'van-ban-yeu-cau.pdf'), await upload(t.app, mai.cookie, 'mau-06.pdf')];
    const draft = (await createDraft(t.app, mai.cookie, '3.000334', { agencyCode: SO_TU_PHAP, values: { ...LLTP_VALUES, ignored: 'x' }, documents: files.map((fileId, index) => ({ index, fileId })) })).json();
    const key = 'nop-truc-tuyen-1';
    const r = await submit(t.app, mai.cookie, draft.id, key);
    expect(r.statusCode, r.body).toBe(201);
    const d = r.json();
    expect(d.code).toMatch(DOSSIER_CODE_PATTERN);
    expect(d.code.startsWith(`${SO_TU_PHAP}-`)).toBe(true);
    expect(d).toMatchObject({ status: 1, statusName: 'Mới đăng ký', channel: 'online', dueAt: null, receivedAt: null, actions: ['withdraw'] });
    expect(d.milestones.map((m: { key: string; state: string }) => `${m.key}:${m.state}`)).toEqual(['submitted:done', 'received:current', 'processing:waiting', 'result_ready:waiting', 'returned:waiting']);
    expect(d.formData).toEqual(LLTP_VALUES);
    expect(d.documents).toEqual([
      { name: expect.stringContaining('Mẫu số 03/2025/LLTP'), source: 'upload', fileId: files[0], supplement: false },
      { name: expect.stringContaining('Mẫu số 06/2025/LLTP'), source: 'upload', fileId: files[1], supplement: false },
    ]);

    // A retry with the same key answers the same dossier; the draft is gone.
    const again = await submit(t.app, mai.cookie, draft.id, key);
    expect(again.statusCode).toBe(201);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.json().code).toBe(d.code);
    expect((await t.app.inject({ method: 'GET', url: `/api/citizen/drafts/${draft.id}`, headers: { cookie: mai.cookie } })).statusCode).toBe(404);

    const [row] = await q(`SELECT status, applicant, citizen_id, received_at, due_at FROM dossiers WHERE code = $1`, [d.code]);
    expect(row).toMatchObject({ status: 1, citizen_id: mai.id, received_at: null, due_at: null });
    expect(row.applicant).toMatchObject({ kind: 'individual', name: 'Trần Thị Mai', idNumber: mai.idNumber });
    const [create] = await q(`SELECT actor_id, actor_role, actor_name FROM dossier_actions a JOIN dossiers d ON d.id = a.dossier_id WHERE d.code = $1 AND seq = 1`, [d.code]);
    expect(create).toEqual({ actor_id: null, actor_role: 'applicant', actor_name: 'Trần Thị Mai' });
    expect((await q(`SELECT topic FROM outbox WHERE dedupe_key = $1`, [`dossier.submitted:${d.code}`])).map((x) => x.topic)).toEqual(['dossier.submitted']);

    // The agency's reception queue has it; the officer opens the citizen's file.
    const queue = await t.app.inject({ method: 'GET', url: '/api/workqueues/to-receive', headers: { cookie: tiepnhan } });
    expect(queue.json().items.map((x: { code: string }) => x.code)).toContain(d.code);
    const officerView = await t.app.inject({ method: 'GET', url: `/api/dossiers/${d.code}`, headers: { cookie: tiepnhan } });
    expect(officerView.json()).toMatchObject({ status: 1, availableActions: expect.arrayContaining(['receive', 'refuse']), formData: LLTP_VALUES, digitisation: { componentsDigitised: true, reused: false } });
    expect((await t.app.inject({ method: 'GET', url: `/api/files/${files[0]}`, headers: { cookie: tiepnhan } })).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: `/api/files/${files[0]}`, headers: { cookie: mai.cookie } })).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: `/api/files/${files[0]}`, headers: { cookie: binh.cookie } })).statusCode).toBe(403);
  });

  it('the officer receives it: the clock starts, Form 01 is issued, and the citizen sees "received"', async () => {
    const d = await applyOnline(t.app, mai.cookie);
    const r = await act(t.app, tiepnhan, d.code, 'receive');
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json()).toMatchObject({ status: 2, dueAt: expect.any(String), receivedAt: expect.any(String) });
    const docs = (await t.app.inject({ method: 'GET', url: `/api/dossiers/${d.code}/documents`, headers: { cookie: tiepnhan } })).json();
    expect(docs.find((x: { form: string }) => x.form === 'receipt')).toMatchObject({ kind: 'form', number: '01', signed: true });
    const mine = (await t.app.inject({ method: 'GET', url: `/api/citizen/dossiers/${d.code}`, headers: { cookie: mai.cookie } })).json();
    expect(mine).toMatchObject({ status: 2, dueAt: expect.any(String), processingAt: expect.stringContaining('Sở Tư pháp') });
    expect(mine.milestones.slice(0, 3).map((m: { key: string; state: string }) => `${m.key}:${m.state}`)).toEqual(['submitted:done', 'received:done', 'processing:current']);
    expect(mine.issued).toEqual([expect.objectContaining({ form: 'receipt', number: '01', signed: true })]);
    expect(mine.timeline.map((e: { label: string }) => e.label)).toEqual(['Nộp hồ sơ trực tuyến', 'Hồ sơ được tiếp nhận']);
    expect(JSON.stringify(mine.timeline)).not.toContain('Lê Thị Hồng');
    const file = await t.app.inject({ method: 'GET', url: `/api/citizen/dossiers/${d.code}/documents/${mine.issued[0].id}/file`, headers: { cookie: mai.cookie } });
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('application/pdf');
    expect(file.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  });
});

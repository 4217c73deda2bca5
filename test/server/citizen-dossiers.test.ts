import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginAs, testApp, type TestApp } from '../support/app';
import { citizenWithSession } from '../support/citizens';
import { act, buildReceipt, receive } from '../support/dossiers';
import { applyOnline, createDraft, LLTP_VALUES, SO_TU_PHAP, submit, upload } from '../support/online';

type View = { code: string; status: number; version: number; supplement: { reason: string; documents: string[] } | null; issued: { id: string; form: string; signed: boolean; verificationCode: string | null }[]; documents: { name: string; source: string | null; fileId: string | null; supplement: boolean }[]; actions: string[]; dueAt: string | null; feePending: boolean; fees: unknown[] };

describe("the citizen's dossiers: tracking, supplement online, withdrawal, results and the data store", () => {
  let t: TestApp;
  const c: Record<string, string> = {};
  let mai: Awaited<ReturnType<typeof citizenWithSession>>;
  let binh: Awaited<ReturnType<typeof citizenWithSession>>;
  let resultCode = '';
  const q = async (sql: string, params: unknown[] = []) => (await t.db.pool.query(sql, params)).rows;
  const view = async (code: string, cookie = mai.cookie) => t.app.inject({ method: 'GET', url: `/api/citizen/dossiers/${code}`, headers: { cookie } });
  const ok = async (r: Promise<{ statusCode: number; body: string }>, status = 200) => {
    const res = await r;
    expect(res.statusCode, res.body).toBe(status);
  };
  /** Receive → process → approve → sign → return, as the demo officers. */
  async function complete(code: string, from: 'received' | 'submitted' = 'submitted') {
    if (from === 'submitted') await ok(act(t.app, c.tiepnhan!, code, 'receive'));
    await ok(act(t.app, c.tiepnhan!, code, 'forward'));
    await ok(act(t.app, c.chuyenvien!, code, 'claim'));
    await ok(act(t.app, c.chuyenvien!, code, 'forward'));
    await ok(act(t.app, c.truongphong!, code, 'approve', { comment: 'Đồng ý' }));
    await ok(act(t.app, c.giamdoc!, code, 'sign'));
    await ok(act(t.app, c.tiepnhan!, code, 'return_result', { method: 'electronic' }));
  }

  beforeAll(async () => {
    t = await testApp({ catalogue: true });
    for (const u of ['tiepnhan', 'chuyenvien', 'truongphong', 'giamdoc']) c[u] = await loginAs(t.app, u);
    mai = await citizenWithSession(t.db, { fullName: 'Trần Thị Mai' });
    binh = await citizenWithSession(t.db, { fullName: 'Lê Văn Bình' });
  });
  afterAll(() => t.close());

  it('lists what the citizen submitted and what was received at the counter in their name; another citizen gets 404', async () => {
    const online = await applyOnline(t.app, mai.cookie);
    const counter = (await receive(t.app, c.tiepnhan!, buildReceipt({ applicant: { kind: 'individual', name: 'Trần Thị Mai', idNumber: mai.idNumber, phone: '0912345678' } }))).json();
    const other = (await receive(t.app, c.tiepnhan!)).json();
    const list = (await t.app.inject({ method: 'GET', url: '/api/citizen/dossiers', headers: { cookie: mai.cookie } })).json() as { code: string; statusName: string; procedureName: string }[];
    expect(list.map((d) => d.code).sort()).toEqual([online.code, counter.code].sort());
    expect(list.find((d) => d.code === counter.code)).toMatchObject({ statusName: 'Được tiếp nhận', procedureName: expect.stringContaining('Lý lịch tư pháp') });
    const counterView = (await view(counter.code)).json();
    expect(counterView.milestones.map((m: { key: string }) => m.key)).toEqual(['received', 'processing', 'result_ready', 'returned']);
    expect(counterView.timeline[0].label).toBe('Tiếp nhận hồ sơ tại bộ phận một cửa');

    expect((await view(online.code, binh.cookie)).statusCode).toBe(404);
    expect((await view(other.code)).statusCode).toBe(404);
    expect((await view(online.code, '')).statusCode).toBe(401);
    const docs = (await view(counter.code)).json().issued as { id: string }[];
    expect((await t.app.inject({ method: 'GET', url: `/api/citizen/dossiers/${counter.code}/documents/${docs[0]!.id}/file`, headers: { cookie: binh.cookie } })).statusCode).toBe(404);
  });

  it('a supplement request shows its reason and documents; the citizen uploads them and processing resumes with a new due date', async () => {
    const d = await applyOnline(t.app, mai.cookie);
    await ok(act(t.app, c.tiepnhan!, d.code, 'receive'));
    await ok(act(t.app, c.tiepnhan!, d.code, 'request_supplement', { reason: 'Văn bản yêu cầu thiếu chữ ký', documents: ['Văn bản yêu cầu có chữ ký'] }));
    // Received three days ago: restarting the clock from the supplement moves the due date later.
    await q(`UPDATE dossiers SET received_at = received_at - interval '3 days', due_at = due_at - interval '3 days' WHERE code = $1`, [d.code]);
    const asked = (await view(d.code)).json() as View;
    expect(asked).toMatchObject({ status: 5, supplement: { reason: 'Văn bản yêu cầu thiếu chữ ký', documents: ['Văn bản yêu cầu có chữ ký'] }, actions: ['supplement_received', 'withdraw'] });
    expect(asked.issued.map((x) => x.form)).toEqual(['receipt', 'supplement']);
    await q(`UPDATE dossier_actions SET at = at - interval '1 day' WHERE action = 'request_supplement' AND dossier_id = (SELECT id FROM dossiers WHERE code = $1)`, [d.code]);

    const file = await upload(t.app, mai.cookie, 'van-ban-co-chu-ky.pdf');
    const theirs = await upload(t.app, binh.cookie, 'khac.pdf');
    const bad = await t.app.inject({ method: 'POST', url: `/api/citizen/dossiers/${d.code}/supplement`, headers: { cookie: mai.cookie }, payload: { documents: [{ name: 'Văn bản yêu cầu có chữ ký', fileId: theirs }] } });
    expect(bad.statusCode).toBe(400);
    expect((await t.app.inject({ method: 'POST', url: `/api/citizen/dossiers/${d.code}/supplement`, headers: { cookie: binh.cookie }, payload: { documents: [{ name: 'x', fileId: theirs }] } })).statusCode).toBe(404);
    const stale = await t.app.inject({ method: 'POST', url: `/api/citizen/dossiers/${d.code}/supplement`, headers: { cookie: mai.cookie }, payload: { version: 1, documents: [{ name: 'Văn bản yêu cầu có chữ ký', fileId: file }] } });
    expect(stale.statusCode).toBe(409);

    const r = await t.app.inject({ method: 'POST', url: `/api/citizen/dossiers/${d.code}/supplement`, headers: { cookie: mai.cookie }, payload: { version: asked.version, comment: 'Đã ký', documents: [{ name: 'Văn bản yêu cầu có chữ ký', fileId: file }] } });
    expect(r.statusCode, r.body).toBe(200);
    const after = r.json() as View;
    expect(after).toMatchObject({ status: 2, supplement: null });
    expect(after.documents.at(-1)).toEqual({ name: 'Văn bản yêu cầu có chữ ký', source: 'upload', fileId: file, supplement: true });
    expect(new Date(after.dueAt!).getTime()).toBeGreaterThan(new Date(asked.dueAt!).getTime());
    const [last] = await q(`SELECT a.action, a.actor_id, a.actor_role, a.status_after FROM dossier_actions a JOIN dossiers d ON d.id = a.dossier_id WHERE d.code = $1 ORDER BY seq DESC LIMIT 1`, [d.code]);
    expect(last).toEqual({ action: 'supplement_received', actor_id: null, actor_role: 'applicant', status_after: 2 });
    expect((await q(`SELECT topic FROM outbox WHERE dedupe_key LIKE $1`, [`dossier.status:${d.code}:%`])).length).toBe(3);
    // The officer sees the new component and may open its file.
    const officer = (await t.app.inject({ method: 'GET', url: `/api/dossiers/${d.code}`, headers: { cookie: c.tiepnhan! } })).json();
    expect(officer.documents).toHaveLength(3);
    expect((await t.app.inject({ method: 'GET', url: `/api/files/${file}`, headers: { cookie: c.chuyenvien! } })).statusCode).toBe(200);
    // Answered once: a second answer is refused.
    const twice = await t.app.inject({ method: 'POST', url: `/api/citizen/dossiers/${d.code}/supplement`, headers: { cookie: mai.cookie }, payload: { documents: [{ name: 'x', fileId: file }] } });
    expect(twice.statusCode).toBe(409);
  });

  it('the applicant withdraws with a reason; a withdrawn dossier cannot be withdrawn again', async () => {
    const d = await applyOnline(t.app, mai.cookie);
    const noReason = await t.app.inject({ method: 'POST', url: `/api/citizen/dossiers/${d.code}/withdraw`, headers: { cookie: mai.cookie }, payload: { reason: ' ' } });
    expect(noReason.statusCode).toBe(400);
    const r = await t.app.inject({ method: 'POST', url: `/api/citizen/dossiers/${d.code}/withdraw`, headers: { cookie: mai.cookie }, payload: { reason: 'Đã có phiếu khác' } });
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json()).toMatchObject({ status: 7, actions: [], finishedAt: expect.any(String) });
    expect(r.json().milestones.map((m: { key: string; state: string }) => `${m.key}:${m.state}`)).toEqual(['submitted:done', 'withdrawn:failed']);
    const again = await t.app.inject({ method: 'POST', url: `/api/citizen/dossiers/${d.code}/withdraw`, headers: { cookie: mai.cookie }, payload: { reason: 'Lần nữa' } });
    expect(again.statusCode).toBe(409);
    expect(again.json().currentStatus).toBe(7);
    const queue = await t.app.inject({ method: 'GET', url: '/api/workqueues/to-receive', headers: { cookie: c.tiepnhan! } });
    expect(queue.json().items.map((x: { code: string }) => x.code)).not.toContain(d.code);
  });

  it('after the result is signed and returned the citizen downloads it; it and the accepted uploads fill "Giấy tờ của tôi"', async () => {
    const d = await applyOnline(t.app, mai.cookie);
    await complete(d.code);
    const done = (await view(d.code)).json() as View;
    expect(done.status).toBe(10);
    const result = done.issued.find((x) => x.form === 'final')!;
    expect(result).toMatchObject({ signed: true, verificationCode: expect.stringMatching(/^[0-9A-Z]{12}$/) });
    expect(done.issued.map((x) => x.form)).not.toContain('draft');
    resultCode = result.verificationCode!;
    const pdf = await t.app.inject({ method: 'GET', url: `/api/citizen/dossiers/${d.code}/documents/${result.id}/file`, headers: { cookie: mai.cookie } });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');

    const store = (await t.app.inject({ method: 'GET', url: '/api/citizen/documents', headers: { cookie: mai.cookie } })).json();
    expect(store.results).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'result', id: result.id, dossierCode: d.code, verificationCode: resultCode })]));
    expect(store.uploads.map((u: { dossierCode: string }) => u.dossierCode)).toContain(d.code);
    // A submission not yet received gives nothing to the store.
    const pending = await applyOnline(t.app, mai.cookie);
    expect(store.uploads.map((u: { dossierCode: string }) => u.dossierCode)).not.toContain(pending.code);
    expect((await t.app.inject({ method: 'GET', url: '/api/citizen/documents', headers: { cookie: binh.cookie } })).json()).toEqual({ uploads: [], results: [] });
    expect((await t.app.inject({ method: 'GET', url: `/api/files/${store.results[0].fileId}`, headers: { cookie: mai.cookie } })).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: `/api/files/${store.results[0].fileId}`, headers: { cookie: binh.cookie } })).statusCode).toBe(403);
  });

  it('reusing the previous result and an accepted upload: no new file, source personal_store, the dossier counts as reused', async () => {
    const store = (await t.app.inject({ method: 'GET', url: '/api/citizen/documents', headers: { cookie: mai.cookie } })).json();
    const result = store.results[0];
    const accepted = store.uploads[0];
    const filesBefore = (await q('SELECT count(*)::int AS n FROM files'))[0].n;
    const draft = (await createDraft(t.app, mai.cookie, '3.000334', { agencyCode: SO_TU_PHAP, values: LLTP_VALUES, documents: [{ index: 0, reuse: { kind: 'upload', id: accepted.id } }, { index: 1, reuse: { kind: 'result', id: result.id } }] })).json();
    const r = await submit(t.app, mai.cookie, draft.id);
    expect(r.statusCode, r.body).toBe(201);
    const d = r.json() as View;
    expect(d.documents.map((x) => [x.source, x.fileId])).toEqual([['personal_store', accepted.fileId], ['personal_store', result.fileId]]);
    expect((await q('SELECT count(*)::int AS n FROM files'))[0].n).toBe(filesBefore);
    const officer = (await t.app.inject({ method: 'GET', url: `/api/dossiers/${d.code}`, headers: { cookie: c.tiepnhan! } })).json();
    expect(officer.digitisation).toMatchObject({ reused: true, fromPersonalStore: true, componentsDigitised: true });
    expect(officer.documents[1]).toMatchObject({ source: 'personal_store', reusedFrom: { kind: 'result', dossierCode: expect.any(String) } });
    expect((await t.app.inject({ method: 'GET', url: `/api/files/${result.fileId}`, headers: { cookie: c.tiepnhan! } })).statusCode).toBe(200);

    // Someone else's store document cannot be named.
    const foreign = (await createDraft(t.app, binh.cookie, '3.000334', { agencyCode: SO_TU_PHAP, values: LLTP_VALUES, documents: [{ index: 0, reuse: { kind: 'result', id: result.id } }, { index: 1, fileId: await upload(t.app, binh.cookie) }] })).json();
    const refused = await submit(t.app, binh.cookie, foreign.id);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors).toEqual([{ name: 'documents.0', reason: 'giấy tờ không có trong Giấy tờ của tôi' }]);
  });

  it('shows the fees of the channel and "chờ nộp phí" where a fee applies', async () => {
    const free = (await view((await applyOnline(t.app, mai.cookie)).code)).json() as View;
    expect(free.fees).toEqual([{ label: 'Phí, lệ phí', amount: 0, asWritten: 'Miễn phí' }]);
    expect(free.feePending).toBe(false);
    // Đăng ký kết hôn (partial online, at a commune): the fee is set by the province, not stated.
    const values = { partnerName: 'Nguyễn Văn An', partnerId: '089095001234', partnerBirthDate: '1995-03-02', partnerResidence: { province: 'an-giang', commune: 'long-xuyen' }, marriedBefore: 'yes', previousMarriages: [] };
    const draft = (await createDraft(t.app, mai.cookie, '1.000894', { agencyCode: '000.01.31.H04', values, documents: [{ index: 0, fileId: await upload(t.app, mai.cookie) }] })).json();
    const refused = await submit(t.app, mai.cookie, draft.id);
    expect(refused.json().errors).toEqual([{ name: 'values.previousMarriages', reason: 'Cần nhập "Các lần kết hôn trước"' }]);
    await ok(t.app.inject({ method: 'PUT', url: `/api/citizen/drafts/${draft.id}`, headers: { cookie: mai.cookie }, payload: { version: draft.version, content: { ...draft.content, values: { ...values, marriedBefore: 'no' } } } }));
    const r = await submit(t.app, mai.cookie, draft.id);
    expect(r.statusCode, r.body).toBe(201);
    const paid = r.json() as View & { formData: unknown };
    expect(paid.feePending).toBe(true);
    expect(paid.fees).toEqual([expect.objectContaining({ label: 'Lệ phí', amount: null })]);
    // The hidden group (no earlier marriage) is not kept.
    const { previousMarriages: _hidden, ...shown } = values;
    expect(paid.formData).toEqual({ ...shown, marriedBefore: 'no', partnerResidence: { province: 'an-giang', commune: 'long-xuyen', street: '' } });
    expect(paid.documents).toHaveLength(1);
  });
});

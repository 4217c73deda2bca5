import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runPaknSweep } from '../../src/server/jobs/pakn-sweep';
import { deliverNotice } from '../../src/server/services/deliver-notice';
import { paknDeliveries } from '../../src/server/services/pakn-notices';
import { loginAs, testApp, type TestApp } from '../support/app';
import { citizenWithSession } from '../support/citizens';

/** PAKN through the HTTP API: portal and counter intake, classification, answer, approval, publication, rating. */
const STP = '000.00.17.H04';
const LX = '000.01.31.H04';
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

let t: TestApp;
const ids: Record<string, string> = {};
const cookies: Record<string, string> = {};

const sender = { name: 'Nguyễn Văn An', address: 'Số 30 Phan Đình Phùng, phường Long Xuyên', phone: '0912 000 111', email: 'an.nv@example.vn' };
const submission = (over: Json = {}) => ({
  agencyId: ids[STP],
  title: 'Cấp bản sao từ sổ gốc vẫn yêu cầu xuất trình căn cước',
  content: 'Khi đề nghị cấp bản sao giấy khai sinh từ sổ gốc tôi vẫn phải xuất trình thẻ căn cước dù đã có tài khoản định danh điện tử.',
  sender,
  ...over,
});

async function submit(body: Json, cookie?: string) {
  return t.app.inject({ method: 'POST', url: '/api/public/pakn', payload: body, ...(cookie ? { headers: { cookie } } : {}) });
}
async function desk(who: string, body: Json) {
  return t.app.inject({ method: 'POST', url: '/api/pakn', headers: { cookie: cookies[who]! }, payload: body });
}
async function view(who: string, code: string): Promise<Json> {
  const r = await t.app.inject({ method: 'GET', url: `/api/pakn/${code}`, headers: { cookie: cookies[who]! } });
  expect(r.statusCode, r.body).toBe(200);
  return r.json();
}
async function act(who: string, code: string, action: string, payload: Json = {}, version?: number) {
  const v = version ?? (await view(who, code)).version;
  return t.app.inject({ method: 'POST', url: `/api/pakn/${code}/actions`, headers: { cookie: cookies[who]! }, payload: { action, version: v, payload } });
}
async function ok(who: string, code: string, action: string, payload: Json = {}): Promise<Json> {
  const r = await act(who, code, action, payload);
  expect(r.statusCode, r.body).toBe(200);
  return r.json();
}
const follow = (code: string, secret?: string, cookie?: string) => t.app.inject({ method: 'POST', url: `/api/public/pakn/${code}/follow`, payload: secret ? { secret } : {}, ...(cookie ? { headers: { cookie } } : {}) });

beforeAll(async () => {
  t = await testApp({ catalogue: true });
  const agencies = await t.db.pool.query<{ id: string; code: string }>('SELECT id, code FROM agencies');
  for (const a of agencies.rows) ids[a.code] = a.id;
  for (const u of ['chuyenvien', 'giamdoc', 'tiepnhan', 'motcua.longxuyen', 'thanhtra', 'kiemsoat']) cookies[u] = await loginAs(t.app, u);
});
afterAll(() => t.close());

describe('intake', () => {
  it('the portal form without an account: a code and a secret, deadlines, a reception notice queued', async () => {
    const r = await submit(submission());
    expect(r.statusCode, r.body).toBe(201);
    const { code, secret, status } = r.json();
    expect(code).toMatch(/^PA\d{6}-[0-9A-Z]{4}$/);
    expect(secret).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(status).toBe('received');
    const outbox = await t.db.pool.query(`SELECT payload FROM outbox WHERE topic = 'pakn.notice' AND payload->>'secret' = $1`, [secret]);
    expect(outbox.rowCount).toBe(1);
    const v = (await follow(code, secret.toLowerCase())).json();
    expect(v).toMatchObject({ code, status: 'received', statusName: 'Chờ tiếp nhận', canRate: false });
    expect((await follow(code, 'AAAA-AAAA')).statusCode).toBe(404);
  });

  it('art. 7 on the portal: 422 naming each missing requirement; nothing is written', async () => {
    const before = (await t.db.pool.query('SELECT count(*)::int AS n FROM pakn_items')).rows[0].n;
    const r = await submit(submission({ sender: { name: 'An', address: '', phone: '' }, content: 'Chậm quá' }));
    expect(r.statusCode).toBe(422);
    expect(r.headers['content-type']).toContain('application/problem+json');
    const p = r.json();
    expect(p.code).toBe('UNPROCESSABLE');
    expect(p.reason).toBe('pakn_requirements');
    expect(p.errors.map((e: Json) => e.name)).toEqual(['content', 'sender.address', 'sender.phone']);
    expect(p.detail).toContain('Điều 7 Nghị định 20/2008/NĐ-CP');
    expect((await t.db.pool.query('SELECT count(*)::int AS n FROM pakn_items')).rows[0].n).toBe(before);
    expect((await submit(submission({ agencyId: 'not-a-uuid' }))).statusCode).toBe(400);
    const unknown = await submit(submission({ procedureCode: '9.999999' }));
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json().errors[0].name).toBe('procedureCode');
  });

  it('a logged-in citizen: the profile fills the sender; the item is listed under the account and opens without the secret', async () => {
    const c = await citizenWithSession(t.db, { fullName: 'Trần Thị Mai', phone: '0912345001' });
    await t.db.pool.query(`UPDATE citizens SET address = 'Số 9 Lê Lợi, phường Long Xuyên' WHERE id = $1`, [c.id]);
    const r = await submit(submission({ sender: {}, title: 'Đề xuất tiếp nhận hồ sơ sáng thứ Bảy', content: 'Đề xuất Trung tâm tiếp nhận và trả kết quả vào sáng thứ Bảy hằng tuần cho người lao động.' }), c.cookie);
    expect(r.statusCode, r.body).toBe(201);
    const mine = await t.app.inject({ method: 'GET', url: '/api/citizen/pakn', headers: { cookie: c.cookie } });
    expect(mine.json().map((x: Json) => x.code)).toEqual([r.json().code]);
    expect((await follow(r.json().code, undefined, c.cookie)).json().code).toBe(r.json().code);
    const officer = await view('chuyenvien', r.json().code);
    expect(officer.sender).toMatchObject({ name: 'Trần Thị Mai', phone: '0912345001', hasAccount: true });
  });

  it('counter entry of a letter received before Tết 2026: deadlines skip the 9 days off', async () => {
    const r = await desk('tiepnhan', { ...submission(), channel: 'post', receivedAt: '2026-02-12T09:00:00+07:00' });
    expect(r.statusCode, r.body).toBe(201);
    const v = await view('tiepnhan', r.json().code);
    expect(v.channel).toBe('post');
    // Fri 13/2 (1), [14–22/2 off], Mon 23/2 (2) … Thu 26/2 (5) … Thu 12/3 (15).
    expect(v.deadlines).toMatchObject({ refuse: '2026-02-23T02:00:00.000Z', forward: '2026-02-26T02:00:00.000Z', process: '2026-03-12T02:00:00.000Z', current: '2026-03-12T02:00:00.000Z' });
    expect(v.ruleSet.id).toBe('dvcqg-2022');
    expect(v.overdue).toBe(true);
    ids.tet = v.code;
  });

  it('an officer entry failing art. 7 is recorded as not accepted, with the reason, and allows nothing', async () => {
    const r = await desk('tiepnhan', { ...submission(), channel: 'phone', sender: { name: 'Trương Văn Lộc', address: 'Khóm Tây Khánh 3, phường Long Xuyên' } });
    expect(r.statusCode, r.body).toBe(201);
    expect(r.json().status).toBe('not_accepted');
    expect(r.json().notAcceptedReason).toBe('Không đáp ứng yêu cầu tại Điều 7 Nghị định 20/2008/NĐ-CP: thiếu số điện thoại của người phản ánh, kiến nghị.');
    const v = await view('chuyenvien', r.json().code);
    expect(v.availableActions).toEqual([]);
    expect(v.finishedAt).not.toBeNull();
    const forced = await desk('tiepnhan', { ...submission(), channel: 'post', notAcceptedReason: 'Thư viết bằng tiếng nước ngoài, không có bản dịch.' });
    expect(forced.json()).toMatchObject({ status: 'not_accepted', notAcceptedReason: 'Thư viết bằng tiếng nước ngoài, không có bản dịch.' });
    const future = await desk('tiepnhan', { ...submission(), channel: 'post', receivedAt: '2099-01-01T09:00:00+07:00' });
    expect(future.statusCode).toBe(422);
  });

  it('scope: an officer of another agency may neither record nor read; an inspector reads but cannot act', async () => {
    expect((await desk('motcua.longxuyen', { ...submission(), channel: 'counter' })).statusCode).toBe(403);
    const r = await t.app.inject({ method: 'GET', url: `/api/pakn/${ids.tet}`, headers: { cookie: cookies['motcua.longxuyen']! } });
    expect(r.statusCode).toBe(403);
    const v = await view('thanhtra', ids.tet!);
    expect(v.availableActions).toEqual([]);
    expect((await act('thanhtra', ids.tet!, 'acknowledge')).statusCode).toBe(403);
    const inbox = await t.app.inject({ method: 'GET', url: '/api/pakn', headers: { cookie: cookies['motcua.longxuyen']! } });
    expect(inbox.json().total).toBe(0);
  });
});

describe('handling', () => {
  let code = '';
  let secret = '';

  it('acknowledge, classify with a catalogue procedure, draft: the answer waits for a leader (409 names the allowed actions)', async () => {
    const r = (await submit(submission({ title: 'Thủ tục cấp bản sao từ sổ gốc rườm rà' }))).json();
    code = r.code;
    secret = r.secret;
    expect((await ok('chuyenvien', code, 'acknowledge')).status).toBe('in_progress');
    const early = await act('chuyenvien', code, 'draft_answer', { answer: 'Nội dung trả lời đủ dài để gửi đi.' });
    expect(early.statusCode).toBe(409);
    expect(early.json().reason).toBe('unclassified');
    const c = await ok('chuyenvien', code, 'classify', { category: 'regulation', withinCompetence: true, procedureCode: '2.000908' });
    expect(c.procedure).toEqual({ code: '2.000908', name: 'Thủ tục cấp bản sao từ sổ gốc' });
    const d = await ok('chuyenvien', code, 'draft_answer', { answer: 'Theo Nghị quyết 66.7/2025/NQ-CP, cơ quan khai thác Cơ sở dữ liệu quốc gia về dân cư, không yêu cầu xuất trình căn cước.' });
    expect(d.status).toBe('awaiting_approval');
    expect(d.availableActions).toEqual(['draft_answer']);
    const denied = await act('chuyenvien', code, 'approve');
    expect(denied.statusCode).toBe(409);
    expect(denied.json()).toMatchObject({ code: 'CONFLICT', currentStatus: 'awaiting_approval', availableActions: ['draft_answer'], reason: 'role' });
  });

  it('a stale version is refused with the current state', async () => {
    const r = await act('giamdoc', code, 'approve', {}, 1);
    expect(r.statusCode).toBe(409);
    expect(r.json().currentVersion).toBeGreaterThan(1);
  });

  it('the leader approves; publication is due 2 working days later; publishing tells the sender and puts the answer on the portal', async () => {
    const a = await ok('giamdoc', code, 'approve');
    expect(a.status).toBe('awaiting_publication');
    expect(a.deadlines.publish).not.toBeNull();
    expect(a.deadlines.current).toBe(a.deadlines.publish);
    const p = await ok('chuyenvien', code, 'publish', { publicly: true });
    expect(p).toMatchObject({ status: 'published', isPublic: true, finishedOnTime: true, availableActions: [] });
    expect(p.history.map((h: Json) => h.action)).toEqual(['submit', 'acknowledge', 'classify', 'draft_answer', 'approve', 'publish']);
    const notices = await t.db.pool.query(`SELECT count(*)::int AS n FROM outbox WHERE topic = 'pakn.notice' AND payload->>'itemId' = $1`, [p.id]);
    expect(notices.rows[0].n).toBe(2); // reception and publication
  });

  it('public answers are searchable without diacritics and carry no personal data', async () => {
    const r = await t.app.inject({ method: 'GET', url: '/api/public/pakn?q=ban%20sao%20SO%20GOC%20dan%20cu' });
    expect(r.statusCode).toBe(200);
    expect(r.json().items.map((i: Json) => i.code)).toEqual([code]);
    expect(JSON.stringify(r.json())).not.toContain('0912000111');
    expect((await t.app.inject({ method: 'GET', url: '/api/public/pakn?q=khong%20co%20tu%20nay' })).json().total).toBe(0);
    const one = await t.app.inject({ method: 'GET', url: `/api/public/pakn/${code}` });
    expect(one.json()).toMatchObject({ code, procedure: { code: '2.000908' } });
    // An unpublished item is not public.
    expect((await t.app.inject({ method: 'GET', url: `/api/public/pakn/${ids.tet}` })).statusCode).toBe(404);
  });

  it('the sender rates the answer once (766 indicator 5.3)', async () => {
    const v = (await follow(code, secret)).json();
    expect(v).toMatchObject({ status: 'published', canRate: true });
    expect(v.answer).toContain('66.7/2025');
    const r = await t.app.inject({ method: 'POST', url: `/api/public/pakn/${code}/rating`, payload: { secret, rating: 'satisfied' } });
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json()).toMatchObject({ rating: 'satisfied', canRate: false });
    const again = await t.app.inject({ method: 'POST', url: `/api/public/pakn/${code}/rating`, payload: { secret, rating: 'unsatisfied' } });
    expect(again.statusCode).toBe(409);
    expect(again.json().reason).toBe('already_rated');
    expect((await t.app.inject({ method: 'POST', url: `/api/public/pakn/${code}/rating`, payload: { secret: 'WRONG-0000', rating: 'satisfied' } })).statusCode).toBe(404);
  });

  it('a re-complaint links the earlier item (code and secret)', async () => {
    const r = await submit(submission({ title: 'Phản ánh lại về bản sao từ sổ gốc', previous: { code, secret } }));
    expect(r.statusCode, r.body).toBe(201);
    expect((await view('chuyenvien', r.json().code)).previousCode).toBe(code);
    const bad = await submit(submission({ previous: { code, secret: 'ZZZZ-ZZZZ' } }));
    expect(bad.statusCode).toBe(404);
    const inbox = (await t.app.inject({ method: 'GET', url: '/api/pakn?q=phan%20anh%20lai', headers: { cookie: cookies.chuyenvien! } })).json();
    expect(inbox.items[0]).toMatchObject({ code: r.json().code, recomplaint: true });
  });
});

describe('forwarding, merging, supplements, extensions', () => {
  it('outside competence: forwarded to an external body, judged against the 5-day limit', async () => {
    const code = ids.tet!;
    await ok('chuyenvien', code, 'classify', { category: 'proposal', withinCompetence: false });
    const blocked = await act('chuyenvien', code, 'acknowledge');
    expect(blocked.statusCode).toBe(200); // acknowledging is still allowed; drafting is not
    const draft = await act('chuyenvien', code, 'draft_answer', { answer: 'Một câu trả lời đủ dài cho thử nghiệm.' });
    expect(draft.json().reason).toBe('outside_competence');
    const f = await ok('chuyenvien', code, 'forward', { to: 'Bộ Tư pháp', reason: 'Kiến nghị sửa luật thuộc thẩm quyền của Bộ Tư pháp.' });
    expect(f).toMatchObject({ status: 'forwarded', forwardedTo: 'Bộ Tư pháp', finishedOnTime: false, availableActions: [] });
  });

  it('forwarded to an agency using the system: the item is handed over under a new code, followed with the same secret', async () => {
    const r = (await submit(submission({ title: 'Chứng thực ở phường chậm trả', content: 'Tôi yêu cầu chứng thực hợp đồng tại phường Long Xuyên nhưng quá hẹn chưa có kết quả.' }))).json();
    const f = await ok('chuyenvien', r.code, 'forward', { to: 'Ủy ban nhân dân phường Long Xuyên', agencyId: ids[LX], reason: 'Thuộc thẩm quyền của UBND phường.' });
    expect(f.forwardedAgency.code).toBe(LX);
    const newCode = f.history.at(-1).data.newCode as string;
    const s = (await follow(r.code, r.secret)).json();
    expect(s).toMatchObject({ status: 'forwarded', forwardedCode: newCode });
    const there = (await follow(newCode, r.secret)).json();
    expect(there).toMatchObject({ status: 'received' });
    expect(there.agency.code).toBe(LX);
    const lx = await view('motcua.longxuyen', newCode);
    expect(lx.forwardedFromCode).toBe(r.code);
    const self = await act('chuyenvien', (await submit(submission())).json().code, 'forward', { to: 'Sở Tư pháp', agencyId: ids[STP], reason: 'Thử chuyển cho chính mình.' });
    expect(self.statusCode).toBe(422);
  });

  it('duplicates are suggested by similar content and merged into the original', async () => {
    const original = (await submit(submission({ title: 'Đường dây nóng không ai nghe máy', content: 'Số điện thoại đường dây nóng của Sở niêm yết tại bộ phận một cửa gọi nhiều lần không có người nghe máy.' }))).json();
    const dup = (await submit(submission({ title: 'Duong day nong khong ai nghe may', content: 'So dien thoai duong day nong cua So niem yet tai bo phan mot cua goi nhieu lan khong co nguoi nghe may, de nghi kiem tra.' }))).json();
    const v = await view('chuyenvien', dup.code);
    expect(v.duplicateCandidates[0]).toMatchObject({ code: original.code });
    expect(v.duplicateCandidates[0].score).toBeGreaterThan(0.5);
    const m = await ok('chuyenvien', dup.code, 'merge', { originalCode: original.code });
    expect(m).toMatchObject({ status: 'merged', duplicateOfCode: original.code });
    expect((await view('chuyenvien', original.code)).mergedCodes).toEqual([dup.code]);
    const third = (await submit(submission({ title: 'Đường dây nóng', content: 'Đường dây nóng của Sở không ai nghe máy, đề nghị kiểm tra lại.' }))).json();
    const intoMerged = await act('chuyenvien', third.code, 'merge', { originalCode: dup.code });
    expect(intoMerged.statusCode).toBe(422);
    expect(intoMerged.json().detail).toContain('phản ánh gốc');
  });

  it('a supplement request; the sender supplies it online and the clock starts again', async () => {
    const r = (await submit(submission({ title: 'Khai thác nước dưới đất cho hộ gia đình', content: 'Gia đình tôi khoan giếng dùng cho sinh hoạt, đề nghị cho biết có phải đăng ký hay không.' }))).json();
    await ok('chuyenvien', r.code, 'acknowledge');
    const before = await view('chuyenvien', r.code);
    const s = await ok('chuyenvien', r.code, 'request_supplement', { request: 'Đề nghị cho biết lưu lượng khai thác dự kiến (m³/ngày đêm).' });
    expect(s).toMatchObject({ status: 'awaiting_supplement', overdue: false });
    expect(s.deadlines.current).toBeNull();
    const sv = (await follow(r.code, r.secret)).json();
    expect(sv).toMatchObject({ canSupplement: true, supplementRequest: 'Đề nghị cho biết lưu lượng khai thác dự kiến (m³/ngày đêm).' });
    const sup = await t.app.inject({ method: 'POST', url: `/api/public/pakn/${r.code}/supplement`, payload: { secret: r.secret, text: 'Khoảng 2 m³/ngày đêm, giếng tại thửa 120 tờ bản đồ số 5.' } });
    expect(sup.statusCode, sup.body).toBe(200);
    expect(sup.json().status).toBe('in_progress');
    const after = await view('chuyenvien', r.code);
    expect(new Date(after.clockStartAt).getTime()).toBeGreaterThan(new Date(before.clockStartAt).getTime());
    expect(new Date(after.deadlines.process).getTime()).toBeGreaterThanOrEqual(new Date(before.deadlines.process).getTime());
    expect(after.history.at(-1)).toMatchObject({ action: 'supplement', actorKind: 'sender' });
    const twice = await t.app.inject({ method: 'POST', url: `/api/public/pakn/${r.code}/supplement`, payload: { secret: r.secret, text: 'Lần nữa' } });
    expect(twice.statusCode).toBe(409);
  });

  it('a leader extends once, within the rule set maximum', async () => {
    const r = (await submit(submission({ title: 'Hồ sơ quốc tịch chậm', content: 'Hồ sơ thôi quốc tịch của tôi nộp đã bốn tháng chưa có kết quả, đề nghị cho biết tiến độ.' }))).json();
    await ok('chuyenvien', r.code, 'acknowledge');
    expect((await act('chuyenvien', r.code, 'extend', { days: 3, reason: 'Cần xác minh thêm.' })).statusCode).toBe(409);
    expect((await act('giamdoc', r.code, 'extend', { days: 11, reason: 'Cần xác minh thêm.' })).statusCode).toBe(422);
    const before = await view('giamdoc', r.code);
    const e = await ok('giamdoc', r.code, 'extend', { days: 3, reason: 'Cần xác minh hồ sơ lưu trữ.' });
    expect(e.extended).toBe(true);
    expect(new Date(e.deadlines.process).getTime()).toBeGreaterThan(new Date(before.deadlines.process).getTime());
    const again = await act('giamdoc', r.code, 'extend', { days: 1, reason: 'Thêm lần nữa.' });
    expect(again.json().reason).toBe('extended_once');
  });

  it('a complaint about behaviour needs a finding (substantiated or not) in the answer', async () => {
    const r = (await submit(submission({ title: 'Thái độ cán bộ tiếp nhận', content: 'Cán bộ tiếp nhận trả lời thiếu tôn trọng và yêu cầu giấy tờ ngoài danh mục.' }))).json();
    await ok('chuyenvien', r.code, 'classify', { category: 'behaviour', withinCompetence: true });
    await ok('chuyenvien', r.code, 'acknowledge');
    const missing = await act('chuyenvien', r.code, 'draft_answer', { answer: 'Đã làm việc với cán bộ tiếp nhận và chấn chỉnh.' });
    expect(missing.statusCode).toBe(422);
    expect(missing.json().errors[0].name).toBe('payload.substantiated');
    expect((await ok('chuyenvien', r.code, 'draft_answer', { answer: 'Đã làm việc với cán bộ tiếp nhận và chấn chỉnh.', substantiated: true })).substantiated).toBe(true);
  });

  it('bad action payloads are 400 with the field named', async () => {
    const r = (await submit(submission())).json();
    const bad = await act('chuyenvien', r.code, 'classify', { category: 'other', withinCompetence: true });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].name).toBe('payload.category');
    const unknown = await t.app.inject({ method: 'POST', url: `/api/pakn/${r.code}/actions`, headers: { cookie: cookies.chuyenvien! }, payload: { action: 'delete', version: 1 } });
    expect(unknown.statusCode).toBe(400);
    expect((await t.app.inject({ method: 'GET', url: '/api/pakn/PA000000-ZZZZ', headers: { cookie: cookies.chuyenvien! } })).statusCode).toBe(404);
  });
});

describe('deadlines, sweep, dashboard, rule sets', () => {
  it('the sweep marks open items past their deadline once, with a history entry', async () => {
    const r = await desk('tiepnhan', { ...submission(), title: 'Thư cũ chưa xử lý', channel: 'post', receivedAt: '2026-03-02T08:00:00+07:00' });
    const code = r.json().code;
    const n = await runPaknSweep(t.db.store);
    expect(n).toBeGreaterThanOrEqual(1);
    expect(await runPaknSweep(t.db.store)).toBe(0);
    const v = await view('chuyenvien', code);
    expect(v.history.at(-1)).toMatchObject({ action: 'overdue', actorKind: 'system' });
    const inbox = (await t.app.inject({ method: 'GET', url: '/api/pakn?overdue=true', headers: { cookie: cookies.chuyenvien! } })).json();
    expect(inbox.items.map((i: Json) => i.code)).toContain(code);
    expect(inbox.items.every((i: Json) => i.overdue)).toBe(true);
  });

  it('the dashboard counts by category and status, the on-time rate and the overdue list', async () => {
    const r = await t.app.inject({ method: 'GET', url: '/api/pakn/dashboard?from=2026-01-01&to=2026-12-31', headers: { cookie: cookies.giamdoc! } });
    expect(r.statusCode, r.body).toBe(200);
    const d = r.json();
    const count = async (sql: string) => (await t.db.pool.query(sql, [ids[STP]])).rows[0].n as number;
    expect(d.handled).toBe(await count(`SELECT count(*)::int AS n FROM pakn_items WHERE agency_id = $1 AND status NOT IN ('not_accepted', 'merged')`));
    expect(d.notAccepted).toBe(2);
    expect(d.byStatus.find((s: Json) => s.status === 'merged').count).toBe(1);
    expect(d.byCategory.find((c: Json) => c.category === 'regulation').count).toBe(1);
    expect(d.ratings).toEqual({ satisfied: 1, unsatisfied: 0 });
    expect(d.recomplaints).toBe(1);
    // Finished: the published answer (on time) and two forwardings (the Tết letter late, the hand-over on time).
    expect(d).toMatchObject({ finished: 3, finishedOnTime: 2, onTimeRate: 66.67, extended: 1 });
    expect(d.overdue.length).toBe(d.openOverdue);
    expect(d.overdue.length).toBeGreaterThanOrEqual(1);
    expect((await t.app.inject({ method: 'GET', url: '/api/pakn/dashboard?from=2026-12-31&to=2026-01-01', headers: { cookie: cookies.giamdoc! } })).statusCode).toBe(400);
  });

  it('a rule set by decision applies to items received from its effective date', async () => {
    const rules = { id: 'qd-12-2026', decision: 'Quyết định số 12/2026/QĐ-UBND tỉnh An Giang', effectiveFrom: '2026-06-01', refuseDays: 2, forwardDays: 3, supplementRequestDays: 5, processDays: 10, publishDays: 2, maxExtensionDays: 5 };
    expect((await t.app.inject({ method: 'POST', url: '/api/pakn/rule-sets', headers: { cookie: cookies.chuyenvien! }, payload: rules })).statusCode).toBe(403);
    const r = await t.app.inject({ method: 'POST', url: '/api/pakn/rule-sets', headers: { cookie: cookies.kiemsoat! }, payload: rules });
    expect(r.statusCode, r.body).toBe(201);
    expect((await t.app.inject({ method: 'POST', url: '/api/pakn/rule-sets', headers: { cookie: cookies.kiemsoat! }, payload: rules })).statusCode).toBe(409);
    const before = (await desk('tiepnhan', { ...submission(), channel: 'email', receivedAt: '2026-05-29T09:00:00+07:00' })).json();
    const after = (await desk('tiepnhan', { ...submission(), channel: 'email', receivedAt: '2026-06-10T09:00:00+07:00' })).json();
    expect((await view('tiepnhan', before.code)).ruleSet.id).toBe('dvcqg-2022');
    const v = await view('tiepnhan', after.code);
    expect(v.ruleSet.id).toBe('qd-12-2026');
    // Wed 10/6/2026 09:00 + 10 WD: Thu 11 … Wed 24/6; forwarding + 3 WD: Mon 15/6.
    expect(v.deadlines.process).toBe('2026-06-24T02:00:00.000Z');
    expect(v.deadlines.forward).toBe('2026-06-15T02:00:00.000Z');
  });
});

describe('notices to the sender', () => {
  it('reception carries the secret (stored masked); publication reaches the senders of merged duplicates too', async () => {
    const o = (await submit(submission({ title: 'Phí chứng thực thu sai', content: 'Bộ phận một cửa thu phí chứng thực bản sao cao hơn mức quy định tại Thông tư 226/2016/TT-BTC.' }))).json();
    const d = (await submit(submission({ title: 'Thu phí chứng thực sai', content: 'Bộ phận một cửa thu phí chứng thực bản sao cao hơn mức quy định tại Thông tư 226/2016/TT-BTC, đề nghị kiểm tra.', sender: { ...sender, email: null, phone: '0987654321' } }))).json();
    await ok('chuyenvien', d.code, 'merge', { originalCode: o.code });
    await ok('chuyenvien', o.code, 'classify', { category: 'regulation', withinCompetence: true });
    await ok('chuyenvien', o.code, 'acknowledge');
    await ok('chuyenvien', o.code, 'draft_answer', { answer: 'Sở đã kiểm tra và yêu cầu hoàn trả khoản thu vượt mức quy định.' });
    await ok('giamdoc', o.code, 'approve');
    const published = await ok('chuyenvien', o.code, 'publish', { publicly: true });

    const received = await paknDeliveries(t.db.store, 'https://dvc.example.vn', { itemId: published.id, seq: 1, secret: o.secret });
    expect(received).toHaveLength(1);
    expect(received[0]!.notice.text).toContain(o.secret);
    expect(received[0]!.notice.text).toContain(`https://dvc.example.vn/phan-anh-kien-nghi/theo-doi?ma=${o.code}`);
    expect(received[0]!.stored!.text).not.toContain(o.secret);
    expect(received[0]!.to).toEqual({ email: 'an.nv@example.vn', phone: '0912000111' });

    const seq = published.history.at(-1).seq as number;
    const out = await paknDeliveries(t.db.store, 'https://dvc.example.vn', { itemId: published.id, seq });
    expect(out.map((x) => x.notice.template)).toEqual(['pakn.published', 'pakn.published']);
    expect(out[1]!.to).toEqual({ email: null, phone: '0987654321' });
    expect(out[1]!.notice.sms).toBe(`PAKN ${d.code} da co ket qua tra loi. Xem va danh gia tai: https://dvc.example.vn/phan-anh-kien-nghi/theo-doi?ma=${d.code}`);

    const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined };
    for (const x of [...received, ...out]) await deliverNotice({ store: t.db.store, email: null, sms: null, log: quiet }, x);
    const rows = (await t.db.pool.query(`SELECT topic, status, body FROM notifications WHERE topic = 'pakn.notice'`)).rows;
    expect(rows.length).toBe(5); // e-mail + SMS of the reception and of the answer, SMS of the duplicate's sender
    expect(rows.every((r) => r.status === 'skipped')).toBe(true);
    expect(rows.some((r) => String(r.body).includes(o.secret))).toBe(false);
  });
});

import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, addMonths, localDateOf } from '../../src/domain/calendar';
import { savingRate } from '../../src/domain/compliance-cost';
import { CRITERION_KEYS } from '../../src/domain/review';
import { loginAs, testApp, type TestApp } from '../support/app';
import { receive } from '../support/dossiers';
import { plainMonday, returnedDossier, setTimes } from '../support/reviews';

/** The Hà Nội example (legal digest §3) as a cost table at 40,000 đồng an hour: 1,024,000 → 231,000 đồng per dossier. */
const row = (activity: string, hours: number, money: Record<string, number> = {}) => ({ activity, label: '', hours, outsourcing: 0, fees: 0, otherCosts: 0, ...money });
const HA_NOI = {
  current: { hourlyIncome: 40_000, subjectsPerYear: 3228, frequencyPerYear: 1, rows: [row('prepare', 8), row('travel', 4, { otherCosts: 100_000 }), row('submit', 1, { fees: 100_000 }), row('wait', 2), row('supplement', 4, { otherCosts: 24_000 }), row('receive', 1)] },
  proposed: { hourlyIncome: 40_000, subjectsPerYear: 3228, frequencyPerYear: 1, rows: [row('prepare', 2), row('submit', 0.5, { fees: 100_000 }), row('receive', 0.5, { otherCosts: 11_000 })] },
};
const answers = (answer: string | null) => CRITERION_KEYS.map((key) => ({ key, answer: key === 'reasonableness.documents' ? 'no' : answer, comment: '', evidence: '' }));
const PROPOSAL = {
  summary: 'Cắt giảm giấy tờ đã có trong Cơ sở dữ liệu quốc gia về dân cư.',
  items: [{ content: 'Bỏ yêu cầu nộp bản chụp Căn cước công dân', reason: 'Thông tin đã có trong CSDL quốc gia về dân cư', recommendation: 'Khai thác dữ liệu qua VNeID', legalProvisions: 'Khoản 1 Điều 45 Luật Lý lịch tư pháp', roadmap: 'Năm 2027' }],
};

async function docxText(body: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(body);
  return (await zip.file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, '');
}

describe('review and simplification with compliance cost (TT 02/2017/TT-VPCP)', () => {
  let t: TestApp;
  const c: Record<string, string> = {};
  let reviewId = '';
  // The demo organisation has its own plan and reviews this year: the summary is compared against them.
  let before: Record<string, number> & { registered: Record<string, number> };
  let headBefore: Record<string, number>;
  const year = Number(localDateOf(new Date()).slice(0, 4));
  const get = (who: string, url: string) => t.app.inject({ method: 'GET', url, headers: { cookie: c[who]! } });
  const send = (who: string, method: 'POST' | 'PUT', url: string, payload: unknown) => t.app.inject({ method, url, headers: { cookie: c[who]! }, payload: payload as Record<string, unknown> });

  beforeAll(async () => {
    t = await testApp({ catalogue: true });
    for (const u of ['kiemsoat', 'tiepnhan', 'chuyenvien', 'truongphong', 'giamdoc', 'thanhtra', 'quantri']) c[u] = await loginAs(t.app, u);
    before = (await get('kiemsoat', `/api/review-plans/summary?year=${year}`)).json();
    headBefore = (await get('giamdoc', `/api/review-plans/summary?year=${year}`)).json();
    // Three returned dossiers with known office time (Mon 08:00 → Wed 10:00 = 18 h; Mon 09:00 → 16:00 = 5 h;
    // Mon 07:00 → Wed 17:00 = 24 h: median 18 h), one needing a supplement; one still open; one received 14 months ago.
    const mon = plainMonday(3);
    const wed = addDays(mon, 2);
    const times: [string, string][] = [[`${mon}T08:00:00+07:00`, `${wed}T10:00:00+07:00`], [`${mon}T09:00:00+07:00`, `${mon}T16:00:00+07:00`], [`${mon}T07:00:00+07:00`, `${wed}T17:00:00+07:00`]];
    for (const [i, [from, to]] of times.entries()) await setTimes(t.db.pool, await returnedDossier(t.app, c, { supplement: i === 0 }), from, to);
    expect((await receive(t.app, c.tiepnhan!)).statusCode).toBe(201);
    const old = (await receive(t.app, c.tiepnhan!)).json().code;
    await setTimes(t.db.pool, old, `${addMonths(localDateOf(new Date()), -14)}T09:00:00+07:00`, null);
  });
  afterAll(() => t.close());

  it('the demo organisation ships a plan with reviews at three stages, with their costs', async () => {
    const items = (await get('kiemsoat', `/api/reviews?year=${year}`)).json().items as { procedure: { code: string }; status: string; rate: number | null; proposalCount: number }[];
    expect(items.map((i) => [i.procedure.code, i.status]).sort()).toEqual([['1.001193', 'draft'], ['2.001827', 'submitted'], ['3.000334', 'approved']]);
    // 3.000334: 9.5 h × 30,682 + 30,000 = 321,479 đồng now; 3 h × 30,682 + 25,000 = 117,046 proposed: 63.59 %.
    expect(items.find((i) => i.procedure.code === '3.000334')).toMatchObject({ rate: 63.59, proposalCount: 1 });
    expect(before.registered.total).toBe(4);
  });

  it('pre-fills the cost table from the catalogue (fees) and the dossiers (volume, median waiting time)', async () => {
    const food = await get('kiemsoat', '/api/procedures/2.001827/cost-defaults');
    expect(food.statusCode, food.body).toBe(200);
    expect(food.json().measured).toMatchObject({ fees: 700_000, dossiersPerYear: 0, returned: 0, medianOfficeHours: null });
    expect(food.json().scenario.rows.find((r: { activity: string }) => r.activity === 'submit').fees).toBe(700_000);

    const res = await send('kiemsoat', 'POST', '/api/reviews', { procedureCode: '3.000334', agency: '000.00.17.H04' });
    expect(res.statusCode, res.body).toBe(201);
    const r = res.json();
    reviewId = r.id;
    expect(r).toMatchObject({ status: 'draft', canEdit: true, availableActions: ['submit'], agency: { code: '000.00.17.H04' } });
    expect(r.measured).toMatchObject({ dossiersPerYear: 4, returned: 3, medianOfficeHours: 18, medianWorkingDays: 2.25, supplementShare: 33.33, fees: 0, hourlyIncome: 30_682 });
    const current = r.content.costs.current;
    expect(current.subjectsPerYear).toBe(4);
    expect(current.rows.find((x: { activity: string }) => x.activity === 'wait').hours).toBe(18);
    // 18 h × 30,682 đồng = 552,276 đồng per dossier; × 4 dossiers a year.
    expect(r.result.current).toMatchObject({ perExecution: 552_276, annual: 2_209_104 });
    expect(r.result.rate.annual).toBe(0);
    expect(r.content.criteria).toHaveLength(CRITERION_KEYS.length);
  });

  it('saves criteria, problems, proposal and the Hà Nội costs: 77.44 %; stale versions and bad numbers are refused', async () => {
    const content = { criteria: answers(null), problems: [], proposal: PROPOSAL, costs: HA_NOI };
    const saved = await send('kiemsoat', 'PUT', `/api/reviews/${reviewId}`, { version: 1, content });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json().result).toMatchObject({ current: { perExecution: 1_024_000, annual: 3_305_472_000 }, proposed: { perExecution: 231_000, annual: 745_668_000 }, saving: { annual: 2_559_804_000 }, rate: { perExecution: 77.44, annual: 77.44 } });
    expect(saved.json().version).toBe(2);

    const stale = await send('kiemsoat', 'PUT', `/api/reviews/${reviewId}`, { version: 1, content });
    expect(stale.statusCode).toBe(409);
    expect(stale.headers['content-type']).toContain('application/problem+json');
    const bad = await send('kiemsoat', 'PUT', `/api/reviews/${reviewId}`, { version: 2, content: { ...content, costs: { ...HA_NOI, proposed: { ...HA_NOI.proposed, rows: [row('prepare', 0.125)] } } } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().code).toBe('VALIDATION');
    const huge = await send('kiemsoat', 'PUT', `/api/reviews/${reviewId}`, { version: 2, content: { ...content, costs: { ...HA_NOI, current: { ...HA_NOI.current, subjectsPerYear: 100_000_000, frequencyPerYear: 1000, rows: [row('prepare', 0, { fees: 100_000_000_000 })] } } } });
    expect(huge.statusCode).toBe(422);
    expect(huge.json()).toMatchObject({ code: 'UNPROCESSABLE', reason: 'cost_out_of_range' });
    expect(await (await t.db.pool.query('SELECT version, current_annual FROM procedure_reviews WHERE id = $1', [reviewId])).rows[0]).toEqual({ version: 2, current_annual: 3_305_472_000 });
  });

  it('submits only when complete, approves by procedure control only, and then freezes the review', async () => {
    const incomplete = await send('kiemsoat', 'POST', `/api/reviews/${reviewId}/transitions`, { action: 'submit', version: 2 });
    expect(incomplete.statusCode).toBe(422);
    expect(incomplete.json()).toMatchObject({ code: 'UNPROCESSABLE', reason: 'unanswered' });
    expect(incomplete.json().detail).toMatch(/chưa trả lời/);

    const unexplained = await send('kiemsoat', 'PUT', `/api/reviews/${reviewId}`, { version: 2, content: { criteria: answers('yes'), problems: [], proposal: { summary: '', items: [] }, costs: HA_NOI } });
    expect(unexplained.statusCode).toBe(200);
    const noFindings = await send('kiemsoat', 'POST', `/api/reviews/${reviewId}/transitions`, { action: 'submit', version: 3 });
    expect(noFindings.json()).toMatchObject({ code: 'UNPROCESSABLE', reason: 'no_findings' });

    const full = { criteria: answers('yes'), problems: [{ criterion: 'reasonableness.documents', description: 'Yêu cầu bản chụp CCCD dù dữ liệu đã có trong CSDL dân cư' }], proposal: PROPOSAL, costs: HA_NOI };
    expect((await send('kiemsoat', 'PUT', `/api/reviews/${reviewId}`, { version: 3, content: full })).statusCode).toBe(200);
    const submitted = await send('kiemsoat', 'POST', `/api/reviews/${reviewId}/transitions`, { action: 'submit', version: 4 });
    expect(submitted.statusCode, submitted.body).toBe(200);
    expect(submitted.json()).toMatchObject({ status: 'submitted', canEdit: false, availableActions: ['approve', 'return'] });

    expect((await send('giamdoc', 'POST', `/api/reviews/${reviewId}/transitions`, { action: 'approve', version: 5 })).statusCode).toBe(403);
    expect((await send('kiemsoat', 'POST', `/api/reviews/${reviewId}/transitions`, { action: 'return', version: 5 })).statusCode).toBe(400);
    expect((await send('kiemsoat', 'PUT', `/api/reviews/${reviewId}`, { version: 5, content: full })).statusCode).toBe(409);
    const approved = await send('kiemsoat', 'POST', `/api/reviews/${reviewId}/transitions`, { action: 'approve', version: 5 });
    expect(approved.json()).toMatchObject({ status: 'approved', statusName: 'Đã phê duyệt', availableActions: [] });
    expect((await send('kiemsoat', 'POST', `/api/reviews/${reviewId}/transitions`, { action: 'return', version: 6, reason: 'x' })).statusCode).toBe(409);
    const audit = await t.db.pool.query(`SELECT action FROM audit_log WHERE entity = 'procedure_review' AND entity_id = $1 ORDER BY id`, [reviewId]);
    expect(audit.rows.map((a) => a.action)).toEqual(['review.create', 'review.save', 'review.save', 'review.save', 'review.submit', 'review.approve']);
  });

  it('exports the report and the proposal as .docx with the national header, and the cost table as .xlsx', async () => {
    const report = await get('giamdoc', `/api/reviews/${reviewId}/report.docx`);
    expect(report.statusCode, report.body).toBe(200);
    expect(report.headers['content-type']).toContain('wordprocessingml');
    const text = await docxText(report.rawPayload);
    for (const s of ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'SỞ TƯ PHÁP', 'Kết quả rà soát, đánh giá thủ tục hành chính', 'Bỏ yêu cầu nộp bản chụp Căn cước công dân', 'Khoản 1 Điều 45 Luật Lý lịch tư pháp', '1.024.000', '231.000', '77,44%', 'Không đạt', '4 hồ sơ tiếp nhận', '2,25 ngày làm việc', '33,33% hồ sơ phải bổ sung']) {
      expect(text, s).toContain(s);
    }
    const proposal = await docxText((await get('kiemsoat', `/api/reviews/${reviewId}/proposal.docx`)).rawPayload);
    expect(proposal).toContain('PHƯƠNG ÁN ĐƠN GIẢN HÓA THỦ TỤC HÀNH CHÍNH');
    expect(proposal).toContain('chi phí tiết kiệm: 2.559.804.000 đồng/năm; tỷ lệ cắt giảm chi phí: 77,44%');

    const xlsx = await get('kiemsoat', `/api/reviews/${reviewId}/costs.xlsx`);
    expect(xlsx.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const result = (sheet: string, cell: string) => {
      const v = wb.getWorksheet(sheet)!.getCell(cell).value as { result?: unknown } | number;
      return typeof v === 'object' && v !== null ? v.result : v;
    };
    expect(result('Tổng hợp', 'B5')).toBe(1_024_000);
    expect(result('Tổng hợp', 'C5')).toBe(231_000);
    expect(result('Tổng hợp', 'D6')).toBe(2_559_804_000);
    expect(result('Tổng hợp', 'E6')).toBe(77.44);
    const current = wb.getWorksheet('Hiện tại')!;
    expect(current.getCell('B5').value).toBe('Chuẩn bị hồ sơ');
    expect(current.getCell('D5').value).toBe(8);
    expect(current.getCell('E5').value).toMatchObject({ formula: 'ROUND(D5*$E$2,0)', result: 320_000 });
    expect(result('Hiện tại', 'I14')).toBe(3_305_472_000);
  });

  it('agency heads read reviews of their agency only; reception may not read or write them', async () => {
    expect((await get('giamdoc', `/api/reviews/${reviewId}`)).json()).toMatchObject({ canEdit: false, availableActions: [] });
    const other = await send('kiemsoat', 'POST', '/api/reviews', { procedureCode: '2.001827' });
    expect(other.json().agency.code).toBe('000.00.01.H04');
    expect((await get('giamdoc', `/api/reviews/${other.json().id}`)).statusCode).toBe(403);
    const theirs = (await get('giamdoc', '/api/reviews')).json().items as { id: string; agency: { code: string } }[];
    expect(theirs.map((i) => i.id)).toContain(reviewId);
    expect(theirs.map((i) => i.id)).not.toContain(other.json().id);
    expect(new Set(theirs.map((i) => i.agency.code))).toEqual(new Set(['000.00.17.H04']));
    expect((await get('tiepnhan', `/api/reviews/${reviewId}`)).statusCode).toBe(403);
    const forbidden = await send('giamdoc', 'POST', '/api/reviews', { procedureCode: '3.000334' });
    expect(forbidden.statusCode).toBe(403);
    expect(forbidden.json()).toMatchObject({ code: 'FORBIDDEN', action: 'review.edit' });
    const unknown = await send('kiemsoat', 'POST', '/api/reviews', { procedureCode: '9.999999' });
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json().reason).toBe('procedure_not_published');
    expect((await send('quantri', 'POST', '/api/reviews', { procedureCode: '3.000334' })).json().errors[0].name).toBe('agency');
  });

  it('review plans: registers procedures, starts reviews from them, and sums the province', async () => {
    const plan = await send('kiemsoat', 'POST', '/api/review-plans', { year, number: '15/KH-UBND', title: 'Kế hoạch rà soát, đánh giá TTHC năm ' + year });
    expect(plan.statusCode, plan.body).toBe(201);
    const planId = plan.json().id;
    const reg = (procedureCode: string, deadline: string) => send('kiemsoat', 'POST', `/api/review-plans/${planId}/items`, { procedureCode, reviewingAgency: '000.00.17.H04', reviewingUnit: 'Phòng Hành chính tư pháp', deadline });
    expect((await reg('3.000335', `${year}-01-15`)).statusCode).toBe(201);
    const two = await reg('2.001263', `${year + 1}-03-31`);
    expect(two.json().items.map((i: { state: string }) => i.state)).toEqual(['overdue', 'not_started']);
    expect((await reg('2.001263', `${year + 1}-03-31`)).statusCode).toBe(409);
    expect((await reg('9.999999', `${year}-12-31`)).json()).toMatchObject({ code: 'UNPROCESSABLE', errors: [{ name: 'procedureCode' }] });
    expect((await reg('2.001263', `${year - 1}-12-31`)).statusCode).toBe(400);

    const item = two.json().items.find((i: { procedureCode: string }) => i.procedureCode === '2.001263');
    const started = await send('kiemsoat', 'POST', '/api/reviews', { procedureCode: '2.001263', planItemId: item.id });
    expect(started.statusCode, started.body).toBe(201);
    expect(started.json()).toMatchObject({ agency: { code: '000.00.17.H04' }, plan: { planId, itemId: item.id } });
    expect((await send('kiemsoat', 'POST', '/api/reviews', { procedureCode: '2.001263', planItemId: item.id })).statusCode).toBe(409);
    expect((await send('kiemsoat', 'POST', '/api/reviews', { procedureCode: '3.000334', planItemId: item.id })).statusCode).toBe(400);
    expect((await get('kiemsoat', `/api/review-plans/${planId}`)).json().items.find((i: { id: string }) => i.id === item.id).state).toBe('in_progress');

    const after = (await get('kiemsoat', `/api/review-plans/summary?year=${year}`)).json();
    const delta = (k: string) => after[k] - before[k]!;
    // This file's reviews: the approved Hà Nội-cost review, the VP UBND draft and the plan's draft.
    expect(['reviews', 'approved', 'drafts', 'proposals', 'currentAnnual', 'proposedAnnual', 'savingAnnual'].map(delta)).toEqual([3, 1, 2, 1, 3_305_472_000, 745_668_000, 2_559_804_000]);
    expect(after.rate).toBe(savingRate(after.currentAnnual, after.proposedAnnual));
    expect(after.registered.total - before.registered.total!).toBe(2);
    expect(after.registered.overdue - before.registered.overdue!).toBe(1);
    expect(after.registered.in_progress - before.registered.in_progress!).toBe(1);
    // An agency head's summary covers their agency only (the VP UBND review is not theirs).
    const headAfter = (await get('giamdoc', `/api/review-plans/summary?year=${year}`)).json();
    expect([headAfter.reviews - headBefore.reviews!, headAfter.approved - headBefore.approved!]).toEqual([2, 1]);
    expect(headAfter.reviews).toBeLessThan(after.reviews);
  });

  it('impact assessments: criteria and cost of a drafted procedure, approval, then the link to the issued procedure', async () => {
    const created = await send('kiemsoat', 'POST', '/api/impact-assessments', {
      year: 2026,
      agency: '000.00.17.H04',
      draft: { name: 'Dự thảo Quyết định quy định thủ tục cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm', number: null },
      procedureName: 'Cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm',
    });
    expect(created.statusCode, created.body).toBe(201);
    const a = created.json();
    expect(a.content.criteria.map((x: { key: string }) => x.key)).not.toContain('fit.goals');
    const content = { criteria: a.content.criteria.map((x: { key: string }) => ({ ...x, answer: 'yes' })), cost: { hourlyIncome: 40_000, subjectsPerYear: 120, frequencyPerYear: 0.33, rows: [row('prepare', 16), row('submit', 1, { fees: 700_000 })] }, notes: '' };
    const saved = await send('kiemsoat', 'PUT', `/api/impact-assessments/${a.id}`, { version: 1, draft: a.draft, procedureName: a.procedureName, content });
    expect(saved.statusCode, saved.body).toBe(200);
    // (17 h × 40,000 + 700,000) = 1,380,000 per execution × 120 × 0.33 = 54,648,000 a year.
    expect(saved.json().cost).toMatchObject({ perExecution: 1_380_000, annual: 54_648_000 });
    const link = (version: number, procedureCode: string) => send('kiemsoat', 'POST', `/api/impact-assessments/${a.id}/link`, { version, procedureCode });
    expect((await link(2, '2.001827')).json()).toMatchObject({ code: 'UNPROCESSABLE', reason: 'not_approved' });
    expect((await send('kiemsoat', 'POST', `/api/impact-assessments/${a.id}/transitions`, { action: 'submit', version: 2 })).statusCode).toBe(200);
    expect((await send('kiemsoat', 'POST', `/api/impact-assessments/${a.id}/transitions`, { action: 'approve', version: 3 })).json().status).toBe('approved');
    expect((await link(4, '9.999999')).statusCode).toBe(422);
    const linked = await link(4, '2.001827');
    expect(linked.json()).toMatchObject({ procedureCode: '2.001827', status: 'approved' });
    expect((await get('thanhtra', '/api/impact-assessments')).json().items.map((i: { id: string }) => i.id)).toContain(a.id);
    expect((await send('thanhtra', 'POST', '/api/impact-assessments', { year: 2026, agency: '000.00.17.H04', draft: { name: 'Dự thảo', number: null }, procedureName: 'Thủ tục X' })).statusCode).toBe(403);
  });
});

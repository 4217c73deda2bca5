import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnForPublishedDecision } from '../../src/server/services/plan-events';
import { reminderDeliveries, runPlanSweep } from '../../src/server/services/plan-reminders';
import { demoPlanText } from '../../src/server/demo/seed-plans';
import { loginAs, testApp, type TestApp } from '../support/app';

/** A 2025 plan of Sở Tư pháp in the seeds' shape, with one stray row and one deadline no rule reads. */
const PLAN_2025 = [
  'Số: 25/KH-STP',
  '',
  'An Giang, ngày 10 tháng 01 năm 2025',
  '',
  'KẾ HOẠCH',
  '',
  'Kiểm soát thủ tục hành chính năm 2025 của Sở Tư pháp',
  '',
  'I. MỤC ĐÍCH, YÊU CẦU',
  '1. Mục đích',
  '- Kiểm soát chặt chẽ việc ban hành, công bố thủ tục hành chính.',
  '2. Yêu cầu',
  '- Phân công rõ trách nhiệm, thời hạn.',
  'II. NỘI DUNG',
  'Theo Phụ lục kèm theo.',
  '',
  'GIÁM ĐỐC',
  'Nguyễn Văn An',
  '',
  'PHỤ LỤC',
  'NHIỆM VỤ KIỂM SOÁT THỦ TỤC HÀNH CHÍNH NĂM 2025',
  '(Kèm theo Kế hoạch số 25/KH-STP ngày 10/01/2025 của Sở Tư pháp)',
  '',
  'STT\tNội dung\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian hoàn thành\tKết quả\tGhi chú',
  'I\tCông bố, công khai TTHC\t\t\t\t\t',
  '1\tRà soát, trình công bố danh mục TTHC ngay sau khi Bộ Tư pháp công bố\tPhòng Hành chính tư pháp\tVăn phòng Sở\tThường xuyên\tQuyết định công bố danh mục TTHC\tChậm nhất sau 03 ngày kể từ khi có quyết định công bố của Bộ',
  '2\tBáo cáo tình hình, kết quả kiểm soát TTHC\tVăn phòng Sở\tCác phòng, đơn vị\tĐịnh kỳ hằng quý, trước ngày 19 của tháng cuối quý\tBáo cáo\t',
  'II\tPhản ánh, kiến nghị\t\t\t\t\t',
  '1\tTiếp nhận, xử lý phản ánh, kiến nghị về quy định hành chính\tVăn phòng Sở\tPhòng Hành chính tư pháp\tTrong thời gian 10 ngày kể từ ngày tiếp nhận\tVăn bản trả lời\t',
  '2\tRà soát quy trình nội bộ giải quyết TTHC lĩnh vực hộ tịch\tPhòng Hành chính tư pháp\tPhòng Bổ trợ tư pháp\tTrước ngày 15/04/2025\tBáo cáo kết quả rà soát\t',
  '3\tPhấn đấu đạt ít nhất 80% thủ tục hành chính được tích hợp, cung cấp trên Cổng Dịch vụ công quốc gia\tVăn phòng Sở\tCác phòng, đơn vị\tTrong năm 2025\tBáo cáo\t',
  '4\tTham mưu trình ban hành nghị quyết giảm phí\tPhòng Bổ trợ tư pháp\t\tTại kỳ họp cuối năm của HĐND tỉnh\tTờ trình\t',
  'xx\tdòng lạc không rõ\t\t\t\t\t',
].join('\n');

function multipart(name: string, data: Buffer | string, type = 'text/plain') {
  const boundary = `----motcuaplan${Date.now()}`;
  const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: ${type}\r\n\r\n`);
  return { payload: Buffer.concat([head, Buffer.from(data), Buffer.from(`\r\n--${boundary}--\r\n`)]), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

type Task = { id: string; number: string; content: string; version: number; leadUnits: { code: string }[]; coordinatingUnits: { code: string }[]; deadline: { flag: string | null; asWritten: string }; instances: { id: string; dueDate: string | null; state: string; status: string; version: number; key: string }[] };

describe('control plans over HTTP', () => {
  let t: TestApp;
  let kstthc: string;
  let planId: string;
  let tasks: Task[];
  const SO_TU_PHAP = '000.00.17.H04';
  const task = (prefix: string) => tasks.find((x) => x.content.startsWith(prefix))!;
  const get = async (cookie: string, url: string) => t.app.inject({ method: 'GET', url, headers: { cookie } });
  const reload = async () => (tasks = (await get(kstthc, `/api/plans/${planId}`)).json().tasks);

  beforeAll(async () => {
    t = await testApp({ catalogue: true });
    kstthc = await loginAs(t.app, 'kiemsoat');
  });
  afterAll(() => t.close());

  it('imports a plan file: tasks, matched units, flagged deadline, planned instances and the stray row reported', async () => {
    const r = await t.app.inject({ method: 'POST', url: `/api/plans/import?agency=${SO_TU_PHAP}`, ...withCookie(multipart('ke-hoach-2025.txt', PLAN_2025), kstthc) });
    expect(r.statusCode, r.body).toBe(201);
    const body = r.json();
    planId = body.plan.id;
    tasks = body.plan.tasks;
    expect(body.summary).toMatchObject({ layout: 'table', tasks: 6, assigned: 6, flagged: 1, instances: 7 });
    expect(body.summary.unrecognised).toEqual([{ where: 'dòng 33', text: 'xx | dòng lạc không rõ', reason: 'Không nhận ra cột số thứ tự' }]);
    expect(body.plan).toMatchObject({ number: '25/KH-STP', planDate: '2025-01-10', year: 2025, signer: 'Nguyễn Văn An', agency: { code: SO_TU_PHAP }, targets: [{ key: 'integrated_national_portal', target: 0.8 }] });
    expect(task('Rà soát quy trình nội bộ')).toMatchObject({ leadUnits: [{ code: 'HCTP' }], coordinatingUnits: [{ code: 'BTTP' }], instances: [{ dueDate: '2025-04-14', state: 'overdue' }] });
    expect(task('Báo cáo tình hình').instances.map((i) => i.dueDate)).toEqual(['2025-03-18', '2025-06-18', '2025-09-18', '2025-12-18']);
    expect(task('Tham mưu trình').deadline.flag).toContain('Không đọc được thời hạn');
    expect(task('Rà soát, trình công bố').instances).toEqual([]);
    const list = (await get(kstthc, '/api/plans?year=2025')).json();
    expect(list).toEqual([expect.objectContaining({ id: planId, tasks: 6, flagged: 1, unassigned: 0, instances: 7, done: 0 })]);
  });

  it('imports every seed plan from the demo (the same file again is 409) and another agency takes it', async () => {
    const seeded = (await get(kstthc, `/api/plans?agency=${SO_TU_PHAP}`)).json();
    expect(seeded.map((p: { number: string; tasks: number }) => [p.number, p.tasks])).toEqual([
      ['25/KH-STP', 6],
      ['19/KH-STP', 30],
      ['143/KH-STP', 25],
    ]);
    const again = await t.app.inject({ method: 'POST', url: `/api/plans/import?agency=${SO_TU_PHAP}`, ...withCookie(multipart('19.txt', demoPlanText('an-giang-stp-2023.txt')), kstthc) });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('CONFLICT');
    const other = await t.app.inject({ method: 'POST', url: '/api/plans/import?agency=000.00.02.H04', ...withCookie(multipart('19.txt', demoPlanText('an-giang-stp-2023.txt')), kstthc) });
    expect(other.statusCode, other.body).toBe(201);
    expect(other.json().summary).toMatchObject({ tasks: 30, unrecognised: [] });
  });

  it('refuses a file that is not a plan with 422 and the report', async () => {
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
    const bad = await t.app.inject({ method: 'POST', url: `/api/plans/import?agency=${SO_TU_PHAP}`, ...withCookie(multipart('anh.png', png, 'image/png'), kstthc) });
    expect(bad.statusCode).toBe(422);
    expect(bad.json()).toMatchObject({ code: 'UNPROCESSABLE', detail: expect.stringContaining('không phải .docx') });
    const broken = await t.app.inject({ method: 'POST', url: `/api/plans/import?agency=${SO_TU_PHAP}`, ...withCookie(multipart('hong.docx', Buffer.from('PK\u0003\u0004 not a zip')), kstthc) });
    expect(broken.statusCode).toBe(422);
    const noTable = await t.app.inject({ method: 'POST', url: `/api/plans/import?agency=${SO_TU_PHAP}`, ...withCookie(multipart('thu.txt', 'Kính gửi các phòng.\nĐề nghị thực hiện.'), kstthc) });
    expect(noTable.statusCode).toBe(422);
    expect(noTable.json().report.layout).toBe('none');
    const noAgency = await t.app.inject({ method: 'POST', url: '/api/plans/import?agency=000.99.99.H04', ...withCookie(multipart('k.txt', PLAN_2025), kstthc) });
    expect(noAgency.statusCode).toBe(400);
  });

  it('only procedure control imports and assigns; officers outside plans get 403', async () => {
    const reception = await loginAs(t.app, 'tiepnhan');
    const specialist = await loginAs(t.app, 'chuyenvien');
    expect((await t.app.inject({ method: 'POST', url: `/api/plans/import?agency=${SO_TU_PHAP}`, ...withCookie(multipart('k.txt', PLAN_2025), specialist) })).statusCode).toBe(403);
    expect((await get(reception, '/api/plans/board')).statusCode).toBe(403);
    expect((await get(reception, `/api/plans/${planId}`)).statusCode).toBe(403);
    const t1 = task('Báo cáo tình hình');
    const r = await t.app.inject({ method: 'PUT', url: `/api/plans/tasks/${t1.id}/units`, headers: { cookie: specialist }, payload: { version: t1.version, lead: [], coordinating: [] } });
    expect(r.statusCode).toBe(403);
    expect(r.json().code).toBe('FORBIDDEN');
  });

  it('assigns lead and coordinating units from the version seen (409 when stale, 400 for a unit of another agency)', async () => {
    const plan = (await get(kstthc, `/api/plans/${planId}`)).json();
    const unit = (code: string) => plan.units.find((u: { code: string }) => u.code === code).id;
    const t1 = task('Báo cáo tình hình');
    const ok = await t.app.inject({ method: 'PUT', url: `/api/plans/tasks/${t1.id}/units`, headers: { cookie: kstthc }, payload: { version: t1.version, lead: [unit('HCTP')], coordinating: [unit('VP')] } });
    expect(ok.statusCode, ok.body).toBe(200);
    const stale = await t.app.inject({ method: 'PUT', url: `/api/plans/tasks/${t1.id}/units`, headers: { cookie: kstthc }, payload: { version: t1.version, lead: [unit('VP')], coordinating: [] } });
    expect(stale.statusCode).toBe(409);
    const foreign = await t.app.inject({ method: 'PUT', url: `/api/plans/tasks/${t1.id}/units`, headers: { cookie: kstthc }, payload: { version: t1.version + 1, lead: ['00000000-0000-4000-8000-000000000000'], coordinating: [] } });
    expect(foreign.statusCode).toBe(400);
    await reload();
    expect(task('Báo cáo tình hình')).toMatchObject({ leadUnits: [{ code: 'HCTP' }], coordinatingUnits: [{ code: 'VP' }] });
  });

  it('the lead unit reports progress with evidence; others may not; status and percentage must agree', async () => {
    const head = await loginAs(t.app, 'truongphong');
    const director = await loginAs(t.app, 'giamdoc');
    const inst = task('Rà soát quy trình nội bộ').instances[0]!;
    const up = await t.app.inject({ method: 'POST', url: '/api/files', ...withCookie(multipart('bao-cao.pdf', Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n'), 'application/pdf'), head) });
    expect(up.statusCode, up.body).toBe(201);
    const report = (cookie: string, body: object) => t.app.inject({ method: 'POST', url: `/api/plans/instances/${inst.id}/reports`, headers: { cookie }, payload: body });
    expect((await report(head, { version: inst.version, status: 'done', percent: 50, note: '' })).statusCode).toBe(400);
    expect((await report(director, { version: inst.version, status: 'in_progress', percent: 50, note: '' })).statusCode).toBe(403);
    const ok = await report(head, { version: inst.version, status: 'in_progress', percent: 60, note: 'Đã rà soát 12/20 quy trình', fileIds: [up.json().id] });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ status: 'in_progress', percent: 60, reports: [{ percent: 60, note: 'Đã rà soát 12/20 quy trình', reporter: 'Võ Thanh Tâm', unitName: 'Phòng Hành chính tư pháp', files: [{ name: 'bao-cao.pdf' }] }] });
    expect((await report(head, { version: inst.version, status: 'done', percent: 100, note: '' })).statusCode).toBe(409);
    const evidence = await get(director, `/api/plans/evidence/${up.json().id}`);
    expect(evidence.statusCode).toBe(200);
    expect(evidence.body.startsWith('%PDF')).toBe(true);
    // Coordinating units see the task but do not report: VP coordinates nothing here, HCTP's specialist may report.
    const specialist = await loginAs(t.app, 'chuyenvien');
    const done = await report(specialist, { version: inst.version + 1, status: 'done', percent: 100, note: 'Hoàn thành' });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toMatchObject({ status: 'done', state: 'done_late', reports: [{ status: 'done' }, { status: 'in_progress' }] });
  });

  it('boards per unit and the leader overdue list', async () => {
    const head = await loginAs(t.app, 'truongphong');
    const director = await loginAs(t.app, 'giamdoc');
    const own = (await get(head, '/api/plans/board?year=2025')).json();
    expect(own.units.map((u: { unit: { code: string } }) => u.unit.code)).toEqual(['HCTP']);
    const hctp = own.units[0];
    expect(hctp.lead.map((i: { content: string; label: string | null }) => `${i.content.slice(0, 20)}|${i.label ?? ''}`)).toEqual([
      'Báo cáo tình hình, k|Quý I/2025',
      'Rà soát quy trình nộ|',
      'Báo cáo tình hình, k|Quý II/2025',
      'Báo cáo tình hình, k|Quý III/2025',
      'Báo cáo tình hình, k|Quý IV/2025',
    ]);
    // HCTP coordinates the feedback task, which has no instance until an item is received.
    expect(hctp.coordinating).toEqual([]);
    expect(hctp.lead.every((i: { canReport: boolean }) => i.canReport)).toBe(true);
    const all = (await get(director, '/api/plans/board?year=2025')).json();
    expect(all.leader).toBe(true);
    expect(all.units.map((u: { unit: { code: string } }) => u.unit.code).sort()).toEqual(['BTTP', 'HCTP', 'VP']);
    expect(all.units.flatMap((u: { lead: { canReport: boolean }[] }) => u.lead).some((i: { canReport: boolean }) => i.canReport)).toBe(false);
    const overdue = (await get(director, `/api/plans/overdue?agency=${SO_TU_PHAP}`)).json().filter((i: { planId: string }) => i.planId === planId);
    // Today is after 2025: the four quarterly reports and the year's target are overdue; the review was reported done.
    expect(overdue.map((i: { label: string | null; dueDate: string }) => i.label ?? i.dueDate).sort()).toEqual(['2025-12-31', 'Quý I/2025', 'Quý II/2025', 'Quý III/2025', 'Quý IV/2025']);
    expect(overdue[0].daysLate).toBeGreaterThan(300);
    expect((await get(await loginAs(t.app, 'tiepnhan'), '/api/plans/overdue')).statusCode).toBe(403);
  });

  it('a published decision spawns its task instance, linked to the publication duty, done together', async () => {
    const decision = { number: '77/QĐ-BTP', decisionDate: '2025-04-28', issuer: 'Bộ Tư pháp', issuerLevel: 'central', effectiveDate: '2027-01-01', items: [{ procedureCode: '3.000334', action: 'abolished' }] };
    expect((await t.app.inject({ method: 'POST', url: '/api/admin/decisions', headers: { cookie: kstthc }, payload: decision })).statusCode).toBe(201);
    const pub = await t.app.inject({ method: 'POST', url: `/api/admin/decisions/${encodeURIComponent(decision.number)}/publish`, headers: { cookie: kstthc } });
    expect(pub.statusCode, pub.body).toBe(200);
    expect(await spawnForPublishedDecision(t.db.store, decision.number)).toBe(1);
    expect(await spawnForPublishedDecision(t.db.store, decision.number)).toBe(0); // the job may run twice
    await reload();
    const inst = task('Rà soát, trình công bố').instances;
    // 28/04/2025 + 3 days = Thu 01/5, a holiday (30/4–2/5/2025 off): due Mon 05/5.
    expect(inst).toMatchObject([{ key: 'event:publication_decision:77/QĐ-BTP', dueDate: '2025-05-05', trigger: 'publication_decision', triggerDate: '2025-04-28' }]);
    const head = await loginAs(t.app, 'truongphong');
    const r = await t.app.inject({ method: 'POST', url: `/api/plans/instances/${inst[0]!.id}/reports`, headers: { cookie: head }, payload: { version: inst[0]!.version, status: 'done', percent: 100, note: 'Đã trình công bố' } });
    expect(r.statusCode, r.body).toBe(200);
    const duties = (await get(kstthc, '/api/admin/duties')).json().filter((d: { decisionNumber: string }) => d.decisionNumber === decision.number);
    expect(duties.find((d: { kind: string }) => d.kind === 'publish_list')).toMatchObject({ doneAt: expect.any(String) });

    // The other way round: the duty marked done on the duty board closes the plan task instance.
    const second = { ...decision, number: '78/QĐ-BTP', decisionDate: '2025-06-02', effectiveDate: '2027-02-01', items: [{ procedureCode: '3.000334', action: 'abolished' }] };
    expect((await t.app.inject({ method: 'POST', url: '/api/admin/decisions', headers: { cookie: kstthc }, payload: second })).statusCode).toBe(201);
    expect((await t.app.inject({ method: 'POST', url: `/api/admin/decisions/${encodeURIComponent(second.number)}/publish`, headers: { cookie: kstthc } })).statusCode).toBe(200);
    expect(await spawnForPublishedDecision(t.db.store, second.number)).toBe(1);
    const duty = (await get(kstthc, '/api/admin/duties')).json().find((d: { decisionNumber: string; kind: string }) => d.decisionNumber === second.number && d.kind === 'publish_list');
    expect((await t.app.inject({ method: 'POST', url: `/api/admin/duties/${duty.id}/done`, headers: { cookie: kstthc }, payload: {} })).statusCode).toBe(200);
    await reload();
    expect(task('Rà soát, trình công bố').instances.find((i) => i.key === 'event:publication_decision:78/QĐ-BTP')).toMatchObject({ status: 'done', state: 'done_late', dueDate: '2025-06-05' }); // done today, after its 2025 due date
  });

  it('records an event by hand and corrects a flagged deadline', async () => {
    const feedback = task('Tiếp nhận, xử lý phản ánh');
    const ev = await t.app.inject({ method: 'POST', url: `/api/plans/tasks/${feedback.id}/events`, headers: { cookie: kstthc }, payload: { date: '2025-01-16', ref: 'PA250116-0001' } });
    expect(ev.statusCode, ev.body).toBe(201);
    // +10 days = Sun 26/01/2025, inside Tết Ất Tỵ (25/01–02/02/2025 off): due Mon 03/02.
    expect(ev.json().dueDate).toBe('2025-02-03');
    expect((await t.app.inject({ method: 'POST', url: `/api/plans/tasks/${feedback.id}/events`, headers: { cookie: kstthc }, payload: { date: '2025-01-16', ref: 'PA250116-0001' } })).statusCode).toBe(409);
    const flagged = task('Tham mưu trình');
    const fix = await t.app.inject({ method: 'PUT', url: `/api/plans/tasks/${flagged.id}/deadline`, headers: { cookie: kstthc }, payload: { version: flagged.version, asWritten: 'Trước ngày 15/12/2025' } });
    expect(fix.statusCode, fix.body).toBe(200);
    expect(fix.json()).toMatchObject({ deadline: { flag: null, rule: { kind: 'date', date: '2025-12-15', before: true } }, updated: 1 });
    await reload();
    expect(task('Tham mưu trình').instances.map((i) => i.dueDate)).toEqual(['2025-12-12']);
  });

  it('reminds the lead unit before a due date and once when overdue', async () => {
    const q4 = task('Báo cáo tình hình').instances.find((i) => i.dueDate === '2025-12-18')!;
    const fixed = task('Tham mưu trình').instances[0]!;
    const keys = async () => (await t.db.pool.query(`SELECT dedupe_key FROM outbox WHERE topic LIKE 'plan.task_%' ORDER BY dedupe_key`)).rows.map((r) => r.dedupe_key);
    // Mon 15/12/2025: Q4 (Thu 18/12) is within 3 working days; the corrected task (Fri 12/12) is overdue.
    expect(await runPlanSweep(t.db.store, new Date('2025-12-15T02:00:00Z'))).toBe(2);
    expect(await keys()).toEqual([`plan.task_due:${q4.id}:2025-12-18`, `plan.task_overdue:${fixed.id}:2025-12-12`]);
    await runPlanSweep(t.db.store, new Date('2025-12-15T03:00:00Z'));
    expect(await keys()).toHaveLength(2);
    // Fri 19/12: Q4 is overdue too, reminded once more under its own key.
    await runPlanSweep(t.db.store, new Date('2025-12-19T02:00:00Z'));
    expect(await keys()).toEqual([`plan.task_due:${q4.id}:2025-12-18`, `plan.task_overdue:${q4.id}:2025-12-18`, `plan.task_overdue:${fixed.id}:2025-12-12`].sort());
    const deliveries = await reminderDeliveries(t.db.store, 'https://motcua.example', 'plan.task_due', { instanceId: q4.id, dueDate: '2025-12-18' });
    // HCTP's head and specialist each get the notice.
    expect(deliveries.map((d) => [d.notice.subject, d.notice.text.split('\n')[0]])).toEqual([
      ['Nhiệm vụ kế hoạch kiểm soát TTHC đến hạn ngày 18/12/2025', 'Kính gửi Phòng Hành chính tư pháp,'],
      ['Nhiệm vụ kế hoạch kiểm soát TTHC đến hạn ngày 18/12/2025', 'Kính gửi Phòng Hành chính tư pháp,'],
    ]);
    expect(await reminderDeliveries(t.db.store, 'https://motcua.example', 'plan.task_due', { instanceId: q4.id, dueDate: '2025-12-17' })).toEqual([]);
  });

  it('exports .docx in the official layout, and the export imports back to the same tasks', async () => {
    const r = await get(kstthc, `/api/plans/${planId}/export.docx`);
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-type']).toContain('wordprocessingml');
    const bytes = r.rawPayload;
    const again = await t.app.inject({ method: 'POST', url: '/api/plans/import?agency=000.00.16.H04', ...withCookie(multipart('ke-hoach.docx', bytes, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'), kstthc) });
    expect(again.statusCode, again.body).toBe(201);
    const back = again.json().plan;
    expect(back).toMatchObject({ number: '25/KH-STP', planDate: '2025-01-10', place: 'An Giang', title: 'Kiểm soát thủ tục hành chính năm 2025 của Sở Tư pháp', signer: 'Nguyễn Văn An', sourceKind: 'docx' });
    const shape = (x: Task & Record<string, unknown>) => [x.number, x.content, x.leadText, x.coordinatingText, x.deadline.asWritten, x.product, x.notes, JSON.stringify(x.headings)];
    expect(back.tasks.map(shape)).toEqual(tasks.map((x) => shape(x as Task & Record<string, unknown>)));
    expect(again.json().summary.unrecognised).toEqual([]);
  });
});

function withCookie(m: { payload: Buffer; headers: Record<string, string> }, cookie: string) {
  return { payload: m.payload, headers: { ...m.headers, cookie } };
}

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localDateOf } from '../../src/domain/calendar';
import { loginAs, testApp, type TestApp } from '../support/app';

/**
 * A plan task counted from received feedback ("Trong thời gian 10 ngày kể từ ngày tiếp nhận") gets one
 * instance per PAKN item the agency acknowledges, in the same transaction (ADR 0024); another agency's
 * feedback does not touch it, and acknowledging is the only event that spawns.
 */
const STP = '000.00.17.H04';
const LX = '000.01.31.H04';
const year = Number(localDateOf(new Date().toISOString()).slice(0, 4));
const PLAN = [
  `Số: 07/KH-STP`,
  '',
  'KẾ HOẠCH',
  `Kiểm soát thủ tục hành chính năm ${year} của Sở Tư pháp`,
  '',
  'PHỤ LỤC',
  'STT\tNội dung\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian hoàn thành\tKết quả\tGhi chú',
  '1\tTiếp nhận, xử lý phản ánh, kiến nghị về quy định hành chính\tVăn phòng Sở\tPhòng Hành chính tư pháp\tTrong thời gian 10 ngày kể từ ngày tiếp nhận\tVăn bản trả lời\t',
  `2\tRà soát quy trình nội bộ\tPhòng Hành chính tư pháp\t\tTrước ngày 15/12/${year}\tBáo cáo\t`,
  `3\tPhấn đấu đạt ít nhất 75% hồ sơ được tiếp nhận trực tuyến\tVăn phòng Sở\tCác phòng, đơn vị\tTrong năm ${year}\tBáo cáo\t`,
].join('\n');

function multipart(name: string, data: string) {
  const boundary = `----motcuatrigger${Date.now()}`;
  const body = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: text/plain\r\n\r\n${data}\r\n--${boundary}--\r\n`;
  return { payload: Buffer.from(body), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

describe('received feedback spawns control-plan task instances', () => {
  let t: TestApp;
  const ids: Record<string, string> = {};
  const cookies: Record<string, string> = {};

  beforeAll(async () => {
    t = await testApp({ catalogue: true });
    for (const a of (await t.db.pool.query<{ id: string; code: string }>('SELECT id, code FROM agencies')).rows) ids[a.code] = a.id;
    for (const u of ['kiemsoat', 'chuyenvien', 'motcua.longxuyen']) cookies[u] = await loginAs(t.app, u);
  });
  afterAll(() => t.close());

  const submit = async (agency: string) => {
    const r = await t.app.inject({
      method: 'POST',
      url: '/api/public/pakn',
      payload: { agencyId: ids[agency], title: 'Yêu cầu bản sao không cần thiết', content: 'Thủ tục vẫn yêu cầu nộp bản sao giấy tờ đã có trong cơ sở dữ liệu quốc gia về dân cư.', sender: { name: 'Trần Thị Bình', address: 'Phường Long Xuyên, An Giang', phone: '0912 345 678' } },
    });
    expect(r.statusCode, r.body).toBe(201);
    return r.json().code as string;
  };
  const acknowledge = async (who: string, code: string) => {
    const v = (await t.app.inject({ method: 'GET', url: `/api/pakn/${code}`, headers: { cookie: cookies[who]! } })).json().version;
    const r = await t.app.inject({ method: 'POST', url: `/api/pakn/${code}/actions`, headers: { cookie: cookies[who]! }, payload: { action: 'acknowledge', version: v, payload: {} } });
    expect(r.statusCode, r.body).toBe(200);
  };
  const feedbackTask = async (planId: string) => {
    const plan = (await t.app.inject({ method: 'GET', url: `/api/plans/${planId}`, headers: { cookie: cookies.kiemsoat! } })).json();
    return plan.tasks.find((x: { content: string }) => x.content.startsWith('Tiếp nhận, xử lý phản ánh')) as { instances: { key: string; dueDate: string; trigger: string }[] };
  };

  it('one instance per acknowledged item of the plan’s agency, due 10 days after reception', async () => {
    const file = multipart('ke-hoach.txt', PLAN);
    const imported = await t.app.inject({ method: 'POST', url: `/api/plans/import?agency=${STP}`, payload: file.payload, headers: { ...file.headers, cookie: cookies.kiemsoat! } });
    expect(imported.statusCode, imported.body).toBe(201);
    const planId = imported.json().plan.id as string;
    expect((await feedbackTask(planId)).instances).toEqual([]);

    const code = await submit(STP);
    expect((await feedbackTask(planId)).instances).toEqual([]); // received, not yet acknowledged
    await acknowledge('chuyenvien', code);
    const other = await submit(LX);
    await acknowledge('motcua.longxuyen', other);

    const today = localDateOf(new Date().toISOString());
    const instances = (await feedbackTask(planId)).instances;
    expect(instances.map((i) => i.key)).toEqual([`event:pakn_received:${code}`]);
    // 10 calendar days counted from the day after reception, moved forward past days off (ADR 0024): never
    // earlier than today + 10, and at most a long holiday later.
    const plus = (n: number) => new Date(Date.parse(`${today}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
    expect(instances[0]).toMatchObject({ trigger: 'pakn_received' });
    expect(instances[0]!.dueDate >= plus(10) && instances[0]!.dueDate <= plus(20), instances[0]!.dueDate).toBe(true);
  });

  it('the plan’s own target replaces the default in targets vs actual', async () => {
    const inspector = await loginAs(t.app, 'giamdoc');
    const r = await t.app.inject({ method: 'GET', url: `/api/targets?scope=${STP}&year=${year}`, headers: { cookie: inspector } });
    expect(r.statusCode, r.body).toBe(200);
    const online = r.json().find((x: { key: string }) => x.key === 'online_dossiers');
    expect(online.target).toBeCloseTo(0.75, 10);
  });
});

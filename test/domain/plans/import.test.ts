import { describe, expect, it } from 'vitest';
import { buildCalendar, OFFICIAL_SCHEDULES } from '../../../src/domain/calendar';
import { dutyKindOf, matchUnits, parsePlanText, reconcileInstances, reportingUnit, scorecardTargets, targetsOf, taskReminderNotice } from '../../../src/domain/plans';
import { SEED_FILES, seedText } from './seeds';

const cal = buildCalendar([...OFFICIAL_SCHEDULES.values()], { fromYear: 2020, toYear: 2030 });

describe('import of the five seed plans', () => {
  // Counted by hand from the appendix tables (seed 000: 6+5+6+3+4+3 in Phụ lục I, 3 in Phụ lục II; seed 001: 25 rows with
  // a unit or deadline; seed 002: 18; seed 004: items 1–13 with 4 split into 4.1 and 4.2). Seed 003 is a scan: 11 read.
  const EXPECTED = {
    'an-giang-stp-2023.txt': { layout: 'table', tasks: 30, unrecognised: 0, number: '19/KH-STP', date: '2023-02-09', year: 2023 },
    'khanh-hoa-stp-2021.txt': { layout: 'table', tasks: 25, unrecognised: 0, number: '143/KH-STP', date: '2021-01-29', year: 2021 },
    'bac-giang-sct-2023.txt': { layout: 'table', tasks: 18, unrecognised: 0, number: '/KH-SCT', date: null, year: 2023 },
    'soc-trang-stnmt-2022.txt': { layout: 'ocr', tasks: 11, unrecognised: 1, number: '03/KH-STNMT', date: '2022-01-27', year: 2022 },
    'sa-pa-vp-2023.txt': { layout: 'list', tasks: 14, unrecognised: 0, number: null, date: null, year: 2023 },
  } as const;
  for (const file of SEED_FILES) {
    it(`${file}: ${EXPECTED[file].tasks} tasks`, () => {
      const p = parsePlanText(seedText(file));
      const e = EXPECTED[file];
      expect({ layout: p.report.layout, tasks: p.tasks.length, unrecognised: p.report.unrecognised.length, number: p.meta.number, date: p.meta.date, year: p.meta.year }).toEqual(e);
      for (const t of p.tasks) expect(t.content.trim()).not.toBe('');
    });
  }

  it('reads the two-row header of seed 000 Phụ lục II by column names, keeping extra columns as notes', () => {
    const t = parsePlanText(seedText('an-giang-stp-2023.txt')).tasks.at(-1)!;
    expect(t).toMatchObject({
      appendix: 'PHỤ LỤC II\nCHI TIẾT NHIỆM VỤ RÀ SOÁT QUY ĐỊNH THỦ TỤC HÀNH CHÍNH NĂM 2023',
      headings: [{ level: 1, number: 'III', text: 'Nhóm TTHC, quy định có liên quan về lĩnh vực đăng ký biện pháp bảo đảm' }],
      number: '3',
      lead: 'Phòng Hành chính tư pháp',
      coordinating: 'Các phòng, đơn vị có liên quan',
      deadline: { asWritten: 'Quý III', rule: { kind: 'period', from: '2023-07-01', to: '2023-09-30' } },
      notes: 'Bắt đầu: Quý I\nCơ quan phối hợp giải quyết thủ tục hành chính: Sở Tài nguyên và Môi trường; Ủy ban nhân dân cấp huyện',
    });
  });

  it('joins rows split by a page break cell by cell (seed 000 "Thường" + "xuyên")', () => {
    const t = parsePlanText(seedText('an-giang-stp-2023.txt')).tasks.find((x) => x.content.startsWith('Phần đầu đạt ít nhất 80%'))!;
    expect(t).toMatchObject({ content: 'Phần đầu đạt ít nhất 80% thủ tục hành chính được tích hợp, cung cấp trên Cổng Dịch vụ công quốc gia.', lead: 'Văn phòng Sở', coordinating: 'Phòng, đơn vị có liên quan', deadline: { asWritten: 'Thường xuyên' }, product: 'Phần đầu đạt mục tiêu đề ra' });
  });

  it('reads the columns of seed 001 in its own order (deadline before the units)', () => {
    const t = parsePlanText(seedText('khanh-hoa-stp-2021.txt')).tasks[0]!;
    expect(t).toMatchObject({ headings: [{ level: 1, number: 'I' }], number: '1', lead: 'Các Phòng, Trung tâm thuộc Sở', coordinating: 'Phòng Xây dựng & Kiểm tra văn bản QPPL', deadline: { asWritten: 'Thường xuyên trong năm 2021' } });
  });

  it('reads the list layout of seed 004 and reports its item with two deadlines', () => {
    const p = parsePlanText(seedText('sa-pa-vp-2023.txt'));
    expect(p.tasks.map((t) => t.number)).toEqual(['1', '2', '3', '4.1', '4.2', '5', '6', '7', '8', '9', '10', '11', '12', '13']);
    expect(p.tasks[3]!.headings).toEqual([{ level: 2, number: '4', text: 'Cung cấp dịch vụ công trực tuyến trên môi trường mạng; ứng dụng dữ liệu quốc gia về dân cư' }]);
    expect(p.tasks.at(-1)!.notes).toBe('Thời gian thực hiện: Từ tháng 3 đến tháng 12/2023.');
    expect(p.report.warnings.map((w) => w.reason)).toEqual(['Mục 13 ghi hơn một thời hạn; dùng thời hạn đầu, thời hạn sau ghi vào ghi chú']);
    expect(p.meta).toMatchObject({ issuer: 'Văn phòng HĐND&UBND thị xã Sa Pa', signer: 'Mai Trần Đạt', signerTitle: 'KT. CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG' });
  });

  it('reports what it cannot read instead of dropping it', () => {
    const text = ['PHỤ LỤC', 'STT\tNội dung\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian hoàn thành\tKết quả', '1\tLập kế hoạch\tVăn phòng Sở\t\tQuý I/2024\tKế hoạch', 'ghi chú lạc\t\t\t\t\t', '2\t\tVăn phòng Sở\t\tQuý II/2024\tBáo cáo'].join('\n');
    const p = parsePlanText(text, { year: 2024 });
    expect(p.tasks.map((t) => t.content)).toEqual(['Lập kế hoạch']);
    expect(p.report.unrecognised.map((u) => [u.where, u.reason])).toEqual([
      ['dòng 4', 'Không nhận ra cột số thứ tự'],
      ['dòng 5', 'Dòng thiếu nội dung nhiệm vụ'],
    ]);
    expect(parsePlanText('Một văn bản không có bảng').report).toMatchObject({ layout: 'none', unrecognised: [{ reason: expect.stringContaining('Không tìm thấy bảng nhiệm vụ') }] });
  });
});

describe('targets, units, duties and reminders', () => {
  it('reads the measurable targets of seed 000 into the scorecard keys', () => {
    const p = parsePlanText(seedText('an-giang-stp-2023.txt'));
    expect(scorecardTargets(p.tasks.flatMap((t) => t.targets))).toEqual([
      { key: 'integrated_national_portal', target: 0.8 },
      { key: 'online_dossiers', target: 0.5 },
      { key: 'satisfied', target: 0.9 },
    ]);
  });

  it('splits clauses: online and postal in one cell; "trên 60%" is above; a range keeps its lower end', () => {
    expect(targetsOf('Bảo đảm tỷ lệ hồ sơ TTHC được giải quyết trực tuyến toàn trình, một phần tối thiểu là 60%; Bảo đảm tỷ lệ hồ sơ TTHC tiếp nhận và trả kết quả qua dịch vụ bưu chính công ích đối với cấp tỉnh tối thiểu là 20%').map((t) => [t.key, t.value])).toEqual([
      ['online_dossiers', 0.6],
      ['postal_dossiers', 0.2],
    ]);
    expect(targetsOf('100% hồ sơ được giải quyết đúng hạn, trong đó có trên 60% trả trước hạn').map((t) => [t.key, t.value, t.comparison])).toEqual([
      ['on_time', 1, 'atLeast'],
      ['early', 0.6, 'above'],
    ]);
    expect(targetsOf('Thực hiện rà soát đăng ký từ 35- 45% số TTHC').map((t) => [t.key, t.value])).toEqual([['other', 0.35]]);
  });

  const units = [
    { id: 'vp', code: 'VP', name: 'Văn phòng Sở' },
    { id: 'hctp', code: 'HCTP', name: 'Phòng Hành chính tư pháp' },
    { id: 'bttp', code: 'BTTP', name: 'Phòng Bổ trợ tư pháp' },
    { id: 'tgpl', code: 'TGPL', name: 'Trung tâm Trợ giúp pháp lý nhà nước' },
  ];
  it.each([
    ['Phòng Hành chính tư pháp, Bộ trợ tư pháp', ['hctp', 'bttp']],
    ['Văn phòng Sở; UBND cấp huyện, cấp xã', ['vp']],
    ['Phòng, đơn vị có liên quan', []],
    ['Các Phòng, Trung tâm thuộc Sở', []],
    ['Phòng HCTP, phòng BTTP, Phòng công chứng số 1, Trung tâm trợ giúp pháp lý', ['hctp', 'bttp', 'tgpl']],
  ])('units of "%s"', (text, ids) => expect(matchUnits(text, units)).toEqual(ids));

  it.each([
    ['Rà soát, trình công bố danh mục thủ tục hành chính được ban hành mới', 'publish_list'],
    ['Cập nhật, công khai các Quyết định đã công bố Danh mục TTHC vào cơ sở dữ liệu quốc gia về TTHC.', 'publicise_national'],
    ['Xây dựng, trình phê duyệt quy trình nội bộ giải quyết thủ tục hành chính', 'approve_internal_process'],
    ['Cập nhật quy trình nội bộ sang quy trình điện tử', 'update_eprocess'],
    ['Báo cáo đột xuất', null],
  ])('duty of "%s"', (content, kind) => expect(dutyKindOf(content)).toBe(kind));

  it('only a unit head or specialist of a lead unit, in the plan agency, reports', () => {
    const p = (role: 'unit_head' | 'specialist' | 'agency_head', unitId: string | null) => ({ userId: 'u', grants: [{ role, agencyId: 'a', unitId }] });
    expect(reportingUnit(p('unit_head', 'hctp'), 'a', ['hctp'])).toBe('hctp');
    expect(reportingUnit(p('specialist', 'hctp'), 'a', ['vp', 'hctp'])).toBe('hctp');
    expect(reportingUnit(p('specialist', 'hctp'), 'b', ['hctp'])).toBeNull();
    expect(reportingUnit(p('unit_head', 'vp'), 'a', ['hctp'])).toBeNull();
    expect(reportingUnit(p('agency_head', null), 'a', ['hctp'])).toBeNull();
  });

  it('re-reading a deadline keeps reported instances and re-dates event ones', () => {
    const existing = [
      { id: 'a', key: 'main', label: null, dueDate: '2024-06-28', triggerDate: null, reports: 0 },
      { id: 'b', key: 'event:request:x', label: 'x', dueDate: null, triggerDate: '2024-03-01', reports: 2 },
    ];
    expect(reconcileInstances(cal, { kind: 'schedule', items: [{ label: 'Quý I/2024', rule: { kind: 'period', from: '2024-01-01', to: '2024-03-31' } }] }, existing)).toEqual({
      insert: [{ key: 'occ-1', label: 'Quý I/2024', dueDate: '2024-03-29' }],
      update: [],
      remove: ['a'],
    });
    expect(reconcileInstances(cal, { kind: 'event', trigger: 'request', issuer: null, amount: 5, unit: 'working_days' }, existing)).toEqual({ insert: [], update: [{ id: 'b', dueDate: '2024-03-08', label: 'x' }], remove: ['a'] });
  });

  it('writes the reminder in Vietnamese, the SMS without diacritics', () => {
    const n = taskReminderNotice({ planTitle: 'Kiểm soát TTHC năm 2025', planNumber: '25/KH-STP', taskNumber: '2', content: 'Rà soát quy trình nội bộ', label: null, dueDate: '2025-04-14', unitName: 'Phòng Hành chính tư pháp', overdue: false, boardUrl: 'https://motcua.vn/can-bo/ke-hoach' });
    expect(n.subject).toBe('Nhiệm vụ kế hoạch kiểm soát TTHC đến hạn ngày 14/04/2025');
    expect(n.text).toContain('Kính gửi Phòng Hành chính tư pháp,');
    expect(n.sms).toBe('Sap den han 14/04/2025: nhiem vu 2 Ra soat quy trinh noi bo. Bao cao tien do tai https://motcua.vn/can-bo/ke-hoach');
  });
});

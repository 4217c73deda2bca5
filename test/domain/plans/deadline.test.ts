import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, buildCalendar, OFFICIAL_SCHEDULES } from '../../../src/domain/calendar';
import { dueAfterEvent, FLAGS, parseDeadline, parsePlanText, plannedInstances, type DeadlineRule, type EventRule } from '../../../src/domain/plans';
import { SEED_FILES, seedText } from './seeds';

const cal = buildCalendar([...OFFICIAL_SCHEDULES.values()], { fromYear: 2020, toYear: 2030 });
const dues = (rule: DeadlineRule) => plannedInstances(cal, rule).map((i) => i.dueDate);

/**
 * Every distinct deadline cell of the five seeds, read through the plan importer, with what it must
 * become: the rule and its due dates, hand-computed on the 2021–2023 calendars (Tết, 30/4–1/5, 2/9 and
 * weekends), or a flag for a human. `source: notes` marks "Thường xuyên" cells whose rule is the event
 * written in the notes column.
 */
const EXPECTED: Record<(typeof SEED_FILES)[number], Record<string, string>> = {
  'an-giang-stp-2023.txt': {
    'Chậm nhất đến ngày 15/02/2023': 'date 2023-02-15',
    'Quý I/2023': 'period 2023-03-31',
    'Trong thời gian 10 ngày kể từ ngày tiếp nhận': 'event pakn_received 10 calendar_days',
    'Thường xuyên': 'continuous',
    'Trước ngày 05/9/2023': 'date 2023-08-31', // 01–04/9/2023 are National Day holidays
    'Quý I/II năm 2023': 'period 2023-06-30',
    'Chậm nhất tại kỳ họp HĐND lần 2 trong năm 2023': 'period 2023-12-29 FLAG',
    'Quý I/II/III, năm': 'schedule 2023-03-31,2023-06-30,2023-09-29,2023-12-29',
    'Trong năm 2023': 'period 2023-12-29', // 31/12/2023 is a Sunday
    'Quý III': 'period 2023-09-29', // Phụ lục II, "Hoàn thành" column, the plan's year
  },
  'khanh-hoa-stp-2021.txt': {
    'Thường xuyên trong năm 2021': 'continuous',
    'Trong năm 2021, sau khi có hướng dẫn của UBND tỉnh': 'period 2021-12-31 FLAG',
    'Hoàn thành trước 15/4/2021': 'date 2021-04-14',
    'Trong năm 2021, theo KH kiểm tra công tác CCHC năm 2021 hoặc kiểm tra đột xuất': 'period 2021-12-31 FLAG',
    'Ngay sau khi thực hiện việc kiểm tra': 'event inspection 0 calendar_days',
    'Hoàn thành trước 25/5/2021': 'date 2021-05-24',
    'Hoàn thành trước 10/8/2021': 'date 2021-08-09',
    'Theo yêu cầu và Kế hoạch của Văn phòng UBND tỉnh': 'event request null calendar_days',
    'Trong năm 2021': 'period 2021-12-31',
  },
  'bac-giang-sct-2023.txt': {
    'Trước ngày 15/01/2023': 'date 2023-01-13', // 14/01/2023 is a Saturday
    'Thường xuyên': 'continuous',
    'Khi có phát sinh': 'event occurrence null calendar_days',
    'Khi có văn bản yêu cầu': 'event request null calendar_days',
    'Theo kế hoạch riêng của UBND tỉnh': 'unparsed FLAG',
    'Tháng 3,6,9,12/2023': 'schedule 2023-03-31,2023-06-30,2023-09-29,2023-12-29',
    'Trước 15/12/2023': 'date 2023-12-14',
    'Trước T12/2023': 'date 2023-11-30',
  },
  'soc-trang-stnmt-2022.txt': {
    '- K& hoach ban hanh trudc 31/01/2022 va trién khai thuc hién ké hoach. - Thuc hién khi ¢6 van ban chi dao.': 'date 2022-01-28 FLAG', // Tết 2022 from 31/01
    'Thuong xuyén': 'continuous',
    'Thudong xuyén': 'continuous',
    'Theo 10 trinh va hudng dan cta Van phong': 'unparsed FLAG',
    'Trong nam 2022': 'period 2022-12-30',
    '- Dinh ky hang quy va nam (trude ngay 19 cta thang cudi quy va trudc ngay 19/12).': 'schedule 2022-03-18,2022-06-17,2022-09-16,2022-12-16,2022-12-16',
  },
  'sa-pa-vp-2023.txt': {
    'Tháng 01 đến tháng 12/2023.': 'period 2023-12-29',
    'Từ tháng 01 – 12/2023.': 'period 2023-12-29',
    'Từ tháng 01 – 12/2023..': 'period 2023-12-29',
  },
};

function describeDeadline(d: ReturnType<typeof parseDeadline>): string {
  const r = d.rule;
  const body = r.kind === 'event' ? `event ${r.trigger} ${r.amount} ${r.unit}` : r.kind === 'date' || r.kind === 'period' || r.kind === 'schedule' ? `${r.kind} ${dues(r).join(',')}` : r.kind;
  return d.flag ? `${body} FLAG` : body;
}

describe('deadline parser on every deadline of the five seed plans', () => {
  for (const file of SEED_FILES) {
    it(`${file}: each deadline parsed or flagged, none lost`, () => {
      const plan = parsePlanText(seedText(file));
      const cells = plan.tasks.filter((t) => t.deadline.source === 'deadline');
      // Every task keeps its deadline as written (none lost) …
      for (const t of plan.tasks) expect(t.deadline.asWritten.length, `${file} #${t.number}`).toBeGreaterThan(0);
      // … and each read is either a rule without a flag or flagged for a human.
      for (const t of plan.tasks) expect(t.deadline.rule.kind !== 'unparsed' || t.deadline.flag !== null).toBe(true);
      const seen = Object.fromEntries(cells.map((t) => [t.deadline.asWritten, describeDeadline(t.deadline)]));
      expect(seen).toEqual(EXPECTED[file]);
    });
  }

  it('a bare "Thường xuyên" takes the event written in the notes (seed 000) or the content (seed 001)', () => {
    const p000 = parsePlanText(seedText('an-giang-stp-2023.txt'));
    const fromNotes = p000.tasks.filter((t) => t.deadline.source === 'notes').map((t) => [t.number, (t.deadline.rule as EventRule).trigger, (t.deadline.rule as EventRule).amount, (t.deadline.rule as EventRule).issuer]);
    expect(fromNotes).toEqual([
      ['4', 'publication_decision', 3, 'central'], // "… Quyết định Công bố TTHC của Bộ, ngành chủ quản (chậm nhất sau 03 ngày)"
      ['5', 'publication_decision', 1, 'province'], // "… 01 ngày sau khi Chủ tịch UBND tỉnh ký quyết định ban hành"
      ['1', 'publication_decision', 10, 'province'], // "Chậm nhất sau 10 ngày kể từ ngày có quyết định Công bố danh mục TTHC; TTHC của Chủ tịch UBND tỉnh"
      ['2', 'process_approved', 5, null], // "Chậm nhất sau 05 ngày sau khi có Quyết định phê duyệt quy trình nội bộ"
    ]);
    const p001 = parsePlanText(seedText('khanh-hoa-stp-2021.txt'));
    const fromContent = p001.tasks.filter((t) => t.deadline.source === 'content');
    expect(fromContent.map((t) => [t.number, t.deadline.asWritten, t.deadline.rule])).toEqual([['2', 'Thường xuyên trong năm 2021', { kind: 'event', trigger: 'publication_decision', issuer: null, amount: 30, unit: 'calendar_days' }]]);
  });
});

describe('deadline variants', () => {
  const read = (s: string, year: number | null = 2024, content?: string) => describeDeadline(parseDeadline(s, { year, content }));
  it.each([
    ['Chậm nhất ngày 30/6/2024', 'date 2024-06-28'], // 30/6/2024 is a Sunday: the last working day before it
    ['chậm nhất đến ngày 30/04/2024', 'date 2024-04-26'], // 27/4–1/5/2024 off (29/4 swapped for Sat 04/5)
    ['Trước ngày 31/12/2024', 'date 2024-12-30'],
    ['Quý IV/2024', 'period 2024-12-31'],
    ['quý II năm 2024', 'period 2024-06-28'],
    ['Tháng 6/2024', 'period 2024-06-28'],
    ['Từ tháng 3 đến tháng 5/2024', 'period 2024-05-31'],
    ['Quý I/II/III/IV', 'schedule 2024-03-29,2024-06-28,2024-09-30,2024-12-31'],
    ['Định kỳ hằng quý, trước ngày 19 của tháng cuối quý', 'schedule 2024-03-18,2024-06-18,2024-09-18,2024-12-18'],
    ['Khi có yêu cầu', 'event request null calendar_days'],
    ['05 ngày làm việc kể từ ngày tiếp nhận phản ánh', 'event pakn_received 5 working_days'],
    ['Ngay sau khi có quyết định công bố của Bộ', 'event publication_decision 0 calendar_days'],
    ['Theo chỉ đạo của UBND tỉnh', 'unparsed FLAG'],
    ['', 'unparsed FLAG'],
    ['32/13/2024', 'unparsed FLAG'],
  ])('%s → %s', (text, expected) => expect(read(text)).toBe(expected));

  it('a quarter without a year takes the plan year, and is flagged without one', () => {
    expect(read('Quý III', 2025)).toBe('period 2025-09-30');
    expect(parseDeadline('Quý III', { year: null })).toMatchObject({ rule: { kind: 'unparsed' }, flag: FLAGS.noYear });
  });

  it('keeps the words around the rule as a condition and flags it', () => {
    const d = parseDeadline('Trong năm 2024, sau khi có hướng dẫn của Bộ', { year: 2024 });
    expect(d).toMatchObject({ rule: { kind: 'period', from: '2024-01-01', to: '2024-12-31' }, condition: 'sau khi có hướng dẫn của Bộ', flag: FLAGS.condition('sau khi có hướng dẫn của Bộ') });
  });

  it('names the event from the task content when the cell says only "kể từ ngày tiếp nhận"', () => {
    expect(read('10 ngày kể từ ngày tiếp nhận', 2024, 'Tiếp nhận và xử lý phản ánh, kiến nghị')).toBe('event pakn_received 10 calendar_days');
    expect(read('10 ngày kể từ ngày tiếp nhận', 2024, 'Tiếp nhận hồ sơ')).toBe('event occurrence 10 calendar_days FLAG');
  });
});

describe('due dates across holidays', () => {
  const event = (amount: number | null, unit: 'calendar_days' | 'working_days'): EventRule => ({ kind: 'event', trigger: 'pakn_received', issuer: null, amount, unit });
  it('counted days start the day after the event and an end on a day off moves to the next working day', () => {
    // Received Mon 16/01/2023; +10 days is Thu 26/01, inside Tết (20–26/01/2023): due Fri 27/01.
    expect(dueAfterEvent(cal, event(10, 'calendar_days'), '2023-01-16')).toBe('2023-01-27');
    // A ministry decision on Mon 28/04/2025; +3 days is Thu 01/5 (30/4–2/5/2025 off): due Mon 05/5.
    expect(dueAfterEvent(cal, event(3, 'calendar_days'), '2025-04-28')).toBe('2025-05-05');
  });
  it('working days skip Tết', () => {
    // Thu 19/01/2023 + 5 working days: 27/01, 30/01, 31/01, 01/02, 02/02.
    expect(dueAfterEvent(cal, event(5, 'working_days'), '2023-01-19')).toBe('2023-02-02');
  });
  it('"ngay sau khi" is the event day, or the next working day; no time means no due date', () => {
    expect(dueAfterEvent(cal, event(0, 'calendar_days'), '2023-09-02')).toBe('2023-09-05');
    expect(dueAfterEvent(cal, event(null, 'calendar_days'), '2023-09-02')).toBeNull();
  });

  const dateArb = fc.integer({ min: 0, max: 365 * 4 }).map((n) => addDays('2023-01-01', n));
  const vn = (d: string) => d.split('-').reverse().join('/');
  it('"Trước ngày X" is the last working day before X, "đến ngày X" the last on or before it (property)', () => {
    fc.assert(
      fc.property(dateArb, (x) => {
        const [before] = dues(parseDeadline(`Trước ngày ${vn(x)}`, { year: null }).rule);
        const [by] = dues(parseDeadline(`Chậm nhất đến ngày ${vn(x)}`, { year: null }).rule);
        expect(before! < x && cal.isWorkingDay(before!) && cal.nextWorkingDay(addDays(before!, 1)) >= x).toBe(true);
        expect(by! <= x && cal.isWorkingDay(by!) && (by === x || cal.nextWorkingDay(addDays(by!, 1)) > x)).toBe(true);
      }),
      { seed: 20261122, numRuns: 300 },
    );
  });
});

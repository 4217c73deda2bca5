/**
 * Deadline expressions as written in control plans (seeds 000–004) → rules the calendar evaluates
 * (deadline-eval.ts). Recognisers are tried in order on the folded text; the first that matches wins
 * and the words outside its match are kept as the deadline's condition. Days are working days only
 * when the text says so ("05 ngày làm việc"); "ngày" alone is a calendar day. Text no recogniser reads
 * stays as written with the rule `unparsed` and a Vietnamese flag for a human; nothing is guessed.
 */
import { daysInMonth, formatLocalDate, isValidLocalDate } from '../calendar';
import { foldAligned } from './fold';
import { TRIGGER_NAMES, type DateRule, type DeadlineRule, type EventRule, type PeriodRule, type PlanTrigger, type TaskDeadline } from './model';

/** The plan's year (for "Quý III", "Quý I/II/III, năm") and the task's content (to name the event). */
export type DeadlineContext = { readonly year: number | null; readonly content?: string };

type Hit = { rule: DeadlineRule; start: number; end: number; flag?: string };
type Recogniser = (f: string, ctx: DeadlineContext) => Hit | null;

export const FLAGS = {
  empty: 'Không ghi thời hạn; cần cán bộ xác định',
  unread: 'Không đọc được thời hạn; cần cán bộ xác định',
  noYear: 'Thời hạn không ghi năm và kế hoạch không rõ năm; cần cán bộ xác định',
  badDate: 'Ngày trong thời hạn không hợp lệ; cần cán bộ kiểm tra',
  noEvent: 'Không rõ sự kiện tính thời hạn; cần cán bộ xác định',
  condition: (c: string) => `Thời hạn kèm điều kiện «${c}»; cần cán bộ xác nhận`,
} as const;

const ymd = (y: number, m: number, d: number) => formatLocalDate({ year: y, month: m, day: d });
const monthSpan = (y: number, m1: number, m2: number): PeriodRule => ({ kind: 'period', from: ymd(y, m1, 1), to: ymd(y, m2, daysInMonth(y, m2)) });
const quarterSpan = (y: number, q: number) => monthSpan(y, 3 * q - 2, 3 * q);
const ROMAN: Readonly<Record<string, number>> = { i: 1, ii: 2, iii: 3, iv: 4 };
const ROMAN_LABEL = ['', 'I', 'II', 'III', 'IV'] as const;
const R = String.raw`(?:iv|i{1,3})(?![a-z])`;

const unparsed = (start: number, end: number, flag: string): Hit => ({ rule: { kind: 'unparsed' }, start, end, flag });
const yearOf = (explicit: string | undefined, ctx: DeadlineContext) => (explicit ? Number(explicit) : ctx.year);

function dateRule(d: number, m: number, y: number, before: boolean): DateRule | null {
  const date = m >= 1 && m <= 12 && d >= 1 ? ymd(y, m, d) : '';
  return isValidLocalDate(date) ? { kind: 'date', date, before } : null;
}

/** The event a deadline counts from, read from the text after "kể từ", "sau khi", "khi có". */
export function triggerOf(f: string, content = ''): { trigger: PlanTrigger; issuer: 'central' | 'province' | null } | null {
  const c = foldAligned(content).folded;
  const feedback = /phan\s+anh|kien\s+nghi|pakn/;
  let trigger: PlanTrigger | null = null;
  if (/phe\s+duyet\s+quy\s+trinh/.test(f)) trigger = 'process_approved';
  else if (/quyet\s+dinh\s+cong\s+bo|cong\s+bo\s+(?:danh\s+muc\s+)?(?:tthc|thu\s+tuc)|ky\s+quyet\s+dinh\s+ban\s+hanh|ngay\s+cong\s+bo/.test(f)) trigger = 'publication_decision';
  else if (feedback.test(f) || (/tiep\s+nhan/.test(f) && feedback.test(c))) trigger = 'pakn_received';
  else if (/kiem\s+tra/.test(f)) trigger = 'inspection';
  else if (/yeu\s+cau/.test(f)) trigger = 'request';
  else if (/huong\s+dan|chi\s+dao/.test(f)) trigger = 'guidance';
  else if (/phat\s+sinh/.test(f)) trigger = 'occurrence';
  if (!trigger) return null;
  let issuer: 'central' | 'province' | null = null;
  if (trigger === 'publication_decision') {
    if (/chu\s+tich\s+(?:ubnd|uy\s+ban\s+nhan\s+dan)\s+tinh/.test(f)) issuer = 'province';
    else if (/cua\s+bo\b|\bbo,?\s+nganh|bo\s+truong|trung\s+uong/.test(f)) issuer = 'central';
  }
  return { trigger, issuer };
}

const AMOUNT_FIRST = /(?:trong\s+(?:thoi\s+(?:gian|han)\s+)?|cham\s+nhat\s+(?:la\s+)?(?:sau\s+)?|khong\s+qua\s+)?(\d{1,3})\s+ngay(\s+lam\s+viec)?\s*,?\s*(?:ke\s+tu|tinh\s+tu|sau\s+khi|sau)\s/;
const EVENT_WORD = /ngay\s+sau\s+khi|sau\s+khi|khi\s+co|ke\s+tu\s+(?:ngay|khi)/;
const AMOUNT = /(\d{1,3})\s+ngay(\s+lam\s+viec)?(?!\s*\d)/;

function eventHit(f: string, ctx: DeadlineContext, amount: number | null, working: boolean, start: number): Hit {
  const t = triggerOf(f.slice(start), ctx.content);
  const rule: EventRule = { kind: 'event', trigger: t?.trigger ?? 'occurrence', issuer: t?.issuer ?? null, amount, unit: working ? 'working_days' : 'calendar_days' };
  return { rule, start, end: f.length, ...(t ? {} : { flag: FLAGS.noEvent }) };
}

/** "10 ngày kể từ ngày tiếp nhận", "Ngay sau khi … (chậm nhất sau 03 ngày)": an event with a time. */
const eventWithAmount: Recogniser = (f, ctx) => {
  const m = AMOUNT_FIRST.exec(f);
  if (m) return eventHit(f, ctx, Number(m[1]), !!m[2], m.index);
  const w = EVENT_WORD.exec(f);
  const a = w ? AMOUNT.exec(f) : null;
  return w && a ? eventHit(f, ctx, Number(a[1]), !!a[2], Math.min(w.index, a.index)) : null;
};

/** "Khi có phát sinh", "Ngay sau khi thực hiện việc kiểm tra", "Theo yêu cầu …": an event, no fixed time. */
const eventAtStart: Recogniser = (f, ctx) => {
  const m = /^[\s\-•+*(]*(ngay\s+sau\s+khi|sau\s+khi|khi\s+co|khi\b|theo\s+yeu\s+cau)/.exec(f);
  if (!m) return null;
  // Without a named event, "khi có …" is still an event (as needed): no flag.
  const { rule, start, end } = eventHit(f, ctx, m[1]!.startsWith('ngay') ? 0 : null, false, 0);
  return { rule, start, end };
};

/** "Định kỳ hằng quý (và năm), trước ngày 19 của tháng cuối quý (và trước ngày 19/12)", "Hằng tháng". */
const recurring: Recogniser = (f, ctx) => {
  const m = /(?:dinh\s+ky\s+)?(?:hang|moi)\s+(quy|thang)\b/.exec(f);
  if (!m) return null;
  const year = yearOf(/nam\s+(\d{4})/.exec(f)?.[1], ctx);
  if (year === null) return unparsed(0, f.length, FLAGS.noYear);
  const items: { label: string; rule: DateRule | PeriodRule }[] = [];
  let end = m.index + m[0].length;
  const use = (x: RegExpExecArray | null) => (x && (end = Math.max(end, x.index + x[0].length)), x);
  if (m[1] === 'quy') {
    const day = use(/truoc\s+ngay\s+(\d{1,2})\s+(?:cua\s+)?thang\s+cuoi\s+(?:moi\s+)?quy/.exec(f));
    for (let q = 1; q <= 4; q++) {
      const rule = day ? dateRule(Number(day[1]), 3 * q, year, true) : quarterSpan(year, q);
      if (!rule) return unparsed(0, f.length, FLAGS.badDate);
      items.push({ label: `Quý ${ROMAN_LABEL[q]}/${year}`, rule });
    }
    if (use(/quy\s*(?:va|,)\s*(?:hang\s+)?nam/.exec(f))) {
      const y = use(/truoc\s+ngay\s+(\d{1,2})\s*\/\s*(\d{1,2})(?!\s*\/)/.exec(f));
      const rule = y ? dateRule(Number(y[1]), Number(y[2]), year, true) : monthSpan(year, 1, 12);
      if (!rule) return unparsed(0, f.length, FLAGS.badDate);
      items.push({ label: `Năm ${year}`, rule });
    }
  } else {
    const day = use(/truoc\s+ngay\s+(\d{1,2})(?!\s*\/)/.exec(f));
    for (let mo = 1; mo <= 12; mo++) {
      const rule = day ? dateRule(Number(day[1]), mo, year, true) : monthSpan(year, mo, mo);
      if (!rule) return unparsed(0, f.length, FLAGS.badDate);
      items.push({ label: `Tháng ${mo}/${year}`, rule });
    }
  }
  if (f[end] === ')') end++;
  return { rule: { kind: 'schedule', items }, start: m.index, end };
};

/** "Tháng 3,6,9,12/2023": one due date at the end of each month. */
const monthList: Recogniser = (f) => {
  const m = /thang\s+(\d{1,2}(?:\s*,\s*\d{1,2})+)\s*(?:\/|nam)\s*(\d{4})/.exec(f);
  if (!m) return null;
  const year = Number(m[2]);
  const months = m[1]!.split(',').map((x) => Number(x.trim()));
  if (months.some((x) => x < 1 || x > 12)) return unparsed(m.index, m.index + m[0].length, FLAGS.badDate);
  return { rule: { kind: 'schedule', items: months.map((mo) => ({ label: `Tháng ${mo}/${year}`, rule: monthSpan(year, mo, mo) })) }, start: m.index, end: m.index + m[0].length };
};

/** "Quý I/II/III, năm" (recurring reports) or "Quý I/II năm 2023" (by the end of the later quarter). */
const quarterList: Recogniser = (f, ctx) => {
  const m = new RegExp(String.raw`quy\s+(${R}(?:\s*\/\s*${R})+)(\s*,\s*(?:ca\s+)?nam\b(?!\s+\d))?(?:\s*(?:\/|nam|,)\s*(\d{4}))?`).exec(f);
  if (!m) return null;
  const year = yearOf(m[3], ctx);
  const span = { start: m.index, end: m.index + m[0].length };
  if (year === null) return unparsed(span.start, span.end, FLAGS.noYear);
  const quarters = m[1]!.split('/').map((x) => ROMAN[x.trim()]!);
  if (quarters.length === 2 && !m[2]) return { rule: { kind: 'period', from: quarterSpan(year, quarters[0]!).from, to: quarterSpan(year, quarters[1]!).to }, ...span };
  const items: { label: string; rule: DateRule | PeriodRule }[] = quarters.map((q) => ({ label: `Quý ${ROMAN_LABEL[q]}/${year}`, rule: quarterSpan(year, q) }));
  if (m[2]) items.push({ label: `Năm ${year}`, rule: monthSpan(year, 1, 12) });
  return { rule: { kind: 'schedule', items }, ...span };
};

/** "Trước T12/2023", "trước tháng 12/2023": before the first day of that month. */
const beforeMonth: Recogniser = (f) => {
  const m = /truoc\s+(?:thang\s*|t\s*)(\d{1,2})\s*\/\s*(\d{4})/.exec(f);
  if (!m) return null;
  const rule = dateRule(1, Number(m[1]), Number(m[2]), true);
  return rule ? { rule, start: m.index, end: m.index + m[0].length } : unparsed(m.index, m.index + m[0].length, FLAGS.badDate);
};

/** "Chậm nhất đến ngày 15/02/2023", "Trước ngày 05/9/2023", "Hoàn thành trước 15/4/2021". */
const fullDate: Recogniser = (f) => {
  const m = /(?:hoan\s+thanh\s+)?(?:cham\s+nhat\s+)?(?:(truoc)\s+|(?:den|vao|han)\s+)?(?:ngay\s+)?(\d{1,2})\s*\/\s*(\d{1,2})\s*\/\s*(\d{4})/.exec(f);
  if (!m) return null;
  const rule = dateRule(Number(m[2]), Number(m[3]), Number(m[4]), !!m[1]);
  return rule ? { rule, start: m.index, end: m.index + m[0].length } : unparsed(m.index, m.index + m[0].length, FLAGS.badDate);
};

/** "Quý I/2023", "Quý III" (the plan's year). */
const quarter: Recogniser = (f, ctx) => {
  const m = new RegExp(String.raw`quy\s+(${R})(?:\s*(?:\/|nam)\s*(\d{4}))?`).exec(f);
  if (!m) return null;
  const year = yearOf(m[2], ctx);
  const span = { start: m.index, end: m.index + m[0].length };
  return year === null ? unparsed(span.start, span.end, FLAGS.noYear) : { rule: quarterSpan(year, ROMAN[m[1]!]!), ...span };
};

/** "Tháng 01 đến tháng 12/2023", "Từ tháng 01 – 12/2023", "Tháng 3/2023". */
const months: Recogniser = (f) => {
  const m = /(?:tu\s+)?thang\s+(\d{1,2})\s*(?:(?:den|-|toi)\s*(?:het\s+)?(?:thang\s+)?(\d{1,2})\s*)?(?:\/|nam)\s*(\d{4})/.exec(f);
  if (!m) return null;
  const [a, b, y] = [Number(m[1]), Number(m[2] ?? m[1]), Number(m[3])];
  const span = { start: m.index, end: m.index + m[0].length };
  return a >= 1 && b <= 12 && a <= b ? { rule: monthSpan(y, a, b), ...span } : unparsed(span.start, span.end, FLAGS.badDate);
};

const YEAR = /(?:trong\s+)?(?:ca\s+)?nam\s+(\d{4})/;

/** "Thường xuyên", "Thường xuyên trong năm 2021": ongoing, nothing falls due. */
const continuous: Recogniser = (f) => {
  const m = /thuong\s+xuyen|lien\s+tuc|hang\s+ngay/.exec(f);
  if (!m) return null;
  const y = YEAR.exec(f);
  const span = y ? { start: Math.min(m.index, y.index), end: Math.max(m.index + m[0].length, y.index + y[0].length) } : { start: m.index, end: m.index + m[0].length };
  const year = y ? Number(y[1]) : null;
  return { rule: { kind: 'continuous', from: year ? ymd(year, 1, 1) : null, to: year ? ymd(year, 12, 31) : null }, ...span };
};

/** "Trong năm 2023". */
const wholeYear: Recogniser = (f) => {
  const m = YEAR.exec(f);
  return m ? { rule: monthSpan(Number(m[1]), 1, 12), start: m.index, end: m.index + m[0].length } : null;
};

const RECOGNISERS: readonly Recogniser[] = [eventWithAmount, recurring, monthList, quarterList, beforeMonth, fullDate, quarter, months, continuous, wholeYear, eventAtStart];

const FILLER = /^(?:hoan\s+thanh|thuc\s+hien|thoi\s+gian|thoi\s+han|truoc|den)?$/;

/** The words outside the match, as written, when they say something. */
function conditionOf(original: string, folded: string, start: number, end: number): string | null {
  const trim = (s: string) => s.replace(/^[\s,.;:()\-–—*+•]+|[\s,.;:()\-–—*+•]+$/gu, '');
  const parts = [original.slice(0, start), original.slice(end)].map(trim).filter((s) => s !== '');
  const foldedRest = [folded.slice(0, start), folded.slice(end)].map((s) => trim(s).replace(/\s+/g, ' ')).join(' ').trim();
  if (parts.length === 0 || FILLER.test(foldedRest) || !/[a-z]{2}/.test(foldedRest)) return null;
  return parts.join(' … ').replace(/\s+/g, ' ');
}

/** Reads a deadline cell; always returns a deadline (an unreadable one is `unparsed` and flagged). */
export function parseDeadline(asWritten: string, ctx: DeadlineContext): TaskDeadline {
  const { original, folded } = foldAligned(asWritten);
  const text = asWritten.replace(/\s+/g, ' ').trim();
  if (folded.trim() === '') return { asWritten: text, rule: { kind: 'unparsed' }, source: 'deadline', condition: null, flag: FLAGS.empty };
  for (const recognise of RECOGNISERS) {
    const hit = recognise(folded, ctx);
    if (!hit) continue;
    const condition = hit.rule.kind === 'event' ? null : conditionOf(original, folded, hit.start, hit.end);
    const conditional = condition && (hit.rule.kind === 'date' || hit.rule.kind === 'period' || hit.rule.kind === 'continuous');
    return { asWritten: text, rule: hit.rule, source: 'deadline', condition, flag: hit.flag ?? (conditional ? FLAGS.condition(condition) : null) };
  }
  return { asWritten: text, rule: { kind: 'unparsed' }, source: 'deadline', condition: null, flag: FLAGS.unread };
}

/**
 * An event with a time ("chậm nhất sau 03 ngày kể từ …") written in a task's notes or content; used when
 * the deadline cell only says "Thường xuyên" (seed 000: the statutory times are in the notes column).
 */
export function findEventDeadline(text: string, ctx: DeadlineContext): EventRule | null {
  const { folded } = foldAligned(text);
  const hit = eventWithAmount(folded, ctx);
  return hit && hit.rule.kind === 'event' && !hit.flag ? hit.rule : null;
}

/** Short Vietnamese description of a rule, for tables and exports. */
export function describeRule(rule: DeadlineRule): string {
  const d = (x: string) => x.split('-').reverse().join('/');
  switch (rule.kind) {
    case 'date':
      return rule.before ? `Trước ngày ${d(rule.date)}` : `Đến ngày ${d(rule.date)}`;
    case 'period':
      return `Từ ${d(rule.from)} đến ${d(rule.to)}`;
    case 'schedule':
      return rule.items.map((i) => i.label).join('; ');
    case 'continuous':
      return rule.to ? `Thường xuyên đến ${d(rule.to)}` : 'Thường xuyên';
    case 'event':
      return `${rule.amount === null ? 'Khi có' : `${rule.amount} ${rule.unit === 'working_days' ? 'ngày làm việc' : 'ngày'} sau`} ${TRIGGER_NAMES[rule.trigger].vi.toLowerCase()}`;
    case 'unparsed':
      return 'Chưa xác định';
  }
}

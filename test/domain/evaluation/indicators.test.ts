import { describe, expect, it } from 'vitest';
import {
  attitudeMark,
  bodiesMark,
  collectPoints,
  contactsMark,
  deskMark,
  evaluateDossier,
  onlineMark,
  paknMark,
  pointsFor,
  publicationMark,
  stepsMark,
  timingOf,
  totalTimeMark,
  type StepFacts,
} from '../../../src/domain/evaluation';

const at = (s: string) => new Date(s);
const DUE = at('2026-03-16T17:00:00+07:00'); // Monday

describe('indicator 1: total time against the statutory time, "equal" = on the due date', () => {
  it('reads dates on the Vietnamese calendar', () => {
    expect(timingOf(at('2026-03-16T16:59:00+07:00'), DUE)).toBe('equal');
    expect(timingOf(DUE, DUE)).toBe('equal');
    expect(timingOf(at('2026-03-16T17:00:01+07:00'), DUE)).toBe('longer');
    expect(timingOf(at('2026-03-13T10:00:00+07:00'), DUE)).toBe('shorter');
    // 00:30 on the 16th in Hà Nội is still the 15th in UTC: equal, not shorter.
    expect(timingOf(at('2026-03-16T00:30:00+07:00'), DUE)).toBe('equal');
    expect(timingOf(at('2026-03-15T23:59:00+07:00'), DUE)).toBe('shorter');
  });

  it('scores 2/1/0 and excludes a dossier without a fixed time or not finished', () => {
    expect(totalTimeMark({ statutoryDueAt: DUE, finishedAt: at('2026-03-12T09:00:00+07:00') })).toEqual({ points: 2, reason: 'Giải quyết xong ngày 12/03/2026, hạn 16/03/2026: trước hạn.' });
    expect(totalTimeMark({ statutoryDueAt: DUE, finishedAt: at('2026-03-16T08:00:00+07:00') }).points).toBe(1);
    expect(totalTimeMark({ statutoryDueAt: DUE, finishedAt: at('2026-03-17T08:00:00+07:00'), extended: true })).toEqual({ points: 0, reason: 'Giải quyết xong ngày 17/03/2026, hạn 16/03/2026 (đã gia hạn, tính theo hạn trước khi gia hạn): quá hạn.' });
    expect(totalTimeMark({ statutoryDueAt: null, finishedAt: DUE }).points).toBeNull();
    expect(totalTimeMark({ statutoryDueAt: DUE, finishedAt: null }).points).toBeNull();
  });
});

describe('indicator 2: each participant against its share', () => {
  const step = (name: string, kind: string, finished: string | null, due: string | null, extra: Partial<StepFacts> = {}): StepFacts => ({
    name,
    kind,
    participant: 'Phòng HCTP',
    dueAt: due ? at(due) : null,
    finishedAt: finished ? at(finished) : null,
    agencyId: 'a',
    unitId: 'hctp',
    closedBy: 'b',
    ...extra,
  });

  it('takes the worst measured step; the return step and steps without a share are not measured', () => {
    const m = stepsMark([
      step('Thẩm định', 'process', '2026-03-10T10:00:00+07:00', '2026-03-11T17:00:00+07:00'),
      step('Duyệt', 'approve', '2026-03-11T10:00:00+07:00', '2026-03-11T11:00:00+07:00'),
      step('Trả kết quả', 'return', '2026-03-30T10:00:00+07:00', '2026-03-12T11:00:00+07:00'),
      step('Tiếp nhận', 'receive', '2026-03-09T10:00:00+07:00', null),
    ]);
    expect(m).toEqual({ points: 1, reason: 'Phòng HCTP — Thẩm định: trước hạn; Phòng HCTP — Duyệt: đúng ngày hẹn.' });
    expect(stepsMark([step('Trả kết quả', 'return', '2026-03-30T10:00:00+07:00', '2026-03-12T11:00:00+07:00')]).points).toBeNull();
    expect(stepsMark([step('Thẩm định', 'process', null, '2026-03-11T17:00:00+07:00')]).points).toBeNull();
  });

  it('counts, for each participant, only its own steps', () => {
    const e = evaluateDossier({
      statutoryDueAt: DUE,
      finishedAt: at('2026-03-16T09:00:00+07:00'),
      extended: false,
      rating: { time: 'on_time', contacts: 2, bodies: 1, attitude: 4 },
      substantiatedComplaint: false,
      steps: [
        step('Tiếp nhận', 'receive', '2026-03-09T08:30:00+07:00', '2026-03-09T11:00:00+07:00', { unitId: 'vp', closedBy: 'an' }), // equal → 1
        step('Thẩm định', 'process', '2026-03-10T10:00:00+07:00', '2026-03-12T17:00:00+07:00', { closedBy: 'binh' }), // shorter → 2
        step('Duyệt', 'approve', '2026-03-13T10:00:00+07:00', '2026-03-12T17:00:00+07:00', { closedBy: 'chi' }), // longer → 0
        step('Ký', 'sign', '2026-03-16T09:00:00+07:00', '2026-03-16T11:00:00+07:00', { unitId: null, closedBy: 'dung' }), // equal → 1
        step('Trả kết quả', 'return', '2026-03-20T09:00:00+07:00', '2026-03-16T17:00:00+07:00', { unitId: 'vp', closedBy: 'an' }),
      ],
    });
    expect(Object.fromEntries(Object.entries(e.marks).map(([k, m]) => [k, m.points]))).toEqual({ 1: 1, 2: 0, 3: 1, 4: 2, 7: 1 });
    expect(pointsFor(e, (s) => s.unitId === 'hctp')).toEqual({ 1: 1, 2: 0, 3: 1, 4: 2, 7: 1 });
    expect(pointsFor(e, (s) => s.unitId === 'vp')[2]).toBe(1);
    expect(pointsFor(e, (s) => s.closedBy === 'binh')[2]).toBe(2);
    expect(pointsFor(e, (s) => s.closedBy === 'chi')[2]).toBe(0);
    expect(pointsFor(e, (s) => s.closedBy === 'nobody')[2]).toBeNull();
    const by = collectPoints([{ e, participants: [{ key: 'binh', owns: (s) => s.closedBy === 'binh' }, { key: 'agency', owns: () => true }] }]);
    expect(by.get('binh')).toEqual([{ 1: 1, 2: 2, 3: 1, 4: 2, 7: 1 }]);
    expect(by.get('agency')![0]![2]).toBe(0);
  });
});

describe('indicators 3, 4, 7 from the rating (the form counts the submission and the desk)', () => {
  const r = (o: Partial<{ time: 'early' | 'on_time' | 'late'; contacts: number; bodies: number; attitude: number }> = {}) => ({ time: 'on_time' as const, contacts: 1, bodies: 1, attitude: 4, ...o });

  it('3: contacts beyond the submission 0 → 2, 1 → 1, more → 0', () => {
    expect([1, 2, 3, 7].map((n) => contactsMark(r({ contacts: n })).points)).toEqual([2, 1, 0, 0]);
    expect(contactsMark(null)).toEqual({ points: null, reason: 'Người nộp hồ sơ chưa đánh giá.' });
  });

  it('4: bodies beyond the one-stop desk 0 → 2, 1 → 1, more → 0', () => {
    expect([1, 2, 3].map((n) => bodiesMark(r({ bodies: n })).points)).toEqual([2, 1, 0]);
    expect(bodiesMark(null).points).toBeNull();
  });

  it('7: a substantiated complaint or dissatisfaction → 0; early → 2; on time or late → 1', () => {
    expect(attitudeMark(r({ time: 'early', attitude: 5 }), true).points).toBe(0);
    expect(attitudeMark(null, true).points).toBe(0);
    expect(attitudeMark(null, false).points).toBeNull();
    expect(attitudeMark(r({ time: 'early', attitude: 2 }), false).points).toBe(0);
    expect(attitudeMark(r({ time: 'early', attitude: 3 }), false).points).toBe(2);
    expect(attitudeMark(r({ time: 'on_time', attitude: 5 }), false).points).toBe(1);
    expect(attitudeMark(r({ time: 'late', attitude: 4 }), false).points).toBe(1);
  });
});

describe('indicators 5, 6, 8, 9 per agency, thresholds reached exactly', () => {
  it('5: share fully handled at the desk by level; else all through the desk → 1', () => {
    expect(deskMark({ level: 'province', eligible: 10, fullyAtDesk: 2, atDesk: 10 }).points).toBe(2); // exactly 20%
    expect(deskMark({ level: 'province', eligible: 10, fullyAtDesk: 1, atDesk: 10 }).points).toBe(1);
    expect(deskMark({ level: 'province', eligible: 10, fullyAtDesk: 1, atDesk: 9 }).points).toBe(0);
    expect(deskMark({ level: 'district', eligible: 4, fullyAtDesk: 2, atDesk: 4 }).points).toBe(2); // exactly 50%
    expect(deskMark({ level: 'commune', eligible: 10, fullyAtDesk: 9, atDesk: 10 }).points).toBe(1); // commune needs 100%
    expect(deskMark({ level: 'commune', eligible: 3, fullyAtDesk: 3, atDesk: 3 }).points).toBe(2);
    expect(deskMark({ level: 'commune', eligible: 0, fullyAtDesk: 0, atDesk: 0 }).points).toBeNull();
  });

  it('6: posted and electronic on time → 2, one of them → 1, neither → 0, nothing due → no data', () => {
    expect(publicationMark({ due: 2, onTime: 2 }, { due: 2, onTime: 2 }).points).toBe(2);
    expect(publicationMark({ due: 2, onTime: 2 }, { due: 2, onTime: 1 }).points).toBe(1);
    expect(publicationMark({ due: 1, onTime: 0 }, { due: 2, onTime: 2 }).points).toBe(1);
    expect(publicationMark({ due: 1, onTime: 0 }, { due: 1, onTime: 0 }).points).toBe(0);
    expect(publicationMark({ due: 0, onTime: 0 }, { due: 0, onTime: 0 }).points).toBeNull();
  });

  it('8: none or all on time → 2, ≥ 90% and none prolonged → 1, else 0', () => {
    expect(paknMark({ total: 0, onTime: 0, prolonged: 0 }).points).toBe(2);
    expect(paknMark({ total: 10, onTime: 10, prolonged: 0 }).points).toBe(2);
    expect(paknMark({ total: 10, onTime: 9, prolonged: 0 })).toEqual({ points: 1, reason: '9/10 phản ánh, kiến nghị xử lý đúng hạn (90%), 0 kéo dài.' });
    expect(paknMark({ total: 10, onTime: 9, prolonged: 1 }).points).toBe(0);
    expect(paknMark({ total: 10, onTime: 8, prolonged: 0 }).points).toBe(0);
  });

  it('9: ≥ 20% procedures and ≥ 30% dossiers online, none late → 2; offered and ≥ 15% → 1; else 0', () => {
    const f = { eligible: 10, offered: 2, dossiers: 10, online: 3, lateOnline: 0 };
    expect(onlineMark(f).points).toBe(2);
    expect(onlineMark({ ...f, offered: 1 }).points).toBe(1); // 10% of procedures, 30% of dossiers
    expect(onlineMark({ ...f, dossiers: 100, online: 15 }).points).toBe(1); // exactly 15%
    expect(onlineMark({ ...f, dossiers: 100, online: 14 }).points).toBe(0);
    expect(onlineMark({ ...f, lateOnline: 1 }).points).toBe(0);
    expect(onlineMark({ ...f, offered: 0, online: 5 }).points).toBe(0);
    expect(onlineMark({ ...f, dossiers: 0, online: 0 }).points).toBeNull();
    expect(onlineMark({ ...f, eligible: 0, offered: 0 }).points).toBeNull();
  });
});

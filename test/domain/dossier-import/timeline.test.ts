import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultProcess, type StatusCode } from '../../../src/domain/dossier';
import { actionBetween, deriveTimeline, importedState, parseSyncRecord, type ImportTimeline } from '../../../src/domain/dossier-import';
import { endOfProcessing, scoring766InputOf, scoring766OnTime, supplementPausesOf } from '../../../src/domain/rules';
import { buildSyncRecord } from '../../support/sync-records';

const vn = (iso: string) => Date.parse(`${iso}+07:00`);
const NOW = vn('2026-11-22T12:00:00');

function timeline(overrides: Record<string, unknown>): ImportTimeline {
  const p = parseSyncRecord(buildSyncRecord(overrides));
  if (!p.ok) throw new Error(JSON.stringify(p.problems));
  const t = deriveTimeline(p.record, NOW);
  if (!t.ok) throw new Error(JSON.stringify(t.problems));
  return t.timeline;
}

function problems(overrides: Record<string, unknown>) {
  const p = parseSyncRecord(buildSyncRecord(overrides));
  if (!p.ok) throw new Error(JSON.stringify(p.problems));
  const t = deriveTimeline(p.record, NOW);
  return t.ok ? [] : t.problems;
}

const steps = (...entries: [number, string][]) => entries.map(([TrangThai, ThoiDiem]) => ({ TrangThai, ThoiDiem }));

describe('history of an imported dossier', () => {
  it('a counter dossier: received, processed, returned — end of processing is the "processed" instant', () => {
    const t = timeline({});
    expect(t.events.map((e) => [e.action, e.status, e.phase])).toEqual([
      ['create', 2, 'receive'],
      ['forward', 4, 'process'],
      ['sign', 9, 'return'],
      ['return_result', 10, 'return'],
    ]);
    expect([t.receivedAt, t.finishedAt, t.returnedAt, t.dueAt]).toEqual([vn('2024-03-12T08:00:00'), vn('2024-03-20T10:00:00'), vn('2024-03-21T09:00:00'), vn('2024-03-22T17:00:00')]);
  });

  it('an online dossier is received when it moves from 1 to 2; NgayTiepNhan, when given, is the clock start', () => {
    const history = steps([1, '20240311200000'], [2, '20240312080500'], [4, '20240312090000'], [9, '20240315090000']);
    const t = timeline({ KenhThucHien: 2, NgayNop: '20240311200000', NgayTiepNhan: null, TrangThaiHoSo: 9, TienTrinh: history });
    expect(t.events.map((e) => e.action)).toEqual(['create', 'receive', 'forward', 'sign']);
    expect([t.submittedAt, t.receivedAt]).toEqual([vn('2024-03-11T20:00:00'), vn('2024-03-12T08:05:00')]);
    expect(timeline({ KenhThucHien: 2, NgayNop: '20240311200000', NgayTiepNhan: '20240312080000', TrangThaiHoSo: 9, TienTrinh: history }).receivedAt).toBe(vn('2024-03-12T08:00:00'));
  });

  it('an online dossier refused before reception was never received and ended when refused', () => {
    const t = timeline({ KenhThucHien: 2, NgayTiepNhan: null, TrangThaiHoSo: 3, TienTrinh: steps([1, '20240311200000'], [3, '20240312090000']) });
    expect([t.receivedAt, t.finishedAt, t.returnedAt]).toEqual([null, vn('2024-03-12T09:00:00'), null]);
  });

  it('a supplement asked after reception pauses the clock until the next move; one asked before reception does not', () => {
    const t = timeline({ TrangThaiHoSo: 9, TienTrinh: steps([2, '20240312080000'], [4, '20240312090000'], [5, '20240313090000'], [4, '20240318090000'], [9, '20240320090000']) });
    expect(t.supplementPauses).toEqual([{ requestedAt: vn('2024-03-13T09:00:00'), completedAt: vn('2024-03-18T09:00:00') }]);
    expect(t.events[3]).toMatchObject({ action: 'supplement_received', requestedAt: vn('2024-03-13T09:00:00') });
    const before = timeline({ KenhThucHien: 2, TrangThaiHoSo: 4, TienTrinh: steps([1, '20240311080000'], [5, '20240311090000'], [2, '20240312080000'], [4, '20240312090000']) });
    expect(before.supplementPauses).toEqual([]);
    expect(before.events.map((e) => e.action)).toEqual(['create', 'request_supplement', 'supplement_received', 'forward']);
    expect(before.receivedAt).toBe(vn('2024-03-12T08:00:00'));
  });

  it('still waiting for the supplement: open, the pause has no end, and the engine state comes back to processing', () => {
    const t = timeline({ TrangThaiHoSo: 5, TienTrinh: steps([2, '20240312080000'], [4, '20240312090000'], [5, '20240313090000']) });
    expect([t.finishedAt, t.supplementPauses]).toEqual([null, [{ requestedAt: vn('2024-03-13T09:00:00'), completedAt: null }]]);
    expect(importedState(t, defaultProcess(null))).toEqual({
      status: 5,
      step: 1,
      assignee: null,
      extensions: 0,
      supplementRequests: 1,
      openConsultations: 0,
      transferredTo: null,
      decision: null,
      statusBeforeHold: 4,
    });
  });

  it('end of processing: the first 9, else 10, else 8, 3 or 7', () => {
    expect(timeline({ TrangThaiHoSo: 10, TienTrinh: steps([2, '20240312080000'], [4, '20240312090000'], [10, '20240314090000']) }).finishedAt).toBe(vn('2024-03-14T09:00:00'));
    expect(timeline({ TrangThaiHoSo: 8, TienTrinh: steps([2, '20240312080000'], [4, '20240312090000'], [8, '20240314090000']) }).finishedAt).toBe(vn('2024-03-14T09:00:00'));
    expect(timeline({ TrangThaiHoSo: 7, TienTrinh: steps([2, '20240312080000'], [7, '20240313090000']) }).finishedAt).toBe(vn('2024-03-13T09:00:00'));
    // Reopened after "processed": open again, no end of processing.
    const reopened = timeline({ TrangThaiHoSo: 4, TienTrinh: steps([2, '20240312080000'], [4, '20240312090000'], [9, '20240313090000'], [4, '20240314090000']) });
    expect([reopened.finishedAt, reopened.events[3]!.action]).toEqual([null, 'return_to_previous']);
  });

  it('the same status twice is a handover between departments', () => {
    const t = timeline({ TrangThaiHoSo: 9, TienTrinh: [{ TrangThai: 2, ThoiDiem: '20240312080000' }, { TrangThai: 4, ThoiDiem: '20240312090000', PhongBanXuLy: 'Phòng A' }, { TrangThai: 4, ThoiDiem: '20240313090000', PhongBanXuLy: 'Phòng B' }, { TrangThai: 9, ThoiDiem: '20240314090000' }] });
    expect(t.events.map((e) => e.action)).toEqual(['create', 'forward', 'forward', 'sign']);
  });

  it('a history starting in processing is received at NgayTiepNhan', () => {
    const t = timeline({ TrangThaiHoSo: 9, NgayNop: '20240312073000', NgayTiepNhan: '20240312073000', TienTrinh: steps([4, '20240312090000'], [9, '20240314090000']) });
    expect(t.events.map((e) => [e.action, e.at])).toEqual([
      ['create', vn('2024-03-12T07:30:00')],
      ['forward', vn('2024-03-12T09:00:00')],
      ['sign', vn('2024-03-14T09:00:00')],
    ]);
  });

  it('refuses impossible histories, in Vietnamese', () => {
    expect(problems({ TrangThaiHoSo: 4, TienTrinh: steps([2, '20240312080000'], [10, '20240312090000'], [4, '20240313090000'], [9, '20240314090000']) })).toEqual([
      { path: 'TienTrinh.2.TrangThai', message: 'Không thể chuyển từ trạng thái 10 (Đã trả kết quả) sang 4 (Đang xử lý)' },
    ]);
    expect(problems({ TrangThaiHoSo: 10, TienTrinh: steps([2, '20240312080000'], [4, '20240312090000'], [9, '20240320100000']) })).toEqual([
      { path: 'TrangThaiHoSo', message: 'Trạng thái hồ sơ 10 (Đã trả kết quả) khác trạng thái cuối của tiến trình 9 (Đã xử lý xong)' },
    ]);
    expect(problems({ NgayTiepNhan: null, TrangThaiHoSo: 9, TienTrinh: steps([4, '20240312090000'], [9, '20240314090000']) })[0]!.path).toBe('TienTrinh.0.TrangThai');
    expect(problems({ TrangThaiHoSo: 4, TienTrinh: steps([2, '20261122080000'], [4, '20261123090000']) })).toEqual([{ path: 'TienTrinh.1.ThoiDiem', message: 'Thời điểm ở tương lai' }]);
    expect(problems({ NgayNop: '20240313080000' })).toEqual([{ path: 'NgayTiepNhan', message: 'Ngày tiếp nhận trước ngày nộp' }]);
    expect(problems({ NgayHenTra: '20240311170000' })).toEqual([{ path: 'NgayHenTra', message: 'Ngày hẹn trả trước ngày tiếp nhận' }]);
  });

  it('every move between national statuses has an action or is refused (terminal statuses end the history)', () => {
    for (const p of [3, 7, 8, 10] as StatusCode[]) for (const n of [1, 2, 4, 5, 6, 9] as StatusCode[]) expect(actionBetween(p, n), `${p}→${n}`).toBeNull();
    expect(actionBetween(1, 2)).toBe('receive');
    expect(actionBetween(6, 4)).toBe('payment_received');
    expect(actionBetween(9, 10)).toBe('return_result');
    expect(actionBetween(2, 1)).toBeNull();
  });
});

/** Random walks over the national statuses through the moves the import accepts. */
const walks = fc
  .record({ online: fc.boolean(), moves: fc.array(fc.integer({ min: 1, max: 10 }), { maxLength: 12 }), gaps: fc.array(fc.integer({ min: 0, max: 3 * 86_400 }), { minLength: 14, maxLength: 14 }) })
  .map(({ online, moves, gaps }) => {
    const statuses: StatusCode[] = [online ? 1 : 2];
    for (const m of moves) if (actionBetween(statuses[statuses.length - 1]!, m as StatusCode)) statuses.push(m as StatusCode);
    let t = vn('2024-01-08T08:00:00');
    const pad = (n: number) => String(n).padStart(2, '0');
    const stamp = (ms: number) => {
      const d = new Date(ms + 7 * 3_600_000);
      return `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}`;
    };
    return statuses.map((TrangThai, i) => ({ TrangThai, ThoiDiem: stamp((t += gaps[i]! * 1000)) }));
  });

describe('the stored history gives back what the import derived (property)', () => {
  it('same supplement pauses and end of processing from the actions as from the sync record', () => {
    fc.assert(
      fc.property(walks, (history) => {
        const last = history[history.length - 1]!.TrangThai;
        const t = timeline({ KenhThucHien: history[0]!.TrangThai === 1 ? 2 : 1, NgayNop: history[0]!.ThoiDiem, NgayTiepNhan: null, NgayHenTra: null, TrangThaiHoSo: last, TienTrinh: history });
        const stored = t.events.map((e) => ({ action: e.action, statusAfter: e.status, at: e.at }));
        expect(supplementPausesOf(stored)).toEqual(t.supplementPauses);
        // A closed dossier: the projection's finishing time is the 766 end of processing. An open one (reopened after
        // an end status) has no finishing time, while 766 keeps the first end status it reached (digest §1.3).
        if (![1, 2, 4, 5, 6].includes(last)) expect(endOfProcessing(stored)).toBe(t.finishedAt);
        else expect(endOfProcessing(stored) === null).toBe(!stored.some((h) => [9, 10, 8, 3, 7].includes(h.statusAfter)));
        // Never received (refused or withdrawn online): no clock to judge.
        const input = scoring766InputOf({ receivedAt: t.receivedAt, dueAt: null, history: stored, periodEnd: NOW, maxProcessingMs: 10 * 86_400_000 });
        expect(input === null).toBe(t.receivedAt === null);
        if (input) expect(scoring766OnTime(input).basis).toBe(t.supplementPauses.length > 1 ? 'multiple_supplements' : 'max_processing');
      }),
      { seed: 20261122, numRuns: 500 },
    );
  });
});

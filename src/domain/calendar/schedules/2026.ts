/**
 * 2026, public sector (digest §7.2, CV 12729/VPCP-KGVX of 25/12/2025).
 * Tết DL Thu 1/1 – Sun 4/1: Fri 2/1 swapped off, worked Sat 10/1.
 * Tết: Sat 14/2 – Sun 22/2, statutory days Mon 16/2 – Fri 20/2 (Tết is Tue 17/2).
 * Hùng Kings Sun 26/4 → compensatory Mon 27/4 (art. 111.3; announcement UNCONFIRMED).
 * 30/4 Thu and 1/5 Fri.
 * Quốc khánh: final dates UNCONFIRMED; per art. 112 (2/9 + one adjacent day) we use
 * Tue 1/9 and Wed 2/9.
 */
import { HOLIDAY_NAMES as N, type YearSchedule } from '../types';
import { rows } from './build';

const CV = 'CV 12729/VPCP-KGVX (25/12/2025)';
const LAW = 'BLLĐ 2019 Điều 111.3, 112 (chưa có văn bản công bố: UNCONFIRMED)';

export const SCHEDULE_2026: YearSchedule = {
  year: 2026,
  provisional: false,
  days: [
    ...rows(CV, [
      ['2026-01-01', 'holiday', N.newYear],
      ['2026-01-02', 'swap_off', N.newYear],
      ['2026-01-10', 'makeup_workday', N.makeup],
      ['2026-02-16', 'holiday', N.tet],
      ['2026-02-17', 'holiday', N.tet],
      ['2026-02-18', 'holiday', N.tet],
      ['2026-02-19', 'holiday', N.tet],
      ['2026-02-20', 'holiday', N.tet],
    ]),
    ...rows(LAW, [
      ['2026-04-26', 'holiday', N.hungKings],
      ['2026-04-27', 'compensatory', N.hungKings],
    ]),
    ...rows(CV, [
      ['2026-04-30', 'holiday', N.victory],
      ['2026-05-01', 'holiday', N.labour],
    ]),
    ...rows(`${LAW}; Bộ Nội vụ đề xuất 5 ngày`, [
      ['2026-09-01', 'holiday', N.national],
      ['2026-09-02', 'holiday', N.national],
    ]),
  ],
};

/**
 * 2024, public sector (digest §7.2).
 * Tết: Thu 8/2 – Wed 14/2 (Tết is Sat 10/2); statutory days 30 Chạp (Fri 9/2) to
 * mùng 4 (Tue 13/2); the weekend ones compensated on Thu 8/2 and Wed 14/2.
 * 30/4–1/5: Sat 27/4 – Wed 1/5, Mon 29/4 swapped off, worked on Sat 4/5 (CV 2450/VPCP-KGVX).
 * Quốc khánh: Mon 2/9 and Tue 3/9 (Sat 31/8 – Tue 3/9 with the weekend).
 */
import { HOLIDAY_NAMES as N, type YearSchedule } from '../types';
import { rows } from './build';

const SRC = 'Lịch nghỉ lễ CBCCVC 2024 (vacanza/holidays vietnam.py; BLLĐ 2019 Điều 111.3, 112)';
const SWAP = 'CV 2450/VPCP-KGVX (2024): hoán đổi 29/4 ↔ làm bù thứ Bảy 4/5';

export const SCHEDULE_2024: YearSchedule = {
  year: 2024,
  provisional: false,
  days: [
    ...rows(SRC, [
      ['2024-01-01', 'holiday', N.newYear],
      ['2024-02-08', 'compensatory', N.tet],
      ['2024-02-09', 'holiday', N.tet],
      ['2024-02-10', 'holiday', N.tet],
      ['2024-02-11', 'holiday', N.tet],
      ['2024-02-12', 'holiday', N.tet],
      ['2024-02-13', 'holiday', N.tet],
      ['2024-02-14', 'compensatory', N.tet],
      ['2024-04-18', 'holiday', N.hungKings],
    ]),
    ...rows(SWAP, [['2024-04-29', 'swap_off', N.victory]]),
    ...rows(SRC, [
      ['2024-04-30', 'holiday', N.victory],
      ['2024-05-01', 'holiday', N.labour],
    ]),
    ...rows(SWAP, [['2024-05-04', 'makeup_workday', N.makeup]]),
    ...rows(SRC, [
      ['2024-09-02', 'holiday', N.national],
      ['2024-09-03', 'holiday', N.national],
    ]),
  ],
};

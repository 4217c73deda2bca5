/**
 * 2025, public sector (digest §7.2).
 * Tết: Sat 25/1 – Sun 2/2 (9 days, 26 Chạp to mùng 5; Tết is Wed 29/1); the five
 * statutory days fixed by the Prime Minister are Mon 27/1 – Fri 31/1 (28 Chạp – mùng 3).
 * No Tết make-up day is known (UNCONFIRMED in the digest).
 * Hùng Kings Mon 7/4. 30/4–1/5: Wed 30/4 – Sun 4/5 with Fri 2/5 swapped off and
 * Sat 26/4 worked. Quốc khánh: Mon 1/9 and Tue 2/9.
 */
import { HOLIDAY_NAMES as N, type YearSchedule } from '../types';
import { rows } from './build';

const SRC = 'Lịch nghỉ lễ CBCCVC 2025 (digest §7.2 [S]: tet-amlich.com, home.vn 12623)';
const SWAP = 'Lịch nghỉ lễ CBCCVC 2025: hoán đổi 2/5 ↔ làm bù thứ Bảy 26/4 (digest §7.2 [S])';

export const SCHEDULE_2025: YearSchedule = {
  year: 2025,
  provisional: false,
  days: [
    ...rows(SRC, [
      ['2025-01-01', 'holiday', N.newYear],
      ['2025-01-27', 'holiday', N.tet],
      ['2025-01-28', 'holiday', N.tet],
      ['2025-01-29', 'holiday', N.tet],
      ['2025-01-30', 'holiday', N.tet],
      ['2025-01-31', 'holiday', N.tet],
      ['2025-04-07', 'holiday', N.hungKings],
    ]),
    ...rows(SWAP, [['2025-04-26', 'makeup_workday', N.makeup]]),
    ...rows(SRC, [
      ['2025-04-30', 'holiday', N.victory],
      ['2025-05-01', 'holiday', N.labour],
    ]),
    ...rows(SWAP, [['2025-05-02', 'swap_off', N.labour]]),
    ...rows(SRC, [
      ['2025-09-01', 'holiday', N.national],
      ['2025-09-02', 'holiday', N.national],
    ]),
  ],
};

/**
 * 2023, public sector (digest §7.2). No make-up Saturdays.
 * Tết DL: 1/1 is a Sunday → compensatory Mon 2/1 (art. 111.3).
 * Tết: Fri 20/1 – Thu 26/1 (Tết is Sun 22/1); the 5 statutory days are taken as
 * 30 Chạp (Sat 21/1) to mùng 4 (Wed 25/1); the two falling on the weekend are
 * compensated on Fri 20/1 and Thu 26/1.
 * 29/4 (Sat, Hùng Kings) – 3/5: compensatory Tue 2/5 and Wed 3/5.
 * Quốc khánh Fri 1/9 – Mon 4/9: 2/9 is a Saturday → compensatory Mon 4/9.
 */
import { HOLIDAY_NAMES as N, type YearSchedule } from '../types';
import { rows } from './build';

const SRC = 'Lịch nghỉ lễ CBCCVC 2023 (vacanza/holidays test_vietnam.py; BLLĐ 2019 Điều 111.3, 112)';

export const SCHEDULE_2023: YearSchedule = {
  year: 2023,
  provisional: false,
  days: rows(SRC, [
    ['2023-01-01', 'holiday', N.newYear],
    ['2023-01-02', 'compensatory', N.newYear],
    ['2023-01-20', 'compensatory', N.tet],
    ['2023-01-21', 'holiday', N.tet],
    ['2023-01-22', 'holiday', N.tet],
    ['2023-01-23', 'holiday', N.tet],
    ['2023-01-24', 'holiday', N.tet],
    ['2023-01-25', 'holiday', N.tet],
    ['2023-01-26', 'compensatory', N.tet],
    ['2023-04-29', 'holiday', N.hungKings],
    ['2023-04-30', 'holiday', N.victory],
    ['2023-05-01', 'holiday', N.labour],
    ['2023-05-02', 'compensatory', N.hungKings],
    ['2023-05-03', 'compensatory', N.victory],
    ['2023-09-01', 'holiday', N.national],
    ['2023-09-02', 'holiday', N.national],
    ['2023-09-04', 'compensatory', N.national],
  ]),
};

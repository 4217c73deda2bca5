/** Tiny helpers to write official schedules as compact data tables. */
import type { CalendarDay, CalendarDayKind } from '../types';

export type Row = readonly [date: string, kind: CalendarDayKind, name: string];

export function rows(source: string, list: readonly Row[]): CalendarDay[] {
  return list.map(([date, kind, name]) => ({ date, kind, name, source }));
}

/** Reception-instant normalisation (digest §1.4, "Reference algorithm used in production"). */
import type { WorkingCalendar } from './calendar';
import { parseInstant, type Instant } from './instant';
import type { LocalDate } from './local-date';
import { formatSlot, locate, normaliseSlot, type NormaliseReason } from './office-time';
import { compileOfficeHours, DEFAULT_OFFICE_HOURS, type OfficeHours } from './working-time';

export interface NormalisedReception {
  /** The instant from which the clock runs, ISO with +07:00. */
  readonly at: string;
  readonly date: LocalDate;
  readonly reason: NormaliseReason;
}

/**
 * - in office hours on a working day → unchanged;
 * - before opening → opening (07:00) the same day;
 * - lunch break (11:30 ≤ t < 13:30) → 13:30;
 * - at/after closing (17:00) or on a non-working day → next working day's opening.
 */
export function normaliseReception(
  calendar: WorkingCalendar,
  instant: Instant,
  officeHours: OfficeHours = DEFAULT_OFFICE_HOURS,
): NormalisedReception {
  const oh = compileOfficeHours(officeHours);
  const slot = normaliseSlot(calendar, oh, locate(calendar, parseInstant(instant, 'receivedAt'), 'receivedAt'), 'receivedAt');
  return { at: formatSlot(calendar, slot), date: calendar.dateAt(slot.i), reason: slot.reason };
}

/**
 * Typed error for invalid calendar input (bad dates, amounts, instants, ranges).
 * `param` names the offending input field so the API layer can map it to a
 * VALIDATION problem with a pointer.
 */
export class CalendarInputError extends Error {
  readonly code = 'CALENDAR_INPUT' as const;
  readonly param: string;

  constructor(param: string, message: string) {
    super(message);
    this.name = 'CalendarInputError';
    this.param = param;
  }
}

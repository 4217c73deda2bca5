/**
 * Typed error for invalid per-dossier input (an unknown channel code, a bad period). `param` names
 * the offending field so the API layer can map it to a VALIDATION problem with a pointer.
 */
export class IndicatorInputError extends Error {
  readonly code = 'INDICATOR_INPUT' as const;
  readonly param: string;

  constructor(param: string, message: string) {
    super(message);
    this.name = 'IndicatorInputError';
    this.param = param;
  }
}

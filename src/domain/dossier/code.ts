/**
 * Dossier code per TT 01/2018 art. 19: `<agency identification code>-YYMMDD-NNNN`, the sequence
 * restarting each day per receiving agency.
 */
export const DOSSIER_CODE_PATTERN = /^\d{3}\.[0-9A-Z]{2}\.[0-9A-Z]{2}\.[A-Z]\d{2}-\d{6}-\d{4}$/;

export function dossierCode(agencyCode: string, receptionDate: string, sequence: number): string {
  if (!Number.isInteger(sequence) || sequence < 1 || sequence > 9999) throw new RangeError(`sequence out of range: ${sequence}`);
  return `${agencyCode}-${receptionDate.slice(2, 4)}${receptionDate.slice(5, 7)}${receptionDate.slice(8, 10)}-${String(sequence).padStart(4, '0')}`;
}

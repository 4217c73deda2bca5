/** English texts of the import of past dossiers: typed against the Vietnamese ones. */
import type { dossierImportVi } from './vi-dossier-import';

export const dossierImportEn: typeof dossierImportVi = {
  nav: 'Import past dossiers',
  title: 'Import dossiers from the previous one-stop system',
  intro:
    'Upload a JSON file (an array of dossiers or {"dossiers": […]}) or JSON Lines (one dossier per line) in the national (DVCQG) sync record shape with its TienTrinh history. Imported dossiers keep their codes and count in indicators and reports; closed ones are read-only. Importing the same dossier code again updates it.',
  cardHint: 'Bring previous years’ dossiers into the system',
  drop: 'Drag a .json / .jsonl file here or click to choose one',
  hint: 'Very large files (millions of dossiers): run npx motcua dossiers import FILE on the server.',
  badFile: 'The file cannot be read: JSON (an array of dossiers) or JSON Lines expected.',
  sending: 'Sending {done}/{total} dossiers…',
  result: 'Import result',
  imported: 'Imported',
  skipped: 'Skipped (unchanged)',
  failed: 'Errors',
  errors: 'Dossiers not imported',
  index: 'No.',
  code: 'Dossier code',
  field: 'Field',
  message: 'Problem',
  unreadable: 'Line {line} is not valid JSON',
  importedTag: 'Imported from the previous system',
};

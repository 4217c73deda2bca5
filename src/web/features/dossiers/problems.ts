import type { FormInstance } from 'antd';
import { ApiError } from '../../api/client';

export type FieldProblem = { name: string; reason: string };

/** The `errors` of a problem+json body: `[{ name: 'applicant.idNumber', reason }]`. */
export function fieldProblems(e: unknown): FieldProblem[] {
  if (!(e instanceof ApiError) || !Array.isArray(e.body.errors)) return [];
  return (e.body.errors as unknown[]).flatMap((x) => {
    const p = x as Partial<FieldProblem>;
    return typeof p.name === 'string' && typeof p.reason === 'string' ? [{ name: p.name, reason: p.reason }] : [];
  });
}

/**
 * Shows the server's field problems on the form's fields. `prefix` is dropped from the names
 * (`payload.reason` → `reason`); returns the problems that match no field, for a general message.
 */
export function showFieldProblems(form: FormInstance, e: unknown, known: readonly string[], prefix = ''): FieldProblem[] {
  const unmatched: FieldProblem[] = [];
  const fields: { name: string[]; errors: string[] }[] = [];
  for (const p of fieldProblems(e)) {
    const name = prefix && p.name.startsWith(prefix) ? p.name.slice(prefix.length) : p.name;
    if (known.includes(name)) fields.push({ name: name.split('.'), errors: [p.reason] });
    else unmatched.push(p);
  }
  form.setFields(fields);
  return unmatched;
}

export const problemDetail = (e: unknown, fallback: string) => (e instanceof ApiError ? e.detail : fallback);

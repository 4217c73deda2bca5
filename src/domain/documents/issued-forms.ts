/**
 * Which official form an action issues (TT 01/2018 art. 9; TT 03/2025 Phụ lục I): the receipt when
 * a dossier is received, the supplement request, the refusal, the apology (with the extension
 * request under TT 03/2025) and, in the 2025 set only, the stop notice.
 */
import type { FormKind, FormSet } from '../forms';

export type IssuedForm = Exclude<FormKind, 'control' | 'book'>;

const BY_ACTION: Record<string, IssuedForm> = {
  create: 'receipt',
  receive: 'receipt',
  request_supplement: 'supplement',
  refuse: 'refusal',
  extend: 'apology',
  stop: 'stop',
};

/** The form an action issues, or null. `statusAfter` tells a counter receipt from an online submission. */
export function formIssuedBy(action: string, set: FormSet, statusAfter: number): IssuedForm | null {
  if (action === 'create' && statusAfter !== 2) return null;
  const kind = BY_ACTION[action] ?? null;
  if (kind === 'stop' && set === '01/2018') return null;
  return kind;
}

/** The actions that decide a dossier and so produce its result document. */
export function resultIssuedBy(action: string): 'draft' | 'final' | 'rejection' | null {
  if (action === 'approve') return 'draft';
  if (action === 'sign') return 'final';
  if (action === 'reject') return 'rejection';
  return null;
}

/** "Ủy ban nhân dân phường Long Xuyên" → "Long Xuyên": the place written before a form's date. */
export function placeOf(chain: readonly { name: string; level: string }[]): string {
  const strip = (n: string) => n.replace(/^(Ủy ban nhân dân|UBND)\s+(tỉnh|thành phố|phường|xã|đặc khu|thị trấn)\s+/i, '').trim();
  const own = chain[0];
  if (own && own.level === 'commune') return strip(own.name);
  const province = chain.find((a) => a.level === 'province');
  if (province) return strip(province.name);
  const m = own?.name.match(/(?:tỉnh|thành phố)\s+(.+)$/i);
  return m ? m[1]!.trim() : (own?.name ?? '');
}

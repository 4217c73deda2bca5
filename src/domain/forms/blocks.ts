/** Small constructors for form blocks and the parts every slip shares. */
import { FormError } from './catalogue';
import { channelLabel } from './format';
import type { FormAlign, FormBase, FormBlock, FormColumn, FormParty } from './types';

export const heading = (text: string): FormBlock => ({ type: 'heading', text });
export const para = (text: string, align: FormAlign = 'justify', style: 'normal' | 'bold' | 'italic' = 'normal'): FormBlock => ({ type: 'paragraph', text, align, style });
export const field = (label: string, value: string, strong = false): FormBlock => ({ type: 'field', label, value, strong });
export const note = (text: string): FormBlock => ({ type: 'note', text });
export const col = (header: string, width: number, align: FormColumn['align'] = 'left'): FormColumn => ({ header, width, align });
export const table = (columns: readonly FormColumn[], rows: readonly (readonly string[])[]): FormBlock => ({ type: 'table', columns, rows });

/** Printed where the form has a value nobody supplied, for the officer to fill in by hand. */
export const BLANK = '……………………';

export const SIGN_NOTE = '(Ký và ghi rõ họ tên)';
export const SEAL_NOTE = '(Ký, ghi rõ họ tên và đóng dấu)';

/** Name, identity number and contact lines of a party; absent optional lines are left out. */
export function partyFields(p: FormParty, nameLabel: string): FormBlock[] {
  const out = [field(nameLabel, p.name, true)];
  if (p.idNumber) out.push(field('Số định danh cá nhân/CCCD', p.idNumber));
  if (p.address) out.push(field('Địa chỉ', p.address));
  if (p.phone) out.push(field('Số điện thoại', p.phone));
  if (p.email) out.push(field('Email', p.email));
  return out;
}

/** The owner (chủ hồ sơ) when someone else filed the dossier. */
export function ownerFields(req: FormBase): FormBlock[] {
  const o = req.owner;
  if (!o || (o.name === req.applicant.name && (o.idNumber ?? null) === (req.applicant.idNumber ?? null))) return [];
  const out = [field('Chủ hồ sơ', o.name, true)];
  if (o.idNumber) out.push(field('Số định danh của chủ hồ sơ', o.idNumber));
  if (o.address) out.push(field('Địa chỉ của chủ hồ sơ', o.address));
  return out;
}

export const procedureText = (req: FormBase) => `${req.procedure.name} (mã thủ tục ${req.procedure.code})`;
export const channelField = (req: FormBase) => field('Hình thức nộp hồ sơ', channelLabel(req.channel));

/** The reception instant, which receipts, letters and control sheets cannot do without. */
export function receivedAtOf(req: FormBase, form: string): Date {
  if (req.receivedAt === null) throw new FormError(`${form}: hồ sơ ${req.code} chưa có thời gian tiếp nhận.`);
  return req.receivedAt;
}

/** "Tra cứu tình trạng hồ sơ tại … hoặc quét mã QR …; điện thoại …". */
export function lookupNote(req: FormBase): FormBlock {
  const phone = req.agency.phone ? `; điện thoại hỗ trợ: ${req.agency.phone}` : '';
  const site = req.agency.website ? `; cổng thông tin: ${req.agency.website}` : '';
  return note(`Tra cứu tình trạng hồ sơ tại ${req.lookupUrl} hoặc quét mã QR trên phiếu này${phone}${site}.`);
}

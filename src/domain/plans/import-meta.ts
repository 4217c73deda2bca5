/**
 * The plan's own data from its text: number ("Số: 19/KH-STP", else the appendix's "Kèm theo Kế hoạch
 * số …"), place and date ("An Giang, ngày 09 tháng 02 năm 2023"; a date left blank for signature, as in
 * seed 002, stays null), year, title (the lines after "KẾ HOẠCH"), issuer, signer, purposes and
 * requirements (section "MỤC ĐÍCH, YÊU CẦU"), and the Roman-numbered sections of the body.
 */
import { formatLocalDate, isValidLocalDate } from '../calendar';
import type { Block } from './blocks';
import { foldAligned, foldText } from './fold';
import type { PlanMeta, PlanSection } from './model';

type Para = { text: string; folded: string; index: number };

/** The original text of a span found in the folded text. */
function sliceOf(text: string, re: RegExp, group = 1): string | null {
  const { original, folded } = foldAligned(text);
  const m = re.exec(folded);
  if (!m || m[group] === undefined) return null;
  const start = m.index + m[0].indexOf(m[group]);
  return original.slice(start, start + m[group].length).trim();
}

const NUMBER = String.raw`(\d*\s*\/\s*kh-[a-z0-9&.\-]*[a-z0-9])`;
const tidyNumber = (n: string) => n.replace(/\s+/gu, '').toUpperCase();

function numberOf(paras: readonly Para[]): string | null {
  for (const p of paras) {
    const n = sliceOf(p.text, new RegExp(String.raw`^s[oe]\s*:\s*${NUMBER}`));
    if (n) return tidyNumber(n);
  }
  for (const p of paras) {
    const n = sliceOf(p.text, new RegExp(String.raw`(?:kem\s+(?:theo\s+)?|ban\s+hanh\s+kem\s+)ke\s+hoach.*?so\s+${NUMBER}`));
    if (n) return tidyNumber(n);
  }
  return null;
}

const DATE = /ngay\s+(\d{1,2})?\s*thang\s+(\d{1,2})\s+nam\s+(\d{4})/;

function dateOf(paras: readonly Para[]): { date: string | null; year: number | null; place: string | null } {
  // "An Giang, ngày 09 tháng 02 năm 2023"; a day or month left blank for the signature ("ngày tháng 01") is allowed.
  const signed = paras.find((p) => /,\s*ngay\b.{0,30}nam\s+\d{4}/.test(p.folded) && !/kem\s+theo|ban\s+hanh\s+kem/.test(p.folded));
  const annexed = paras.find((p) => /kem\s+(?:theo\s+)?ke\s+hoach/.test(p.folded) && (DATE.test(p.folded) || /ngay\s+\d{1,2}\/\d{1,2}\/\d{4}/.test(p.folded)));
  const place = signed ? (sliceOf(signed.text, /kh-[a-z0-9&.-]+\s+([^,]{2,40}),\s*ngay\b/) ?? sliceOf(signed.text, /^([^,]{2,40}),\s*ngay\b/)) : null;
  const source = [signed, annexed].find((p) => p && (DATE.test(p.folded) || /ngay\s+\d{1,2}\/\d{1,2}\/\d{4}/.test(p.folded)));
  const m = source ? (DATE.exec(source.folded) ?? /ngay\s+(\d{1,2})\/(\d{1,2})\/(\d{4})/.exec(source.folded)) : null;
  const yearOnly = signed ? /nam\s+(\d{4})/.exec(signed.folded)?.[1] : undefined;
  if (!m) return { date: null, year: yearOnly ? Number(yearOnly) : null, place };
  const year = Number(m[3]);
  const date = m[1] ? formatLocalDate({ year, month: Number(m[2]), day: Number(m[1]) }) : null;
  return { date: date && isValidLocalDate(date) ? date : null, year, place };
}

const stripTrailing = (s: string) => s.replace(/[\s:.]+$/u, '').trim();

function titleOf(blocks: readonly Block[]): string {
  const at = blocks.findIndex((b) => b.kind === 'para' && foldText(b.text) === 'ke hoach');
  if (at < 0) return '';
  const lines: string[] = [];
  for (let i = at + 1; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.kind === 'blank') {
      if (lines.length > 0) break;
      continue;
    }
    if (b.kind !== 'para') break;
    lines.push(b.text);
  }
  return stripTrailing(lines.join(' '));
}

function issuerOf(title: string, paras: readonly Para[]): string | null {
  const fromTitle = sliceOf(title, /\bcua\s+((?:so|ubnd|uy\s+ban|van\s+phong|bo|phong|trung\s+tam)\b.*)$/);
  if (fromTitle) return fromTitle;
  for (const p of paras) {
    const annex = sliceOf(p.text, /kem\s+(?:theo\s+)?ke\s+hoach.*\bcua\s+([^()]+?)\)?\s*$/);
    if (annex) return stripTrailing(annex);
  }
  for (const p of paras) {
    const clause = sliceOf(p.text, /(?:^|[;.]\s*)((?:so|van\s+phong|ubnd|phong|trung\s+tam)\s[^;.]{2,60}?)\s+(?:xay\s+dung|ban\s+hanh)\s+(?:ke\s+hoach|kh)/);
    if (clause) return clause;
  }
  return null;
}

const SIGN_TITLE = /^(?:kt\.|tm\.|q\.|giam\s+doc|pho\s+giam\s+doc|chanh\s+van\s+phong|pho\s+chanh\s+van\s+phong|chu\s+tich|pho\s+chu\s+tich|truong\s+phong|thu\s+truong)/;

/** The signer's name and the title lines above it ("KT. CHÁNH VĂN PHÒNG" / "PHÓ CHÁNH VĂN PHÒNG"). */
function signerOf(paras: readonly Para[]): { signer: string | null; signerTitle: string | null } {
  const isTitle = (p: Para | undefined) => !!p && SIGN_TITLE.test(p.folded) && p.text === p.text.toUpperCase();
  for (let i = paras.length - 1; i >= 0; i--) {
    if (!isTitle(paras[i])) continue;
    let first = i;
    while (first > 0 && isTitle(paras[first - 1])) first--;
    const signerTitle = paras.slice(first, i + 1).map((p) => p.text).join('\n');
    const name = paras[i + 1];
    const named = name && /^[\p{Lu}][\p{L}]*(?:\s[\p{Lu}][\p{L}]*){1,5}$/u.test(name.text) && name.text !== name.text.toUpperCase();
    return { signer: named ? name.text : null, signerTitle };
  }
  return { signer: null, signerTitle: null };
}

const ROMAN_HEADING = /^((?:X{0,1})(?:IX|IV|V?I{0,3}))\.\s+(\S.{2,})$/u;
const BODY_END = /^(?:noi\s+nhan|tren\s+day\s+la|phu\s+luc\b)/;

/** The Roman-numbered sections up to "Nơi nhận" or the first appendix. */
function sectionsOf(paras: readonly Para[]): PlanSection[] {
  const out: PlanSection[] = [];
  let current: { number: string; heading: string; lines: string[] } | null = null;
  const close = () => current && out.push({ number: current.number, heading: current.heading, body: current.lines.join('\n') });
  for (const p of paras) {
    if (BODY_END.test(p.folded) || SIGN_TITLE.test(p.folded)) break;
    const m = ROMAN_HEADING.exec(p.text);
    if (m && m[1] && p.text.slice(0, 40) === p.text.slice(0, 40).toUpperCase()) {
      close();
      current = { number: m[1], heading: stripTrailing(m[2]!), lines: [] };
    } else current?.lines.push(p.text);
  }
  close();
  return out;
}

/** "1. Mục đích" and "2. Yêu cầu" inside the section about purposes and requirements. */
function purposesOf(sections: readonly PlanSection[]): { purposes: string; requirements: string } {
  const s = sections.find((x) => /muc\s+dich/.test(foldText(x.heading)));
  if (!s) return { purposes: '', requirements: '' };
  const lines = s.body.split('\n');
  const at = lines.findIndex((l) => /^\d\.\s*yeu\s+cau/.test(foldText(l)));
  const body = (xs: string[]) => xs.filter((l) => !/^\d\.\s*(?:muc\s+dich|yeu\s+cau)/.test(foldText(l))).join('\n').trim();
  return at < 0 ? { purposes: body(lines), requirements: '' } : { purposes: body(lines.slice(0, at)), requirements: body(lines.slice(at)) };
}

/** "(Ban hành kèm Kế hoạch … số 143/KH-STP" + "ngày 29 tháng 01 năm 2021 của Sở Tư pháp)" read as one line. */
function joinParentheses(paras: Para[]): Para[] {
  const out: Para[] = [];
  for (const p of paras) {
    const open = out.at(-1);
    if (open && open.text.startsWith('(') && !open.text.includes(')')) {
      open.text = `${open.text} ${p.text}`;
      open.folded = foldText(open.text);
    } else out.push({ ...p });
  }
  return out;
}

/** Everything about the plan that is not a task. */
export function readPlanMeta(blocks: readonly Block[]): PlanMeta {
  const paras = joinParentheses(blocks.flatMap((b, index) => (b.kind === 'para' ? [{ text: b.text, folded: foldText(b.text), index }] : [])));
  const title = titleOf(blocks);
  const { date, year: dateYear, place } = dateOf(paras);
  const titleYear = /nam\s+(\d{4})/.exec(foldText(title))?.[1];
  const anyYear = paras.map((p) => /nam\s+(20\d{2})\b/.exec(p.folded)?.[1]).find((y) => y !== undefined);
  const sections = sectionsOf(paras);
  return {
    number: numberOf(paras),
    date,
    place,
    year: dateYear ?? (titleYear ? Number(titleYear) : anyYear ? Number(anyYear) : null),
    title,
    issuer: issuerOf(title, paras),
    ...signerOf(paras),
    ...purposesOf(sections),
    sections,
  };
}

/**
 * Indicators 5, 6, 8 and 9 (TT 01/2018 art. 13.5, 13.6, 13.8, 13.9), scored per agency from figures
 * the storage layer counts (ADR 0021 lists which data feeds each). Shares are compared in integers so
 * that a threshold reached exactly (20%, 50%, 90%, 30%, 15%) scores as the law says (`>=`).
 */
import type { AgencyLevel } from '../agency';
import { mark, viPercent, type Mark } from './indicators';

export type DeskFigures = {
  level: AgencyLevel;
  /** Procedures assigned to the agency (current published version). */
  eligible: number;
  /** Of those, procedures whose approved internal process keeps every step at the one-stop desk unit. */
  fullyAtDesk: number;
  /** Of those, procedures received and returned through the desk (none had a dossier received or returned by another role). */
  atDesk: number;
};

/** The share of procedures fully handled at the desk that earns 2 points, by level (percent). */
export const FULL_AT_DESK_THRESHOLD: Record<AgencyLevel, number> = { central: 20, province: 20, district: 50, commune: 100 };

export function deskMark(f: DeskFigures): Mark {
  if (f.eligible === 0) return mark(null, 'Cơ quan không được giao thủ tục nào.');
  const need = FULL_AT_DESK_THRESHOLD[f.level];
  const full = `${f.fullyAtDesk}/${f.eligible} thủ tục (${viPercent(f.fullyAtDesk, f.eligible)}) giải quyết trọn vẹn tại Bộ phận Một cửa (mức 2 điểm: từ ${need}%)`;
  if (f.fullyAtDesk * 100 >= need * f.eligible) return mark(2, `${full}.`);
  if (f.atDesk === f.eligible) return mark(1, `${full}; 100% thủ tục được tiếp nhận, trả kết quả tại Bộ phận Một cửa.`);
  return mark(0, `${full}; chỉ ${f.atDesk}/${f.eligible} thủ tục được tiếp nhận, trả kết quả tại Bộ phận Một cửa.`);
}

/** Publication duties fallen due in the period: how many, and how many were done by their due date. */
export type DutyFigures = { due: number; onTime: number };

/**
 * Indicator 6: "posted" duties (publish the list, approve the internal process the desk posts) and
 * "electronic" ones (publicise on the national database, update the e-process): both groups all on
 * time → 2; one group → 1; neither → 0. A group with no duty due is not held against the agency.
 */
export function publicationMark(posted: DutyFigures, electronic: DutyFigures): Mark {
  if (posted.due + electronic.due === 0) return mark(null, 'Không có nhiệm vụ công bố, công khai nào đến hạn trong kỳ.');
  const postedOk = posted.onTime === posted.due;
  const electronicOk = electronic.onTime === electronic.due;
  const why = `Niêm yết, công bố: ${posted.onTime}/${posted.due} đúng hạn; công khai điện tử: ${electronic.onTime}/${electronic.due} đúng hạn.`;
  return mark(postedOk && electronicOk ? 2 : postedOk || electronicOk ? 1 : 0, why);
}

export type PaknFigures = { total: number; onTime: number; prolonged: number };

/** Indicator 8: none, or 100% on time and none prolonged → 2; ≥ 90% on time and none prolonged → 1; otherwise 0. */
export function paknMark(f: PaknFigures): Mark {
  if (f.total === 0) return mark(2, 'Không có phản ánh, kiến nghị nào trong kỳ.');
  const why = `${f.onTime}/${f.total} phản ánh, kiến nghị xử lý đúng hạn (${viPercent(f.onTime, f.total)}), ${f.prolonged} kéo dài.`;
  if (f.prolonged === 0 && f.onTime === f.total) return mark(2, why);
  if (f.prolonged === 0 && f.onTime * 10 >= f.total * 9) return mark(1, why);
  return mark(0, why);
}

export type OnlineFigures = {
  /** Procedures assigned to the agency. */
  eligible: number;
  /** Of those, offered online (full or partial: the former levels 3 and 4). */
  offered: number;
  /** Dossiers received in the period, and how many of them online. */
  dossiers: number;
  online: number;
  /** Online dossiers of the period finished late or still open past their due time. */
  lateOnline: number;
};

/**
 * Indicator 9: ≥ 20% of procedures online, ≥ 30% of dossiers online and no online dossier late → 2;
 * some procedure online, ≥ 15% of dossiers online and none late → 1; otherwise 0.
 */
export function onlineMark(f: OnlineFigures): Mark {
  if (f.eligible === 0) return mark(null, 'Cơ quan không được giao thủ tục nào.');
  if (f.dossiers === 0) return mark(null, 'Không có hồ sơ nào được tiếp nhận trong kỳ.');
  const why = `${f.offered}/${f.eligible} thủ tục trực tuyến (${viPercent(f.offered, f.eligible)}); ${f.online}/${f.dossiers} hồ sơ nộp trực tuyến (${viPercent(f.online, f.dossiers)}); ${f.lateOnline} hồ sơ trực tuyến trễ hạn.`;
  if (f.lateOnline > 0) return mark(0, why);
  if (f.offered * 5 >= f.eligible && f.online * 10 >= f.dossiers * 3) return mark(2, why);
  if (f.offered > 0 && f.online * 100 >= f.dossiers * 15) return mark(1, why);
  return mark(0, why);
}

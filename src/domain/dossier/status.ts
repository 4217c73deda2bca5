/**
 * Dossier statuses with the national sync codes (DVCQG `TrangThaiHoSo`, legal digest §1.3).
 */
export const STATUSES = {
  1: { key: 'submitted', vi: 'Mới đăng ký', en: 'Submitted online', terminal: false },
  2: { key: 'received', vi: 'Được tiếp nhận', en: 'Received', terminal: false },
  3: { key: 'refused', vi: 'Không được tiếp nhận', en: 'Refused at receipt', terminal: true },
  4: { key: 'processing', vi: 'Đang xử lý', en: 'Processing', terminal: false },
  5: { key: 'supplement_requested', vi: 'Yêu cầu bổ sung giấy tờ', en: 'Supplement requested', terminal: false },
  6: { key: 'awaiting_payment', vi: 'Yêu cầu thực hiện nghĩa vụ tài chính', en: 'Awaiting financial obligation', terminal: false },
  7: { key: 'withdrawn', vi: 'Công dân yêu cầu rút hồ sơ', en: 'Withdrawn', terminal: true },
  8: { key: 'stopped', vi: 'Dừng xử lý', en: 'Processing stopped', terminal: true },
  9: { key: 'processed', vi: 'Đã xử lý xong', en: 'Processed', terminal: false },
  10: { key: 'returned', vi: 'Đã trả kết quả', en: 'Result returned', terminal: true },
} as const;

export type StatusCode = keyof typeof STATUSES;
export const STATUS_CODES = Object.keys(STATUSES).map(Number) as StatusCode[];
/** Statuses in which the legal clock can make a dossier late. */
export const OPEN_STATUSES: readonly StatusCode[] = [2, 4, 5, 6];

export const statusName = (s: StatusCode) => STATUSES[s].vi;
export const isTerminal = (s: StatusCode) => STATUSES[s].terminal;

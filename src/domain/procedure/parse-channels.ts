/**
 * "Cách thức thực hiện": the portal's table (Hình thức nộp | Thời gian | Phí, lệ phí | Mô tả)
 * flattened without separators, e.g. "Hình thức nộpThời gianPhí, lệ phíMô tảTrực tuyến5 Ngày
 * làm việc10 USD(/lần)Dịch vụ bưu chính…". A row starts where a channel word is directly
 * followed by a time cell and a fee cell; channel words inside descriptions are not row starts.
 */
import type { ChannelInfo, Channel, Fee, ProcessingTime } from './interchange';
import { readFeeCell } from './parse-fee';
import { flag, type ParseFlag } from './parse-text';
import { readTimeCell, timeFromCell } from './parse-time';

export const CHANNEL_TABLE_HEADER = 'Hình thức nộpThời gianPhí, lệ phíMô tả';

export const CHANNEL_WORDS: Readonly<Record<string, Channel>> = {
  'Trực tiếp': 'direct',
  'Trực tuyến': 'online',
  'Dịch vụ bưu chính': 'postal',
};

const CHANNEL_START = /Trực tiếp|Trực tuyến|Dịch vụ bưu chính/gu;

/** A fee amount as the crawl writes it: "0", "40", "1,200,000" (no leading zero before a group). */
const FEE_NUMBER = /^(?:0|[1-9]\d{0,2}(?:,\d{3})*)$/u;

interface Row {
  readonly channel: Channel;
  readonly time: ProcessingTime;
  readonly fee: Fee;
  readonly flags: ParseFlag[];
  readonly end: number;
}

/**
 * Digits of a unit-less time glued to a fee amount ("1" + "40,000 VNĐ" → "140,000 VNĐ"):
 * the split is certain only when exactly one split leaves a well-formed fee amount.
 */
function splitGlued(digits: string): number[] {
  const splits: number[] = [];
  for (let k = 1; k < digits.length; k++) {
    if (/^\d+$/u.test(digits.slice(0, k)) && FEE_NUMBER.test(digits.slice(k))) splits.push(k);
  }
  return splits;
}

function readRow(body: string, at: number, word: string, limit: number): Row | null {
  const channel = CHANNEL_WORDS[word]!;
  const start = at + word.length;
  const s = body.slice(start);
  const cell = readTimeCell(s);
  if (!cell) return textTimeRow(channel, s, start, limit);
  if (cell.kind === 'amount' && cell.unitWord === null) {
    const run = /^[\d.,]+/u.exec(s)![0];
    const rest = s.slice(run.length);
    if (/^ ?\p{L}/u.test(rest) && !/^ ?(?:Miễn phí|Không có thông tin)/u.test(rest)) return gluedRow(channel, run, rest, start, limit);
  }
  const time = timeFromCell(cell, channel);
  const fee = readFeeCell(s.slice(cell.text.length), channel, limit - start - cell.text.length);
  if (!fee) return null;
  return { channel, time: time.time, fee: fee.fee, flags: [...time.flags, ...fee.flags], end: start + cell.text.length + fee.length };
}

/**
 * A short phrase in the time column ("Không quy định", "Không phải trả kết quả…") directly
 * followed by a fee cell: the row is real, its time is not certain.
 */
const TEXT_TIME = /^\p{Lu}[^.:;()\d]{0,80}?(?=Miễn phí|Không có thông tin|\d[\d.,]* ?(?:Việt Nam Đồng|VNĐ|VND|Đồng|USD))/u;

function textTimeRow(channel: Channel, s: string, start: number, limit: number): Row | null {
  const text = TEXT_TIME.exec(s)?.[0];
  if (text === undefined) return null;
  const fee = readFeeCell(s.slice(text.length), channel, limit - start - text.length);
  if (!fee) return null;
  const time = { amount: null, unit: null, asWritten: text.trim() };
  return { channel, time, fee: fee.fee, flags: [flag('time_unparsed', channel), ...fee.flags], end: start + text.length + fee.length };
}

/**
 * Unit-less time digits glued to a fee amount ("1" + "40,000 VNĐ" → "140,000 VNĐ"). The split
 * is used only when exactly one split leaves a well-formed amount; otherwise nothing is certain.
 */
function gluedRow(channel: Channel, run: string, rest: string, start: number, limit: number): Row | null {
  const restLimit = limit - start - run.length;
  const splits = splitGlued(run);
  if (splits.length === 1) {
    const k = splits[0]!;
    const time = timeFromCell({ kind: 'amount', amountText: run.slice(0, k), unitWord: null, text: run.slice(0, k) }, channel);
    const fee = readFeeCell(run.slice(k) + rest, channel, restLimit + run.length - k);
    if (!fee) return null;
    return { channel, time: time.time, fee: fee.fee, flags: [...time.flags, ...fee.flags], end: start + k + fee.length };
  }
  const probe = readFeeCell(`1${rest}`, channel, restLimit + 1);
  if (!probe) return null;
  return {
    channel,
    time: { amount: null, unit: null, asWritten: run },
    fee: { label: probe.fee.label, amount: null, asWritten: run + probe.fee.asWritten.slice(1) },
    flags: [flag('time_fee_ambiguous', channel)],
    end: start + run.length + probe.length - 1,
  };
}

/** Finds the rows: each candidate channel word that reads as a row, in order. */
function findRows(body: string): Row[] {
  const rows: Row[] = [];
  let from = 0;
  const candidates = [...body.matchAll(CHANNEL_START)];
  for (let c = 0; c < candidates.length; c++) {
    const m = candidates[c]!;
    if (m.index < from) continue;
    const next = candidates[c + 1];
    const row = readRow(body, m.index, m[0], next ? next.index : body.length);
    if (!row) continue;
    if (rows.length === 0 && m.index > 0) row.flags.push(flag('channel_text_skipped'));
    rows.push(row);
    from = row.end;
  }
  return rows;
}

const sameTime = (a: ProcessingTime, b: ProcessingTime) => a.amount === b.amount && a.unit === b.unit && a.asWritten === b.asWritten;

/** Rows of one channel merged: one time if all agree, else none certain; fees without repeats. */
function merge(rows: readonly Row[]): { info: ChannelInfo; flags: ParseFlag[] } {
  const first = rows[0]!;
  const flags = rows.flatMap((r) => r.flags);
  const fees: Fee[] = [];
  for (const r of rows) if (!fees.some((f) => f.asWritten === r.fee.asWritten)) fees.push(r.fee);
  let time = first.time;
  if (rows.some((r) => !sameTime(r.time, first.time))) {
    time = { amount: null, unit: null, asWritten: [...new Set(rows.map((r) => r.time.asWritten))].join('; ') };
    flags.push(flag('channel_duplicate', first.channel));
  }
  return { info: { channel: first.channel, processingTime: time, fees }, flags };
}

/** Parses the flattened channel table into one entry per channel, in order of first appearance. */
export function parseChannels(raw: string): { channels: ChannelInfo[]; flags: ParseFlag[] } {
  const at = raw.indexOf(CHANNEL_TABLE_HEADER);
  const body = at === -1 ? raw : raw.slice(at + CHANNEL_TABLE_HEADER.length);
  const rows = findRows(body);
  if (rows.length === 0) return { channels: [], flags: [flag('channels_unparsed')] };
  const flags: ParseFlag[] = at === -1 ? [flag('channels_header_missing')] : [];
  const channels: ChannelInfo[] = [];
  for (const channel of [...new Set(rows.map((r) => r.channel))]) {
    const merged = merge(rows.filter((r) => r.channel === channel));
    channels.push(merged.info);
    flags.push(...merged.flags);
  }
  return { channels, flags };
}

/** Vietnamese display formats: dates dd/MM/yyyy, money "1.250.000 ₫" (no dependence on the browser's ICU data). */

const VN_TZ = 'Asia/Ho_Chi_Minh';
const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A LocalDate ("2025-04-26") or an instant (ISO string or Date) as dd/MM/yyyy; instants are read
 * on the Vietnamese wall clock. Empty input gives "—".
 */
export function formatDate(value: string | Date | null | undefined): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'string') {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    if (m) return `${m[3]}/${m[2]}/${m[1]}`;
  }
  const d = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(d.getTime())) return String(value);
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: VN_TZ, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(d);
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '';
  return `${get('day')}/${get('month')}/${get('year')}`;
}

/** Today on the Vietnamese wall clock as dd/MM/yyyy. */
export const formatToday = () => formatDate(new Date());

/** Integer đồng as "1.250.000 ₫" (a no-break space keeps the sign with the number). */
export function formatMoney(amount: number): string {
  const sign = amount < 0 ? '-' : '';
  const digits = String(Math.abs(Math.trunc(amount))).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${sign}${digits}\u00a0₫`;
}

/** dd/MM/yyyy HH:mm on the Vietnamese wall clock. */
export function formatDateTime(value: string | Date | null | undefined): string {
  if (value === null || value === undefined || value === '') return '—';
  const d = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(d.getTime())) return String(value);
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: VN_TZ, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(d);
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '';
  return `${formatDate(d)} ${pad(Number(get('hour')))}:${get('minute')}`;
}

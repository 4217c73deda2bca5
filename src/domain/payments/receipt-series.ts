/**
 * E-receipt numbering: each collecting agency numbers its receipts in one series per calendar year
 * (Asia/Ho_Chi_Minh), 0000001 upward, gap-free (the counter row is incremented in the transaction
 * that records the payment, so a rollback also rolls the number back). The series symbol "BL<yy>E"
 * (biên lai, year, electronic) is this project's convention; the symbol rules of NĐ 123/2020 art. 32
 * were not verified (docs/adr/0019-payments.md).
 */
import { localDateOf, type Instant } from '../calendar';

export const receiptYear = (at: Instant) => Number(localDateOf(at).slice(0, 4));
export const receiptSeries = (year: number) => `BL${String(year % 100).padStart(2, '0')}E`;

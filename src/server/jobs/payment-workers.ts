import type { BlobStore } from '../documents/blob-store';
import type { PaymentProviders } from '../payments/provider';
import { sweepPendingPayments } from '../services/expire-payments';
import { ensureReceiptDocument } from '../services/payment-receipts';
import type { Store } from '../storage/database';
import type { JobHandlers } from './queue';

/**
 * Payment workers: the e-receipt PDF of an online payment (queued by the transaction that marked it
 * paid; idempotent), and the sweep of pending payments every minute (provider query, then expiry).
 */
export function paymentHandlers(deps: { store: Store; blobs: BlobStore; publicUrl: string; providers: PaymentProviders; log: { info: (o: object, m: string) => void } }): JobHandlers {
  return {
    'payment.receipt': async (p) => {
      await ensureReceiptDocument(deps.store, deps, String((p as { paymentId: string }).paymentId));
    },
    'payments.sweep': async () => {
      const r = await sweepPendingPayments(deps.store, deps.providers);
      if (r.expired + r.confirmed > 0) deps.log.info(r, 'pending payments swept');
    },
  };
}

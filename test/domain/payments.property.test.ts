/**
 * Any interleaving of provider notifications (correct, failed, duplicated, replayed out of order,
 * wrong amount, bad signature, unknown reference) and user actions (start an online payment, pay at
 * the counter, expiry sweep, refund) never settles an obligation twice or with a wrong amount. The
 * notifications are real signed VNPAY parameters, read by readResult and decided by
 * decideNotification, as the IPN endpoint does.
 */
import { createHmac } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { counterRefusal, decideNotification, nextPaymentStatus, readResult, signedQuery, toVnpAmount, type IpnCode, type ObligationStatus, type PaymentStatus } from '../../src/domain/payments';

const SECRET = 'BIMATKIEMTHU0123456789ABCDEFGHIJ';
const TMN = 'MOTCUA01';
const hmac = (secret: string, data: string) => createHmac('sha512', secret).update(data, 'utf8').digest('hex');

type Payment = { ref: string; amount: number; status: PaymentStatus; surplus: boolean; counter: boolean };
type World = { amount: number; obligation: ObligationStatus; settledBy: string | null; payments: Payment[]; sent: Record<string, string>[]; codes: IpnCode[] };

type Cmd =
  | { t: 'start' }
  | { t: 'notify'; pick: number; variant: 'ok' | 'fail' | 'amount' | 'signature' | 'unknown' }
  | { t: 'replay'; pick: number }
  | { t: 'counter'; delta: number }
  | { t: 'expire'; pick: number }
  | { t: 'refund'; pick: number };

const cmd: fc.Arbitrary<Cmd> = fc.oneof(
  fc.constant({ t: 'start' as const }),
  fc.record({ t: fc.constant('notify' as const), pick: fc.nat(), variant: fc.constantFrom('ok' as const, 'ok' as const, 'fail' as const, 'amount' as const, 'signature' as const, 'unknown' as const) }),
  fc.record({ t: fc.constant('replay' as const), pick: fc.nat() }),
  fc.record({ t: fc.constant('counter' as const), delta: fc.constantFrom(0, 0, -1000, 500) }),
  fc.record({ t: fc.constant('expire' as const), pick: fc.nat() }),
  fc.record({ t: fc.constant('refund' as const), pick: fc.nat() }),
);

function ipn(p: Payment, variant: 'ok' | 'fail' | 'amount' | 'signature' | 'unknown'): Record<string, string> {
  const params = {
    vnp_TmnCode: TMN,
    vnp_TxnRef: variant === 'unknown' ? `${p.ref}-khac` : p.ref,
    vnp_Amount: toVnpAmount(variant === 'amount' ? p.amount + 1000 : p.amount),
    vnp_ResponseCode: variant === 'fail' ? '24' : '00',
    vnp_TransactionStatus: variant === 'fail' ? '02' : '00',
    vnp_TransactionNo: '14000001',
    vnp_BankCode: 'NCB',
    vnp_PayDate: '20261122103000',
    vnp_OrderInfo: 'Nop le phi ho so',
  };
  return Object.fromEntries(new URLSearchParams(signedQuery(params, variant === 'signature' ? 'khoa-sai' : SECRET, hmac)));
}

/** The IPN endpoint's logic over an in-memory store: verify, decide, apply the table's transition. */
function receive(w: World, params: Record<string, string>): IpnCode {
  const n = readResult(params, SECRET, TMN, hmac);
  const p = w.payments.find((x) => !x.counter && x.ref === n.txnRef) ?? null;
  const d = decideNotification(n, p, p ? { status: w.obligation, amount: w.amount } : null);
  if (d.code === '00' && p) {
    const to = nextPaymentStatus(p.status, d.event)!;
    p.status = to;
    if (d.event === 'confirm') {
      p.surplus = d.surplus;
      if (d.settles) {
        w.obligation = 'paid';
        w.settledBy = p.ref;
      }
    }
  }
  return d.code;
}

function step(w: World, c: Cmd, n: number): void {
  const online = w.payments.filter((p) => !p.counter);
  const at = (pick: number) => online[pick % Math.max(1, online.length)];
  switch (c.t) {
    case 'start':
      if (w.obligation === 'open') w.payments.push({ ref: `MC${n}`, amount: w.amount, status: 'pending', surplus: false, counter: false });
      return;
    case 'notify': {
      const p = at(c.pick);
      if (!p) return;
      const params = ipn(p, c.variant);
      w.sent.push(params);
      w.codes.push(receive(w, params));
      return;
    }
    case 'replay': {
      const params = w.sent[c.pick % Math.max(1, w.sent.length)];
      if (params) w.codes.push(receive(w, params));
      return;
    }
    case 'counter':
      if (counterRefusal({ status: w.obligation, amount: w.amount }, w.amount + c.delta) === null) {
        w.payments.push({ ref: `QUAY${n}`, amount: w.amount + c.delta, status: 'paid', surplus: false, counter: true });
        w.obligation = 'paid';
        w.settledBy = `QUAY${n}`;
      }
      return;
    case 'expire': {
      const p = at(c.pick);
      const to = p && nextPaymentStatus(p.status, 'expire');
      if (p && to) p.status = to;
      return;
    }
    case 'refund': {
      const p = at(c.pick);
      const to = p && nextPaymentStatus(p.status, 'refund');
      if (p && to) {
        p.status = to;
        if (w.settledBy === p.ref) w.obligation = 'refunded';
      }
      return;
    }
  }
}

describe('payments under any interleaving of notifications and actions', () => {
  it('settles an obligation at most once, by one payment of exactly its amount', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5_000 }).map((k) => k * 1000), fc.array(cmd, { minLength: 1, maxLength: 40 }), (amount, cmds) => {
        const w: World = { amount, obligation: 'open', settledBy: null, payments: [], sent: [], codes: [] };
        cmds.forEach((c, i) => {
          const before = w.payments.map((p) => ({ ...p }));
          const codesBefore = w.codes.length;
          step(w, c, i);
          // Every change is a transition the table allows.
          before.forEach((b, j) => {
            const a = w.payments[j]!;
            if (a.status !== b.status) expect(['confirm', 'fail', 'expire', 'refund'].some((e) => nextPaymentStatus(b.status, e as 'confirm') === a.status)).toBe(true);
          });
          // A rejected notification (bad signature, unknown order, wrong amount, already decided) changes nothing.
          if (w.codes.length > codesBefore && w.codes.at(-1) !== '00') expect(w.payments.map((p) => p.status)).toEqual(before.map((p) => p.status));
          const settling = w.payments.filter((p) => (p.status === 'paid' || p.status === 'refunded') && !p.surplus);
          expect(settling.length).toBeLessThanOrEqual(1);
          for (const p of w.payments.filter((x) => x.status === 'paid' || x.status === 'refunded')) expect(p.amount).toBe(amount);
          if (w.obligation === 'paid') expect(settling.map((p) => p.ref)).toEqual([w.settledBy]);
          if (w.obligation === 'open') expect(settling).toEqual([]);
        });
      }),
      { numRuns: 2000 },
    );
  });

  it('answers 97 to a bad signature, 04 to a wrong amount, 01 to an unknown order and 02 to a duplicate', () => {
    const w: World = { amount: 50_000, obligation: 'open', settledBy: null, payments: [], sent: [], codes: [] };
    step(w, { t: 'start' }, 1);
    const p = w.payments[0]!;
    expect(receive(w, ipn(p, 'signature'))).toBe('97');
    expect(receive(w, ipn(p, 'amount'))).toBe('04');
    expect(receive(w, ipn(p, 'unknown'))).toBe('01');
    const ok = ipn(p, 'ok');
    expect(receive(w, ok)).toBe('00');
    expect(receive(w, ok)).toBe('02');
    // A failure notice arriving after the success is too late to change anything.
    expect(receive(w, ipn(p, 'fail'))).toBe('02');
    expect(w).toMatchObject({ obligation: 'paid', settledBy: p.ref });
  });
});

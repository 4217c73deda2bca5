import PgBoss from 'pg-boss';
import type { FastifyBaseLogger } from 'fastify';
import { inTransaction, type Store } from '../storage/database';
import { dispatchPending } from '../storage/outbox';
import { deleteExpiredSessions } from '../storage/sessions';
import { runDeadlineSweep } from './deadline-sweep';
import { runPaknSweep } from './pakn-sweep';

/**
 * Background work on pg-boss (a PostgreSQL-backed queue, safe with several app instances):
 * the outbox dispatcher moves committed side effects into queues, and periodic sweeps run
 * on cron schedules. Later features register their workers through `JobHandlers`.
 */
/** The job being worked: its id stays the same across the queue's retries of it. */
export type JobMeta = { id: string };
export type JobHandlers = Record<string, (payload: unknown, job?: JobMeta) => Promise<void>>;

export type RetryPolicy = { retryLimit: number; retryDelay: number; retryBackoff: boolean };

export type Jobs = { boss: PgBoss; stop: () => Promise<void>; dispatchNow: () => Promise<number> };

export async function startJobs(opts: {
  url: string;
  store: Store;
  log: FastifyBaseLogger;
  handlers?: JobHandlers;
  /** Retry policy per queue (default: pg-boss's 2 immediate retries), e.g. NOTIFICATION_QUEUES. */
  queues?: Record<string, RetryPolicy>;
}): Promise<Jobs> {
  const boss = new PgBoss({ connectionString: opts.url, schema: 'pgboss', max: 4 });
  boss.on('error', (err) => opts.log.error({ err }, 'job queue error'));
  await boss.start();

  const handlers: JobHandlers = {
    'maintenance.sessions': async () => {
      const n = await deleteExpiredSessions(opts.store);
      if (n > 0) opts.log.info({ deleted: n }, 'expired sessions removed');
    },
    'dossier.sweep': async () => {
      const n = await runDeadlineSweep(opts.store);
      if (n > 0) opts.log.info({ late: n }, 'dossiers or consultations became late');
    },
    // Notices to applicants and agencies: only logged here; a full server replaces the applicant
    // ones with the notification workers (jobs/notification-workers.ts: e-mail, SMS, delivery status).
    'dossier.submitted': async (p) => opts.log.info({ notice: p }, 'notice: dossier submitted online'),
    'dossier.received': async (p) => opts.log.info({ notice: p }, 'notice: dossier received'),
    'dossier.status_changed': async (p) => opts.log.info({ notice: p }, 'notice: dossier status changed'),
    'dossier.extended': async (p) => opts.log.info({ notice: p }, 'notice: due date extended with an apology'),
    'dossier.late': async (p) => opts.log.info({ notice: p }, 'notice: dossier late, apology required'),
    'citizen.otp': async () => opts.log.warn('one-time code not sent: no notification worker in this instance'),
    'dossier.consultation_late': async (p) => opts.log.info({ notice: p }, 'notice: consultation past its deadline'),
    'catalogue.decision_published': async (p) => opts.log.info({ notice: p }, 'notice: publication decision published'),
    // Replaced by the document workers (jobs/document-workers.ts) in a full server; listing a dossier's
    // documents also makes missing ones, so an instance without them loses nothing.
    'dossier.documents': async (p) => opts.log.debug({ p }, 'documents job without a document worker'),
    'file.recognise': async (p) => opts.log.warn({ p }, 'OCR job without an OCR worker'),
    // Replaced by the payment workers (jobs/payment-workers.ts) in a full server; receipts are also made on download.
    'payment.receipt': async (p) => opts.log.debug({ p }, 'receipt job without a payment worker'),
    'payments.sweep': async () => opts.log.debug('payment sweep without a payment worker'),
    // Replaced by the control-plan workers (jobs/plan-workers.ts) in a full server: reminders before task deadlines.
    'plans.sweep': async () => opts.log.debug('plan sweep without a plan worker'),
    'plan.task_due': async (p) => opts.log.info({ notice: p }, 'notice: plan task due soon'),
    'plan.task_overdue': async (p) => opts.log.info({ notice: p }, 'notice: plan task overdue'),
    // PAKN (docs/adr/0020-pakn.md): the overdue sweep runs here; notices are sent by jobs/pakn-workers.ts in a full server.
    'pakn.sweep': async () => {
      const n = await runPaknSweep(opts.store);
      if (n > 0) opts.log.info({ overdue: n }, 'PAKN items became overdue');
    },
    'pakn.notice': async (p) => opts.log.info({ notice: p }, 'notice: PAKN milestone'),
    'pakn.overdue': async (p) => opts.log.info({ notice: p }, 'notice: PAKN item past its deadline'),
    ...opts.handlers,
  };
  for (const [name, handler] of Object.entries(handlers)) {
    const policy = opts.queues?.[name];
    await boss.createQueue(name, { name, ...policy });
    if (policy) await boss.updateQueue(name, { name, ...policy }); // a queue made by an earlier version keeps its policy otherwise
    await boss.work<unknown>(name, async (jobs) => {
      for (const job of jobs) await handler(job.data, { id: job.id });
    });
  }
  await boss.schedule('maintenance.sessions', '17 * * * *');
  await boss.schedule('dossier.sweep', '* * * * *');
  await boss.schedule('payments.sweep', '* * * * *');
  await boss.schedule('plans.sweep', '7 * * * *');
  await boss.schedule('pakn.sweep', '* * * * *');

  const dispatchNow = () =>
    inTransaction(opts.store, (tx) =>
      dispatchPending(tx, 100, async (m) => {
        await boss.send(m.topic, (m.payload ?? {}) as object, m.dedupeKey ? { singletonKey: m.dedupeKey } : {});
      }),
    );
  let stopped = false;
  const loop = async () => {
    while (!stopped) {
      try {
        const n = await dispatchNow();
        if (n === 0) await new Promise((r) => setTimeout(r, 1000));
      } catch (err) {
        opts.log.warn({ err }, 'outbox dispatch failed; retrying');
        await new Promise((r) => setTimeout(r, 2000));
      }
    }
  };
  const running = loop();

  return {
    boss,
    dispatchNow,
    stop: async () => {
      stopped = true;
      await running;
      await boss.stop({ graceful: true, timeout: 5000 });
    },
  };
}

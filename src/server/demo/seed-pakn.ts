import { createHash, randomBytes } from 'node:crypto';
import { computeDue, DEFAULT_OFFICE_HOURS, localDateOf } from '../../domain/calendar';
import { art7Problems, art7Reason, normaliseSecret, paknClock, paknCode, paknSearchText, paknStatusAfter, PAKN_BUILTIN_RULE_SETS, PAKN_PAYLOADS } from '../../domain/pakn';
import { effectOf } from '../services/pakn-effects';
import { workingCalendar } from '../services/calendar-provider';
import { listAgencies } from '../storage/agencies';
import { inTransaction, type Store } from '../storage/database';
import { appendPaknHistory, countPakn, insertPakn, someDossierIds, type PaknHistoryEntry, type PaknRow } from '../storage/pakn';
import { listUsers } from '../storage/users';
import { DEMO_PAKN, type DemoPakn } from './pakn-items';

/** The secret of every demo item, so a demo can follow any of them: code + DEMO-2026. */
export const DEMO_PAKN_SECRET = 'DEMO-2026';

const HOUR = 3_600_000;

/**
 * Writes the demo PAKN items (pakn-items.ts) by replaying their steps through the same effect
 * function the server uses, at times in the past measured in office hours; steps that would fall
 * after now are left for the demo user to take. Idempotent: does nothing when any item exists.
 */
export async function seedDemoPakn(store: Store, now = new Date()): Promise<number> {
  if ((await countPakn(store)) > 0) return 0;
  const cal = await workingCalendar(store);
  const agencies = new Map((await listAgencies(store)).map((a) => [a.code, a]));
  const users = await listUsers(store, 'all');
  const name = (username: string, fallback: string) => users.find((u) => u.username === username)?.fullName ?? fallback;
  const officer = { handler: name('chuyenvien', 'Phạm Minh Đức'), leader: name('giamdoc', 'Huỳnh Văn Lực') };
  const rules = PAKN_BUILTIN_RULE_SETS[0]!;
  const secretHash = createHash('sha256').update(normaliseSecret(DEMO_PAKN_SECRET)).digest('hex');
  const codes = new Map<string, { id: string; code: string }>();
  return inTransaction(store, async (tx) => {
    let n = 0;
    for (const d of DEMO_PAKN) {
      const agency = agencies.get(d.agency);
      if (!agency) continue;
      const receivedAt = new Date(computeDue(cal, { receivedAt: new Date(now.getTime() - d.daysAgo * 24 * HOUR), amount: 0, unit: 'working_days' }).countFrom);
      const dossierId = d.dossier ? ((await someDossierIds(tx, agency.id, 1))[0] ?? null) : null;
      const { row, history } = replay(d, { agencyId: agency.id, receivedAt, now, cal, rules, secretHash, officer, dossierId, codes });
      const inserted = await insertPakn(tx, { ...row, searchText: paknSearchText({ code: row.code, title: row.title, content: row.content, answer: row.answer }) });
      if (!inserted) continue;
      codes.set(d.key, { id: inserted.id, code: inserted.code });
      for (const h of history) await appendPaknHistory(tx, { ...h, itemId: inserted.id });
      n++;
    }
    return n;
  });
}

type ReplayEnv = {
  agencyId: string;
  receivedAt: Date;
  now: Date;
  cal: Awaited<ReturnType<typeof workingCalendar>>;
  rules: (typeof PAKN_BUILTIN_RULE_SETS)[number];
  secretHash: string;
  officer: { handler: string; leader: string };
  dossierId: string | null;
  codes: Map<string, { id: string; code: string }>;
};

function replay(d: DemoPakn, env: ReplayEnv): { row: Omit<PaknRow, 'id' | 'version'>; history: Omit<PaknHistoryEntry, 'itemId'>[] } {
  const [senderName, senderAddress, senderPhone, senderEmail] = d.sender;
  const problems = art7Problems({ sender: { name: senderName, address: senderAddress, phone: senderPhone }, content: d.content });
  const reason = problems.length > 0 ? art7Reason(problems) : null;
  const clock = reason ? null : paknClock(env.cal, env.rules, env.receivedAt);
  let row: Omit<PaknRow, 'id' | 'version'> = {
    code: paknCode(localDateOf(env.receivedAt), randomBytes(4)),
    secretHash: env.secretHash,
    agencyId: env.agencyId,
    channel: d.channel,
    status: reason ? 'not_accepted' : 'received',
    senderName,
    senderAddress,
    senderPhone: senderPhone?.replace(/\s/g, '') ?? null,
    senderEmail: senderEmail ?? null,
    citizenId: null,
    title: d.title,
    content: d.content,
    category: d.category ?? null,
    procedureCode: d.procedure ?? null,
    dossierId: env.dossierId,
    withinCompetence: null,
    substantiated: null,
    notAcceptedReason: reason,
    refusalReason: null,
    forwardedTo: null,
    forwardedAgencyId: null,
    forwardedFrom: null,
    duplicateOf: null,
    previousId: d.previous ? (env.codes.get(d.previous)?.id ?? null) : null,
    ruleSetId: env.rules.id,
    receivedAt: env.receivedAt,
    clockStartAt: env.receivedAt,
    ackDueAt: clock?.refuseDue ?? null,
    forwardDueAt: clock?.forwardDue ?? null,
    supplementDueAt: clock?.supplementDue ?? null,
    processDueAt: clock?.processDue ?? null,
    publishDueAt: null,
    dueAt: clock?.processDue ?? null,
    overdueAt: null,
    acknowledgedAt: null,
    supplementRequestedAt: null,
    processedAt: null,
    publishedAt: null,
    finishedAt: reason ? env.receivedAt : null,
    finishedOnTime: null,
    extended: false,
    answer: null,
    answeredBy: null,
    approvedBy: null,
    isPublic: false,
    rating: null,
    ratedAt: null,
    createdBy: null,
  };
  const history: Omit<PaknHistoryEntry, 'itemId'>[] = [
    { action: d.channel === 'portal' ? 'submit' : 'record', fromStatus: null, toStatus: row.status, actorKind: d.channel === 'portal' ? 'sender' : 'officer', actorId: null, actorName: d.channel === 'portal' ? senderName : env.officer.handler, note: reason, data: { channel: d.channel }, at: env.receivedAt },
  ];
  let at = env.receivedAt;
  for (const [action, hours, raw, by] of reason ? [] : d.steps) {
    at = new Date(computeDue(env.cal, { receivedAt: at, amount: hours, unit: 'working_hours' }).dueAt);
    if (at.getTime() > env.now.getTime()) break;
    const payloadIn = action === 'merge' ? { originalCode: env.codes.get(String(raw.originalKey))?.code, note: raw.note } : raw;
    const payload = PAKN_PAYLOADS[action].parse(payloadIn);
    const refs = action === 'merge' ? { originalId: env.codes.get(String(raw.originalKey))?.id, originalCode: env.codes.get(String(raw.originalKey))?.code } : {};
    const effect = effectOf(action, { ...row, id: 'demo', version: 1 }, payload as never, { now: at, cal: env.cal, oh: DEFAULT_OFFICE_HOURS, rules: env.rules, actorId: null, refs });
    const from = row.status;
    row = { ...row, ...effect.patch, status: paknStatusAfter(from, action) } as typeof row;
    if (action === 'draft_answer' && row.category === 'behaviour' && env.dossierId) row.dossierId = env.dossierId;
    const actorKind = by === 'sender' ? 'sender' : 'officer';
    history.push({ action, fromStatus: from, toStatus: row.status, actorKind, actorId: null, actorName: by === 'sender' ? senderName : by === 'leader' ? env.officer.leader : env.officer.handler, note: effect.note, data: effect.data, at });
  }
  return { row, history };
}

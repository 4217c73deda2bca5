import { randomUUID } from 'node:crypto';
import { computeDue, localDateOf, parseInstant, type WorkingCalendar } from '../../domain/calendar';
import { apply, defaultProcess, dossierCode, initialState, type ActionName, type ActionRecord, type DossierState } from '../../domain/dossier';
import { foldVietnamese, isCertainTime } from '../../domain/procedure';
import { ruleSetFor } from '../../domain/rules';
import { timeFor } from '../services/receive-dossier';
import { listAgencies } from '../storage/agencies';
import { bulkInsertDossiers, currentSequences, syncSequences, type BulkDossier, type BulkStep } from '../storage/dossier-bulk';
import type { ActionInsert } from '../storage/dossiers';
import { inTransaction, type Store } from '../storage/database';
import { listUsers } from '../storage/users';
import { assignedProcedures } from '../storage/procedures';
import { workingCalendar } from '../services/calendar-provider';
import { bulkInsertRatings } from '../storage/rating-bulk';
import { demoRatings } from './seed-ratings';

/**
 * Realistic demo dossiers over the last 12 months at every demo agency that handles procedures:
 * every status, some late (with and without apology), supplements, transfers, online submissions
 * waiting for reception. Reproducible from a seed; written with multi-row inserts.
 */
type Scenario = { name: string; weight: number; channel?: 'online'; steps: ActionName[]; timing: 'done' | 'late' | 'open' | 'late_open' | 'submitted' };
const FULL: ActionName[] = ['forward', 'claim', 'forward', 'approve', 'sign', 'return_result'];
const SCENARIOS: Scenario[] = [
  { name: 'returned_on_time', weight: 48, steps: FULL, timing: 'done' },
  { name: 'returned_late', weight: 4, steps: FULL, timing: 'late' },
  { name: 'apology_then_on_time', weight: 4, steps: ['forward', 'claim', 'extend', 'forward', 'approve', 'sign', 'return_result'], timing: 'done' },
  { name: 'processing', weight: 12, steps: ['forward', 'claim'], timing: 'open' },
  { name: 'late_open', weight: 4, steps: ['forward', 'claim'], timing: 'late_open' },
  { name: 'supplement', weight: 4, steps: ['request_supplement'], timing: 'open' },
  { name: 'supplement_done', weight: 4, steps: ['request_supplement', 'supplement_received', ...FULL], timing: 'done' },
  { name: 'refused_online', weight: 3, channel: 'online', steps: ['refuse'], timing: 'done' },
  { name: 'to_receive', weight: 3, channel: 'online', steps: [], timing: 'submitted' },
  { name: 'withdrawn', weight: 2, steps: ['forward', 'withdraw'], timing: 'done' },
  { name: 'stopped', weight: 2, steps: ['forward', 'claim', 'stop'], timing: 'done' },
  { name: 'to_return', weight: 4, steps: ['forward', 'claim', 'forward', 'approve', 'sign'], timing: 'open' },
  { name: 'to_sign', weight: 2, steps: ['forward', 'claim', 'forward', 'approve'], timing: 'open' },
  { name: 'transferred', weight: 2, steps: ['forward', 'claim', 'transfer'], timing: 'open' },
  { name: 'payment', weight: 2, steps: ['forward', 'claim', 'request_payment'], timing: 'open' },
];
const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Huỳnh', 'Hoàng', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý'];
const MIDDLE = ['Văn', 'Thị', 'Minh', 'Thanh', 'Hữu', 'Ngọc', 'Đức', 'Thu', 'Quốc', 'Kim'];
const GIVEN = ['An', 'Bình', 'Cường', 'Dung', 'Giang', 'Hà', 'Hải', 'Hạnh', 'Hùng', 'Hương', 'Khánh', 'Lan', 'Linh', 'Long', 'Mai', 'Nam', 'Nga', 'Phúc', 'Quân', 'Tâm', 'Thảo', 'Trang', 'Tuấn', 'Vy'];

export type DemoDossierOptions = { count: number; seed?: number; now?: Date };

export async function seedDemoDossiers(store: Store, opts: DemoDossierOptions): Promise<number> {
  let seed = opts.seed ?? 2026;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const now = opts.now ?? new Date();
  const cal: WorkingCalendar = await workingCalendar(store);
  const agencies = await listAgencies(store);
  const users = await listUsers(store, 'all');
  const assignments = await assignedProcedures(store);
  if (assignments.length === 0) return 0;
  const totalWeight = SCENARIOS.reduce((a, s) => a + s.weight, 0);
  const scenario = () => {
    let x = rnd() * totalWeight;
    for (const s of SCENARIOS) if ((x -= s.weight) < 0) return s;
    return SCENARIOS[0]!;
  };
  const officer = (agencyId: string, role: string) => users.find((u) => u.grants.some((g) => g.role === role && g.agencyCode === agencies.find((a) => a.id === agencyId)?.code));
  const sequences = await currentSequences(store);
  const dossiers: BulkDossier[] = [];
  const actions: ActionInsert[] = [];
  const steps: BulkStep[] = [];

  for (let i = 0; i < opts.count; i++) {
    const sc = scenario();
    const asg = pick(assignments);
    const channel = sc.channel ?? (asg.channels.includes('online') && rnd() < 0.4 ? 'online' : 'direct');
    const time = timeFor(asg.record, channel);
    const span = time && isCertainTime(time) ? Math.max(1, time.amount ?? 1) : 5;
    // Open dossiers were received recently (still within their time); the others over the last year.
    const daysAgo = sc.timing === 'open' || sc.timing === 'submitted' ? Math.floor(rnd() * Math.min(span, 3)) : sc.timing === 'late_open' ? span * 2 + 3 + Math.floor(rnd() * 20) : span + 5 + Math.floor(rnd() * 330);
    // A working day on or before the chosen date, at office time, never in the future.
    const wanted = localDateOf(now.getTime() - daysAgo * 86_400_000);
    let day = cal.isWorkingDay(wanted) ? wanted : cal.addWorkingDays(wanted, -1);
    const minutes = 7 * 60 + 30 + Math.floor(rnd() * 8 * 60);
    let received = new Date(parseInstant(`${day}T${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}:00+07:00`));
    if (received > now) {
      day = cal.addWorkingDays(day, -1);
      received = new Date(parseInstant(`${day}T09:00:00+07:00`));
    }
    const due = time && isCertainTime(time) ? new Date(computeDue(cal, { receivedAt: received, amount: time.amount ?? 0, unit: time.unit! }, undefined).dueAt) : null;
    const agencyId = asg.agency_id;
    const agencyCode = agencies.find((a) => a.id === agencyId)!.code;
    const key = `${agencyId}|${day}`;
    const seq = (sequences.get(key) ?? 0) + 1;
    if (seq > 9999) continue;
    sequences.set(key, seq);
    const code = dossierCode(agencyCode, day, seq);
    const id = randomUUID();
    const process = defaultProcess(time);
    const name = `${pick(FAMILY)} ${pick(MIDDLE)} ${pick(GIVEN)}`;
    const applicant = { kind: 'individual', name, idNumber: `0${String(89 + Math.floor(rnd() * 7)).padStart(2, '0')}${String(1950 + Math.floor(rnd() * 55)).slice(1)}${String(Math.floor(rnd() * 1e6)).padStart(6, '0')}`.slice(0, 12).padEnd(12, '0'), phone: `09${String(Math.floor(rnd() * 1e8)).padStart(8, '0')}` };
    // Spread the actions between reception and the end (before the due time, after it when late).
    const end = due ? (sc.timing === 'late' ? due.getTime() + (0.2 + rnd()) * 86_400_000 * 2 : sc.timing === 'done' ? received.getTime() + (0.3 + 0.6 * rnd()) * (due.getTime() - received.getTime()) : Math.min(now.getTime() - 60_000, received.getTime() + (due.getTime() - received.getTime()) * 0.5)) : received.getTime() + 3 * 86_400_000;
    let state: DossierState = initialState(sc.timing === 'submitted' || sc.channel === 'online' ? 1 : 2);
    const history: ActionInsert[] = [{ dossierId: id, seq: 1, action: 'create', actorId: null, actorName: sc.channel === 'online' ? name : 'Cán bộ một cửa', actorRole: sc.channel === 'online' ? null : 'reception', agencyId, at: received, step: 0, statusAfter: state.status, comment: null, payload: { status: state.status, channel } }];
    let dueAt = due;
    let t = received.getTime();
    const stepRows: BulkStep[] = [{ dossierId: id, seq: 1, stepIndex: 0, stepKey: process[0]!.key, stepName: process[0]!.name, unitCode: null, agencyId, startedAt: received, dueAt: null, finishedAt: null, late: null }];
    let assigneeId: string | null = null;
    sc.steps.forEach((a, n) => {
      t = Math.min(now.getTime() - 1000, t + (end - t) / (sc.steps.length - n + 1));
      const role = a === 'claim' || a === 'forward' && state.step > 0 || ['transfer', 'request_payment', 'request_supplement'].includes(a) && state.status === 4 ? 'specialist' : a === 'approve' || a === 'stop' || a === 'extend' ? 'unit_head' : a === 'sign' ? 'agency_head' : 'reception';
      const u = officer(agencyId, role);
      const payload: Record<string, unknown> =
        a === 'extend' && dueAt ? { reason: 'Cần xác minh thêm thông tin với cơ quan liên quan', newDueDate: cal.addWorkingDays(localDateOf(dueAt), 3) }
        : a === 'request_supplement' ? { reason: 'Thiếu giấy tờ theo quy định', documents: ['Bản sao giấy tờ tùy thân'] }
        : a === 'transfer' ? { agencyCode: agencies.find((x) => x.id !== agencyId && x.level === 'province')?.code ?? agencyCode, reason: 'Lấy ý kiến cơ quan liên quan' }
        : a === 'request_payment' ? { amount: 200000, items: 'Phí giải quyết hồ sơ' }
        : a === 'return_result' ? { method: pick(['counter', 'post', 'electronic']) }
        : ['refuse', 'withdraw', 'stop'].includes(a) ? { reason: a === 'withdraw' ? 'Công dân xin rút hồ sơ' : a === 'refuse' ? 'Hồ sơ không thuộc thẩm quyền' : 'Đối tượng không đủ điều kiện' }
        : {};
      if (a === 'receive' || (state.status === 1 && a !== 'refuse')) return;
      const before = state;
      state = apply(state, process, { action: a, actor: u?.id ?? 'demo', payload } satisfies ActionRecord);
      if (a === 'claim') assigneeId = u?.id ?? null;
      if (a === 'extend' && dueAt) dueAt = new Date(parseInstant(`${String(payload.newDueDate)}T17:00:00+07:00`));
      const at = new Date(t);
      history.push({ dossierId: id, seq: history.length + 1, action: a, actorId: u?.id ?? null, actorName: u?.fullName ?? 'Cán bộ', actorRole: role, agencyId, at, step: state.step, statusAfter: state.status, comment: (payload.reason as string | undefined) ?? null, payload });
      if (state.step !== before.step) {
        const last = stepRows[stepRows.length - 1]!;
        last.finishedAt = at;
        last.late = last.dueAt ? at > last.dueAt : null;
        const s = process[state.step]!;
        stepRows.push({ dossierId: id, seq: history.length, stepIndex: state.step, stepKey: s.key, stepName: s.name, unitCode: s.unitCode, agencyId, startedAt: at, dueAt: s.share.amount ? new Date(computeDue(cal, { receivedAt: at, amount: s.share.amount, unit: s.share.unit }).dueAt) : null, finishedAt: null, late: null });
      }
    });
    const lastAt = history[history.length - 1]!.at;
    const finished = [3, 7, 8, 9, 10].includes(state.status) ? history.find((h) => [3, 7, 8, 9].includes(h.statusAfter))?.at ?? lastAt : null;
    if ([3, 7, 8, 10].includes(state.status)) stepRows[stepRows.length - 1]!.finishedAt = lastAt;
    const currentStep = process[state.step]!;
    dossiers.push({
      id,
      code,
      procedureCode: asg.code,
      procedureVersionId: asg.version_id,
      processId: null,
      steps: process,
      channel,
      receivingAgencyId: agencyId,
      handlingAgencyId: agencyId,
      currentUnitCode: currentStep.unitCode,
      currentStepKind: currentStep.kind,
      status: state.status,
      state: { ...state, assignee: assigneeId },
      applicant,
      owner: null,
      // Demo dossiers carry no scan files: a component counts as digitised only when it came from a
      // digital source (reused data, the citizen's store, the population database), as receipt requires.
      documents: asg.record.documents.map((d) => {
        const r = rnd();
        const source = r < 0.45 ? 'reused' : r < 0.6 ? 'personal_store' : r < 0.7 ? 'national' : 'paper';
        return { name: d.name, copies: d.copies, digitised: source !== 'paper', source };
      }),
      note: null,
      ruleSet: ruleSetFor(day).id,
      processingTime: time,
      submittedAt: received,
      receivedAt: state.status === 1 ? null : received,
      dueAt,
      originalDueAt: due,
      stepStartedAt: stepRows[stepRows.length - 1]!.startedAt,
      stepDueAt: stepRows[stepRows.length - 1]!.dueAt,
      finishedAt: finished,
      returnedAt: state.status === 10 ? lastAt : null,
      assigneeId,
      late: dueAt !== null && (finished ? finished > dueAt : [2, 4, 5, 6].includes(state.status) && now > dueAt),
      searchText: foldVietnamese(`${code} ${name} ${applicant.idNumber}`),
      version: history.length,
      createdAt: received,
    });
    actions.push(...history);
    steps.push(...stepRows);
  }
  await inTransaction(store, async (tx) => {
    await bulkInsertDossiers(tx, dossiers, actions, steps);
    // The applicants' ratings of returned dossiers, for the evaluation pages (seed-ratings.ts).
    await bulkInsertRatings(tx, demoRatings(dossiers, now));
    await syncSequences(tx, [...sequences].map(([k, last]) => ({ agencyId: k.split('|')[0]!, day: k.split('|')[1]!, last })));
  });
  return dossiers.length;
}

import {
  availablePaknActions,
  duplicateCandidates,
  isFinal,
  PAKN_ACTION_VI,
  PAKN_STATUS_VI,
  type PaknActorKind,
} from '../../domain/pakn';
import { forbidden, notFound } from '../errors';
import type { Store } from '../storage/database';
import { dossierCodeOf, findPakn, findPaknByIds, listMergedInto, listPaknHistory, recentOpenPakn, type PaknHistoryRow, type PaknRow } from '../storage/pakn';
import { agencyDirectory } from './agency-directory';
import { requireActor } from './authorize';
import type { ServiceContext } from './context';
import { officerParts, procedureName, ruleSetById } from './pakn-support';
import { guardState } from './pakn-transition';

/** What officers, the sender and the public see of a PAKN. */

type Directory = Awaited<ReturnType<typeof agencyDirectory>>;
const agencyOf = (dir: Directory, id: string | null) => {
  const a = id ? dir.byId.get(id) : undefined;
  return a ? { id: a.id, code: a.code, name: a.name, address: a.address, phone: a.phone, email: a.email } : null;
};

const historyEntry = (h: PaknHistoryRow) => ({ seq: h.seq, action: h.action, actionName: PAKN_ACTION_VI[h.action as keyof typeof PAKN_ACTION_VI] ?? h.action, fromStatus: h.fromStatus, toStatus: h.toStatus, actorKind: h.actorKind, actorName: h.actorName, note: h.note, data: h.data, at: h.at });

/** Codes of the items an item links to (previous complaint, hand-over source, merge original). */
async function linkedCodes(store: Store, r: PaknRow) {
  const ids = [r.previousId, r.forwardedFrom, r.duplicateOf].filter((x): x is string => !!x);
  const byId = new Map((await findPaknByIds(store, ids)).map((x) => [x.id, x.code]));
  const code = (id: string | null) => (id ? (byId.get(id) ?? null) : null);
  return { previousCode: code(r.previousId), forwardedFromCode: code(r.forwardedFrom), duplicateOfCode: code(r.duplicateOf) };
}

const DUPLICATE_WINDOW_DAYS = 180;

export async function officerPaknView(ctx: ServiceContext, code: string) {
  const actor = requireActor(ctx);
  const r = await findPakn(ctx.store, { code });
  if (!r) throw notFound(`phản ánh, kiến nghị "${code}"`);
  const parts = await officerParts(ctx.store, actor, r.agencyId);
  if (!parts.read) throw forbidden('Phản ánh, kiến nghị này không thuộc phạm vi của bạn.');
  return presentForOfficer(ctx.store, r, parts.who);
}

export async function presentForOfficer(store: Store, r: PaknRow, who: readonly PaknActorKind[]) {
  const dir = await agencyDirectory(store);
  const [history, merged, links, rules, procName, dossierCode] = await Promise.all([
    listPaknHistory(store, r.id),
    listMergedInto(store, r.id),
    linkedCodes(store, r),
    ruleSetById(store, r.ruleSetId),
    procedureName(store, r.procedureCode),
    r.dossierId ? dossierCodeOf(store, r.dossierId) : Promise.resolve(null),
  ]);
  const open = !isFinal(r.status);
  const pool = open ? await recentOpenPakn(store, r.agencyId, new Date(r.receivedAt.getTime() - DUPLICATE_WINDOW_DAYS * 86_400_000)) : [];
  const candidates = duplicateCandidates(r, pool).map((c) => ({ code: c.item.code, title: c.item.title, status: c.item.status, statusName: PAKN_STATUS_VI[c.item.status], receivedAt: c.item.receivedAt, score: c.score }));
  const now = new Date();
  return {
    id: r.id,
    code: r.code,
    status: r.status,
    statusName: PAKN_STATUS_VI[r.status],
    channel: r.channel,
    agency: agencyOf(dir, r.agencyId)!,
    title: r.title,
    content: r.content,
    sender: { name: r.senderName, address: r.senderAddress, phone: r.senderPhone, email: r.senderEmail, hasAccount: r.citizenId !== null },
    category: r.category,
    procedure: r.procedureCode ? { code: r.procedureCode, name: procName } : null,
    dossierCode,
    withinCompetence: r.withinCompetence,
    substantiated: r.substantiated,
    notAcceptedReason: r.notAcceptedReason,
    refusalReason: r.refusalReason,
    forwardedTo: r.forwardedTo,
    forwardedAgency: agencyOf(dir, r.forwardedAgencyId),
    ...links,
    mergedCodes: merged.map((m) => m.code),
    ruleSet: { id: rules.id, decision: rules.decision, maxExtensionDays: rules.maxExtensionDays },
    receivedAt: r.receivedAt,
    clockStartAt: r.clockStartAt,
    deadlines: { refuse: r.ackDueAt, forward: r.forwardDueAt, supplement: r.supplementDueAt, process: r.processDueAt, publish: r.publishDueAt, current: r.dueAt },
    overdue: r.finishedAt === null && r.dueAt !== null && r.dueAt < now,
    extended: r.extended,
    acknowledgedAt: r.acknowledgedAt,
    processedAt: r.processedAt,
    publishedAt: r.publishedAt,
    finishedAt: r.finishedAt,
    finishedOnTime: r.finishedOnTime,
    answer: r.answer,
    isPublic: r.isPublic,
    rating: r.rating,
    ratedAt: r.ratedAt,
    version: r.version,
    availableActions: availablePaknActions(guardState(r), who),
    duplicateCandidates: candidates,
    history: history.map(historyEntry),
  };
}

/**
 * The sender's view (code and secret, or their account): status, deadlines, what was asked of them,
 * the answer once published; the history without officers' names.
 */
export async function presentForSender(store: Store, r: PaknRow) {
  const dir = await agencyDirectory(store);
  const [history, links] = await Promise.all([listPaknHistory(store, r.id), linkedCodes(store, r)]);
  const lastRequest = [...history].reverse().find((h) => h.action === 'request_supplement');
  const forward = [...history].reverse().find((h) => h.action === 'forward');
  const who = ['sender'] as const;
  const actions = availablePaknActions(guardState(r), who);
  return {
    code: r.code,
    status: r.status,
    statusName: PAKN_STATUS_VI[r.status],
    agency: agencyOf(dir, r.agencyId)!,
    title: r.title,
    content: r.content,
    receivedAt: r.receivedAt,
    processDueAt: r.finishedAt ? null : r.processDueAt,
    notAcceptedReason: r.notAcceptedReason,
    refusalReason: r.refusalReason,
    supplementRequest: r.status === 'awaiting_supplement' ? (lastRequest?.note ?? null) : null,
    forwardedTo: r.forwardedTo,
    forwardedCode: typeof forward?.data.newCode === 'string' ? forward.data.newCode : null,
    duplicateOfCode: links.duplicateOfCode,
    previousCode: links.previousCode,
    answer: r.status === 'published' ? r.answer : null,
    publishedAt: r.publishedAt,
    isPublic: r.isPublic,
    rating: r.rating,
    canSupplement: actions.includes('supplement'),
    canRate: actions.includes('rate'),
    history: history.filter((h) => h.actorKind !== 'system').map((h) => ({ action: h.action, actionName: PAKN_ACTION_VI[h.action as keyof typeof PAKN_ACTION_VI] ?? h.action, toStatus: h.toStatus, statusName: PAKN_STATUS_VI[h.toStatus], at: h.at })),
  };
}

import { placeOf, type IssuedForm } from '../../domain/documents';
import type { FormAgency, FormBase, FormHandover, FormRequest, FormSet } from '../../domain/forms';
import type { Step } from '../../domain/dossier';
import type { DossierRow, listActions, listSteps } from '../storage/dossiers';
import type { agencyDirectory } from './agency-directory';

type Directory = Awaited<ReturnType<typeof agencyDirectory>>;
type ActionRow = Awaited<ReturnType<typeof listActions>>[number];
type StepRow = Awaited<ReturnType<typeof listSteps>>[number];

export function formAgency(dir: Directory, agencyId: string): FormAgency {
  const chain = dir.ancestry(agencyId).map((id) => dir.byId.get(id)!).filter(Boolean);
  const own = chain[0]!;
  const parent = chain[1] ?? null;
  return { name: own.name, parentName: parent && parent.level !== 'central' ? parent.name : null, place: placeOf(chain), phone: own.phone };
}

const partyOf = (p: unknown) => {
  const a = (p ?? {}) as { name?: string; idNumber?: string; address?: string | null; phone?: string | null; email?: string | null };
  return { name: a.name ?? '', idNumber: a.idNumber ?? null, address: a.address ?? null, phone: a.phone ?? null, email: a.email ?? null };
};

/** The facts every form of a dossier prints, as of one action. */
export function formBase(d: DossierRow, dir: Directory, set: FormSet, procedure: { name: string }, action: ActionRow, publicUrl: string, agencyId: string, token: string): FormBase {
  const time = d.processingTime as { asWritten?: string } | null;
  return {
    set,
    code: d.code,
    lookupUrl: `${publicUrl}/tra-cuu/${d.code}?t=${token}`,
    agency: formAgency(dir, agencyId),
    issuedAt: action.at,
    procedure: { code: d.procedureCode, name: procedure.name },
    channel: d.channel,
    applicant: partyOf(d.applicant),
    owner: d.owner ? partyOf(d.owner) : null,
    officer: { name: action.actorName },
    receivedAt: d.receivedAt,
    dueAt: d.originalDueAt ?? d.dueAt,
    processingTime: time?.asWritten ?? null,
    documents: (d.documents as { name: string; copies?: string }[]).map((x) => ({ name: x.name, copies: x.copies ?? '' })),
  };
}

/** The request for the form an action issued (see formIssuedBy). */
export function formRequestFor(kind: IssuedForm, base: FormBase, action: ActionRow): FormRequest {
  const p = action.payload as Record<string, unknown>;
  switch (kind) {
    case 'receipt':
      return { ...base, kind, resultDelivery: null };
    case 'supplement':
      return { ...base, kind, reason: String(p.reason ?? ''), missing: (p.documents as string[] | undefined) ?? [] };
    case 'refusal':
      return { ...base, kind, reason: String(p.reason ?? '') };
    case 'stop':
      return { ...base, kind, reason: String(p.reason ?? '') };
    case 'apology': {
      const newDue = new Date(`${String(p.newDueDate)}T17:00:00+07:00`);
      const previousDue = (p.previousDueAt as string | undefined) ?? base.dueAt?.toISOString() ?? action.at.toISOString();
      return { ...base, kind, reason: String(p.reason ?? ''), originalDueAt: new Date(previousDue), newDueAt: newDue, responsibleAgency: base.agency.name, documentNumber: null };
    }
  }
}

/** Form 05/06: the hand-over table from the dossier's step history. */
export function controlRequest(base: FormBase, steps: readonly StepRow[], history: readonly ActionRow[], processSteps: readonly Step[], dir: Directory): FormRequest {
  const handovers: FormHandover[] = steps.map((s, i) => {
    const next = steps[i + 1];
    const act = history.filter((a) => a.seq <= (next?.seq ?? Number.MAX_SAFE_INTEGER) && a.seq >= s.seq).at(-1);
    return {
      agency: (s.agencyCode && dir.byCode.get(s.agencyCode)?.name) || '',
      step: processSteps[s.stepIndex]?.name ?? s.stepName,
      at: s.startedAt,
      giver: history.find((a) => a.seq === s.seq)?.actorName ?? '',
      receiver: next ? (history.find((a) => a.seq === next.seq)?.actorName ?? null) : null,
      result: s.finishedAt ? (s.late ? 'Trễ hạn' : 'Đúng hạn') : 'Đang xử lý',
      note: act?.comment ?? null,
    };
  });
  return { ...base, kind: 'control', handovers };
}

import { App, Button, Card, Space, Steps, Typography } from 'antd';
import { useCallback, useMemo, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { slotProblems, type ApplicationContent } from '../../../domain/dossier';
import { formProblems } from '../../../domain/procedure';
import { formatDateTime } from '../../format';
import { useI18n } from '../../i18n';
import type { ProcedureDetail } from '../catalogue/types';
import { fieldProblems, problemDetail } from '../dossiers/problems';
import { AgencyStep, ApplicantStep, onlineAgencies, ReviewStep } from './ApplySteps';
import { DocumentSlots } from './DocumentSlots';
import { FieldsForm, type Errors } from './FieldsForm';
import { useCreateDraft, useSubmitDraft } from './queries';
import type { Draft } from './types';
import { useDraftAutosave } from './useDraftAutosave';

const STEP_KEYS = ['agency', 'applicant', 'fields', 'documents', 'review'] as const;

const byPath = (problems: { path: string; message: string }[], strip = '') =>
  Object.fromEntries(problems.map((p) => [p.path.startsWith(strip) ? p.path.slice(strip.length) : p.path, p.message])) as Errors;

/** The step a server problem belongs to: "agencyCode" → 0, "values.x" → 2, "documents.1" → 3. */
const stepOfProblem = (name: string) => (name.startsWith('agency') ? 0 : name.startsWith('values') ? 2 : name.startsWith('documents') ? 3 : 4);

/**
 * The guided online application: agency, applicant (from the account, read-only), the procedure's
 * own fields (validated by the same schema as the server), documents (upload or from "Giấy tờ của
 * tôi"), review and submission. The draft is made at the first step and saved after each change.
 */
export function ApplyWizard({ procedure, draft: initial, onCreated }: { procedure: ProcedureDetail; draft: Draft | null; onCreated: (id: string) => void }) {
  const { t, fmt } = useI18n();
  const s = t.online.apply;
  const { message } = App.useApp();
  const navigate = useNavigate();
  const agencies = onlineAgencies(procedure);
  const [draft, setDraft] = useState<Draft | null>(initial);
  const [content, setContent] = useState<ApplicationContent>(initial?.content ?? { agencyCode: agencies.length === 1 ? agencies[0]!.agencyCode : null, values: {}, documents: [] });
  const [step, setStep] = useState(0);
  const [errors, setErrors] = useState<Errors>({});
  const [checked, setChecked] = useState<Set<number>>(new Set());
  const key = useRef(crypto.randomUUID());
  const create = useCreateDraft();
  const submit = useSubmitDraft();
  const onReload = useCallback(
    (d: Draft) => {
      setContent(d.content);
      void message.warning(s.reloaded);
    },
    [message, s.reloaded],
  );
  const meta = useMemo(() => (draft ? { id: draft.id, version: draft.version } : null), [draft]);
  const autosave = useDraftAutosave(meta, content, onReload);

  /** The problems of a step, from the domain's checks (the same the server runs at submission). */
  const problemsOf = (i: number, c: ApplicationContent): Errors => {
    if (i === 0) return c.agencyCode ? {} : { agencyCode: s.agencyRequired };
    if (i === 2) return byPath(formProblems(procedure.formFields, c.values));
    if (i === 3) return byPath(slotProblems(procedure.documents, c.documents));
    return {};
  };
  const update = (next: ApplicationContent) => {
    setContent(next);
    // Once a step was checked its problems follow the answers as they are corrected.
    if (checked.has(step)) setErrors(problemsOf(step, next));
  };

  const next = async () => {
    const found = problemsOf(step, content);
    setChecked(new Set(checked).add(step));
    setErrors(found);
    if (Object.keys(found).length > 0) return void message.error(s.fixErrors);
    if (!draft) {
      try {
        const d = await create.mutateAsync({ procedureCode: procedure.code, content });
        setDraft(d);
        onCreated(d.id);
      } catch (e) {
        return void message.error(problemDetail(e, t.error.generic));
      }
    }
    setStep(step + 1);
  };

  const send = async () => {
    if (!draft) return;
    await autosave.flush();
    submit.mutate(
      { id: draft.id, key: key.current },
      {
        onSuccess: (d) => {
          void message.success(fmt(s.submitted, { code: d.code }));
          void navigate(`/ho-so-cua-toi/${d.code}`);
        },
        onError: (e) => {
          const problems = fieldProblems(e);
          if (problems.length === 0) return void message.error(problemDetail(e, t.error.generic));
          const target = Math.min(...problems.map((p) => stepOfProblem(p.name)));
          setErrors(Object.fromEntries(problems.map((p) => [p.name.replace(/^values\./, ''), p.reason])));
          setChecked(new Set(checked).add(target));
          setStep(target);
          void message.error(problemDetail(e, s.fixErrors));
        },
      },
    );
  };

  const saved = autosave.state;
  const savedText =
    saved.status === 'saving' ? s.saving : saved.status === 'error' ? s.saveFailed : saved.at ? fmt(s.savedAt, { time: formatDateTime(saved.at).slice(11) }) : draft ? fmt(s.savedAt, { time: formatDateTime(draft.updatedAt).slice(11) }) : '';
  const body = [
    <AgencyStep key="agency" procedure={procedure} value={content.agencyCode} onChange={(agencyCode) => update({ ...content, agencyCode })} error={errors.agencyCode} />,
    draft ? <ApplicantStep key="applicant" applicant={draft.applicant} /> : null,
    <FieldsForm key="fields" fields={procedure.formFields} values={content.values} onChange={(values) => update({ ...content, values })} errors={errors} />,
    <DocumentSlots key="documents" documents={procedure.documents} slots={content.documents} onChange={(documents) => update({ ...content, documents })} errors={errors} />,
    <ReviewStep key="review" procedure={procedure} content={content} applicant={draft?.applicant ?? null} />,
  ][step];

  return (
    <Card data-testid="apply-wizard">
      <Typography.Title level={2} style={{ marginTop: 0 }}>
        {s.title}
      </Typography.Title>
      <Typography.Paragraph>
        {procedure.code} · {procedure.name}
      </Typography.Paragraph>
      <Steps current={step} size="small" responsive items={STEP_KEYS.map((k) => ({ title: s.steps[k] }))} style={{ marginBottom: 24 }} data-testid="apply-steps" />
      <div style={{ minHeight: 160 }}>{body}</div>
      <Space wrap style={{ marginTop: 24, width: '100%', justifyContent: 'space-between' }}>
        <Space wrap>
          {step > 0 && (
            <Button onClick={() => setStep(step - 1)} data-testid="apply-back">
              {s.back}
            </Button>
          )}
          {step < STEP_KEYS.length - 1 ? (
            <Button type="primary" onClick={() => void next()} loading={create.isPending} data-testid="apply-next">
              {s.next}
            </Button>
          ) : (
            <Button type="primary" onClick={() => void send()} loading={submit.isPending} data-testid="apply-submit">
              {s.submit}
            </Button>
          )}
        </Space>
        <Typography.Text type={saved.status === 'error' ? 'danger' : 'secondary'} aria-live="polite" data-testid="autosave" data-status={saved.status}>
          {savedText}
        </Typography.Text>
      </Space>
    </Card>
  );
}

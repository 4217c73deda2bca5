import { Alert, App, Button, Card, Form, Popconfirm, Progress, Space, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { ApiError } from '../../api/client';
import type { Unit } from '../../api/types';
import { useI18n } from '../../i18n';
import { ApproveModal } from './ApproveModal';
import { FlowDiagram } from './FlowDiagram';
import { limitHours, processProblems, stepOf, toStep, toValues, totalHours, type StepValues } from './model';
import { ProcessStatus } from './ProcessStatus';
import { ProcessVersions } from './ProcessVersions';
import { useSaveProcessDraft } from './queries';
import { StepsTable } from './StepsTable';
import type { ProcessOverview, Step } from './types';

type FieldError = { name: string; reason: string };
type Values = { steps: StepValues[] };

/** "steps.2.share.amount" → ['steps', 2, 'share', 'amount'] (a form field path). */
const fieldPath = (name: string) => name.split('.').filter(Boolean).map((s) => (/^\d+$/.test(s) ? Number(s) : s));
const same = (a: Step[], b: Step[]) => JSON.stringify(a) === JSON.stringify(b.map((s) => toStep(toValues(s))));

/**
 * Edits the internal process of a procedure at an agency: the steps as a table, checked as one
 * types (same rules as the server, against every channel's time) and drawn as a flow; the draft is
 * saved, then approved by a decision. What is typed survives saving; loading a version or the
 * default replaces it.
 */
export function ProcessEditor({ overview: o, units, agencies }: { overview: ProcessOverview; units: Unit[]; agencies: { code: string; name: string }[] }) {
  const { t, fmt } = useI18n();
  const p = t.process;
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const save = useSaveProcessDraft(o.procedureCode, o.agencyCode);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [approving, setApproving] = useState(false);
  const [initial] = useState(() => ((o.draft ?? o.inForce)?.steps ?? o.defaultSteps).map(toValues));

  const values = (Form.useWatch('steps', form) as StepValues[] | undefined) ?? initial;
  const steps = values.map(toStep);
  const problems = processProblems(steps, o.statutory, t.procedure.channel);
  const total = totalHours(steps);
  const limit = limitHours(o.statutory);
  const over = limit !== null && total > limit;
  const flagged = new Set([...problems, ...errors.map((e) => ({ step: stepOf(e.name) }))].map((x) => x.step).filter((n): n is number => n !== null));
  const dirty = !o.draft || !same(steps, o.draft.steps);
  const stepLabel = (path: string) => {
    const n = stepOf(path);
    return n === null ? '' : `${fmt(p.stepN, { n: String(n + 1) })}: `;
  };
  const agencyName = (code: string) => agencies.find((a) => a.code === code)?.name ?? code;

  /** Forgets the server's refusal, on the fields too (they keep an error set from outside until they change). */
  const clearErrors = () => {
    form.setFields(errors.filter((x) => fieldPath(x.name).length > 2).map((x) => ({ name: fieldPath(x.name) as never, errors: [] })));
    setErrors([]);
  };
  const load = (next: Step[]) => {
    clearErrors();
    form.setFieldValue('steps', next.map(toValues));
  };
  const submit = (v: Values) => {
    clearErrors();
    save.mutate((v.steps ?? []).map(toStep), {
      onSuccess: () => void message.success(p.saved),
      onError: (e) => {
        const list = e instanceof ApiError && Array.isArray(e.body.errors) ? (e.body.errors as FieldError[]) : [];
        if (list.length === 0) return void message.error(e.message);
        setErrors(list);
        form.setFields(list.filter((x) => fieldPath(x.name).length > 2).map((x) => ({ name: fieldPath(x.name) as never, errors: [x.reason] })));
      },
    });
  };

  return (
    <>
      <ProcessStatus o={o} />
      <Form form={form} initialValues={{ steps: initial }} onFinish={submit} scrollToFirstError data-testid="process-editor">
        <Card size="small" title={p.steps} style={{ marginBottom: 12 }}>
          <StepsTable values={values} units={units} agencies={agencies.filter((a) => a.code !== o.agencyCode)} flagged={flagged} />
          <div style={{ marginTop: 16 }} data-testid="process-summary">
            <Typography.Text strong type={over ? 'danger' : undefined} data-testid="process-total">
              {fmt(p.total, { total: String(total) })} / {limit === null ? p.noLimit : fmt(p.limit, { limit: String(limit) })}
            </Typography.Text>
            {limit !== null && limit > 0 && (
              <Progress percent={Math.round((total / limit) * 100)} status={over ? 'exception' : 'normal'} showInfo={false} size="small" style={{ display: 'block', maxWidth: 420, margin: '4px 0 0' }} />
            )}
          </div>
          {problems.length > 0 ? (
            <Alert
              type="error"
              showIcon
              data-testid="process-problems"
              title={p.problems}
              description={
                <ul style={{ margin: 0, paddingLeft: 20 }}>
                  {problems.map((x, i) => (
                    <li key={i}>
                      {stepLabel(x.path)}
                      {x.message}
                    </li>
                  ))}
                </ul>
              }
              style={{ marginTop: 12 }}
            />
          ) : (
            <Alert type="success" showIcon title={p.valid} style={{ marginTop: 12 }} data-testid="process-valid" />
          )}
          {errors.length > 0 && (
            <Alert
              type="error"
              showIcon
              data-testid="process-errors"
              title={p.serverErrors}
              description={
                <ul style={{ margin: 0, paddingLeft: 20 }}>
                  {errors.map((e, i) => (
                    <li key={i}>
                      {stepLabel(e.name)}
                      {e.reason}
                    </li>
                  ))}
                </ul>
              }
              style={{ marginTop: 12 }}
            />
          )}
        </Card>
        <Space wrap style={{ marginBottom: 16 }}>
          <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="save-process">
            {p.saveDraft}
          </Button>
          <Popconfirm title={p.fromDefaultConfirm} onConfirm={() => load(o.defaultSteps)} okText={p.replace} cancelText={t.admin.cancel}>
            <Button data-testid="from-default">{p.fromDefault}</Button>
          </Popconfirm>
          <Tooltip title={!o.draft ? p.needDraft : dirty ? p.unsaved : undefined}>
            <Button disabled={!o.draft || dirty} onClick={() => setApproving(true)} data-testid="approve-process">
              {p.approve}
            </Button>
          </Tooltip>
        </Space>
      </Form>
      <Card size="small" title={p.diagram} style={{ marginBottom: 16 }}>
        <FlowDiagram steps={steps} units={units} agencyName={agencyName} />
      </Card>
      <Typography.Title level={4}>{p.versions}</Typography.Title>
      <ProcessVersions versions={o.versions} inForceId={o.inForce?.id ?? null} onLoad={(v) => load(v.steps)} />
      {o.draft && <ApproveModal code={o.procedureCode} agencyCode={o.agencyCode} draftVersion={o.draft.versionNo} open={approving} onClose={() => setApproving(false)} />}
    </>
  );
}

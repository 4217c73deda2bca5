import { Alert, App, AutoComplete, Form, Input, InputNumber, Modal, Radio, Select, Switch } from 'antd';
import { useState, type ReactNode } from 'react';
import { PAKN_CATEGORIES, PAKN_PAYLOADS, type PaknAction } from '../../../domain/pakn';
import { ApiError } from '../../api/client';
import { useI18n } from '../../i18n';
import { flatten, useAgencies } from '../agencies/queries';
import { problemDetail, showFieldProblems } from '../dossiers/problems';
import { cleanBody } from './FeedbackFields';
import { usePaknAction } from './queries';
import type { OfficerItem } from './types';

type Field = { name: string; required?: boolean; control: ReactNode };

/** The fields of each officer action, matching PAKN_PAYLOADS (the server checks the same schema). */
function useFields(action: PaknAction, item: OfficerItem, form: ReturnType<typeof Form.useForm<Record<string, unknown>>>[0]): Field[] {
  const { t } = useI18n();
  const f = t.pakn.fields;
  const agencies = flatten(useAgencies().data ?? []);
  const text = (rows = 3, max = 4000) => <Input.TextArea autoSize={{ minRows: rows, maxRows: 16 }} maxLength={max} />;
  const yesNo = (yes: string, no: string) => <Radio.Group options={[{ value: true, label: yes }, { value: false, label: no }]} />;
  switch (action) {
    case 'acknowledge':
    case 'approve':
      return [{ name: 'note', control: text(2, 2000) }];
    case 'refuse':
    case 'return_draft':
      return [{ name: 'reason', required: true, control: text() }];
    case 'classify':
      return [
        { name: 'category', required: true, control: <Radio.Group options={PAKN_CATEGORIES.map((c) => ({ value: c, label: t.pakn.category[c] }))} /> },
        { name: 'withinCompetence', required: true, control: yesNo(f.yes, f.no) },
        { name: 'procedureCode', control: <Input maxLength={8} autoComplete="off" /> },
        { name: 'dossierCode', control: <Input maxLength={40} autoComplete="off" /> },
        { name: 'note', control: text(2, 2000) },
      ];
    case 'forward':
      return [
        {
          name: 'agencyId',
          control: (
            <Select
              allowClear
              showSearch={{ optionFilterProp: 'title' }}
              onChange={(id: string | undefined) => id && form.setFieldValue('to', agencies.find((a) => a.id === id)?.name)}
              options={agencies.filter((a) => a.id !== item.agency.id).map((a) => ({ value: a.id, title: a.name, label: <span style={{ paddingLeft: a.depth * 12 }}>{a.name}</span> }))}
            />
          ),
        },
        { name: 'to', required: true, control: <Input maxLength={300} /> },
        { name: 'reason', required: true, control: text() },
      ];
    case 'merge':
      return [
        { name: 'originalCode', required: true, control: <AutoComplete options={item.duplicateCandidates.map((c) => ({ value: c.code, label: `${c.code} · ${c.title}` }))} /> },
        { name: 'note', control: text(2, 2000) },
      ];
    case 'request_supplement':
      return [{ name: 'request', required: true, control: text() }];
    case 'supplement':
      return [{ name: 'text', required: true, control: text(4, 8000) }];
    case 'draft_answer':
      return [
        { name: 'answer', required: true, control: text(8, 20_000) },
        ...(item.category === 'behaviour' ? [{ name: 'substantiated', required: true, control: yesNo(f.founded, f.unfounded) }] : []),
      ];
    case 'publish':
      return [
        { name: 'publicly', control: <Switch /> },
        { name: 'note', control: text(2, 2000) },
      ];
    case 'extend':
      return [
        { name: 'days', required: true, control: <InputNumber min={1} max={item.ruleSet.maxExtensionDays} precision={0} /> },
        { name: 'reason', required: true, control: text() },
      ];
    case 'rate':
      return [];
  }
}

const initial = (action: PaknAction, item: OfficerItem, preset: Record<string, unknown>): Record<string, unknown> => {
  switch (action) {
    case 'classify':
      return { category: item.category ?? undefined, withinCompetence: item.withinCompetence ?? true, procedureCode: item.procedure?.code, dossierCode: item.dossierCode ?? undefined };
    case 'draft_answer':
      return { answer: item.answer ?? undefined, substantiated: item.substantiated ?? undefined };
    case 'publish':
      return { publicly: item.category !== 'behaviour' };
    case 'extend':
      return { days: 1 };
    default:
      return preset;
  }
};

/**
 * The small form of one action: checked against the domain's payload schema, then posted with the
 * version on screen. A 409 closes the form and reloads the item; field problems land on their fields.
 */
export function PaknActionModal({ action, item, preset = {}, onClose }: { action: PaknAction; item: OfficerItem; preset?: Record<string, unknown>; onClose: () => void }) {
  const { t, fmt } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Record<string, unknown>>();
  const act = usePaknAction(item.code);
  const [problem, setProblem] = useState<string | null>(null);
  const fields = useFields(action, item, form);
  const label = t.pakn.actions[action];
  const danger = action === 'refuse';

  const send = (values: Record<string, unknown>) => {
    setProblem(null);
    const payload = cleanBody(values);
    const parsed = PAKN_PAYLOADS[action].safeParse(payload);
    if (!parsed.success) {
      form.setFields(parsed.error.issues.map((i) => ({ name: String(i.path[0] ?? ''), errors: [i.message] })));
      return;
    }
    act.mutate(
      { action, version: item.version, payload },
      {
        onSuccess: () => {
          void message.success(fmt(t.pakn.workspace.done, { action: label }));
          onClose();
        },
        onError: (e) => {
          if (e instanceof ApiError && e.status === 409) {
            void message.error(`${e.detail} ${t.pakn.workspace.reloaded}`, 8);
            onClose();
            return;
          }
          const rest = showFieldProblems(form, e, fields.map((x) => x.name), 'payload.');
          if (rest.length > 0 || !(e instanceof ApiError && e.status === 400)) setProblem(problemDetail(e, t.error.generic));
        },
      },
    );
  };
  const submit = () => form.validateFields().then(send, () => undefined);

  return (
    <Modal open title={`${label} · ${item.code}`} okText={label} okButtonProps={{ danger }} cancelText={t.pakn.workspace.cancel} confirmLoading={act.isPending} onOk={() => void submit()} onCancel={onClose} destroyOnHidden width={action === 'draft_answer' ? 760 : 560}>
      {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 12 }} data-testid="pakn-action-problem" />}
      <Form form={form} layout="vertical" data-testid="pakn-action-form" initialValues={initial(action, item, preset)} onFinish={() => void submit()}>
        {fields.map((field) => (
          <Form.Item
            key={field.name}
            name={field.name}
            label={t.pakn.fields[field.name as keyof typeof t.pakn.fields]}
            valuePropName={field.name === 'publicly' ? 'checked' : 'value'}
            rules={field.required ? [{ required: true, message: fmt(t.pakn.fields.required, { field: String(t.pakn.fields[field.name as keyof typeof t.pakn.fields]).toLowerCase() }) }] : []}
          >
            {field.control}
          </Form.Item>
        ))}
      </Form>
    </Modal>
  );
}

import { Alert, App, DatePicker, Form, Input, InputNumber, Modal, Radio, Select } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { PAYLOADS, type ActionName } from '../../../domain/dossier';
import { ApiError } from '../../api/client';
import { useI18n } from '../../i18n';
import { flatten, useAgencies } from '../agencies/queries';
import { ACTION_FIELDS, DANGEROUS, payloadOf, type PayloadField } from './action-fields';
import { problemDetail, showFieldProblems } from './problems';
import { useDossierAction } from './queries';
import type { Catalogue } from '../../i18n/vi';
import type { DossierView } from './types';

const groupDigits = (v: number | string | undefined) => String(v ?? '').replace(/\B(?=(\d{3})+(?!\d))/g, '.');

type Context = { t: Catalogue; dossier: DossierView; suggestions: string[]; agencies: ReturnType<typeof flatten> };

/** The control of one payload field; returned as an element (not a component) so Form.Item hands it the value and onChange. */
function fieldControl(field: PayloadField, { t, dossier, suggestions, agencies }: Context) {
  switch (field.kind) {
    case 'textarea':
      return <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={2000} />;
    case 'text':
      return <Input maxLength={field.name === 'trackingNumber' ? 64 : 500} autoComplete="off" />;
    case 'tags':
      return <Select mode="tags" placeholder={t.dossier.payload.tagsHint} options={suggestions.map((s) => ({ value: s, label: s }))} />;
    case 'date': {
      // A new due date must be after the current one; other dates (reply due) from today on.
      const min = field.name === 'newDueDate' && dossier.dueAt ? dayjs(dossier.dueAt).add(1, 'day') : dayjs();
      return <DatePicker format="DD/MM/YYYY" style={{ width: '100%' }} disabledDate={(d) => d.isBefore(min, 'day')} />;
    }
    case 'datetime':
      return <DatePicker showTime={{ format: 'HH:mm' }} format="DD/MM/YYYY HH:mm" style={{ width: '100%' }} />;
    case 'money':
      return <InputNumber<number> min={1} precision={0} style={{ width: '100%' }} formatter={groupDigits} parser={(v) => Number((v ?? '').replace(/\D/g, ''))} suffix="₫" />;
    case 'method':
      return <Radio.Group options={(['counter', 'post', 'electronic'] as const).map((m) => ({ value: m, label: t.dossier.method[m] }))} />;
    case 'agency':
      return (
        <Select
          showSearch={{ optionFilterProp: 'title' }}
          options={agencies.filter((a) => a.code !== dossier.handlingAgency).map((a) => ({ value: a.code, title: a.name, label: <span style={{ paddingLeft: a.depth * 12 }}>{a.name}</span> }))}
        />
      );
  }
}

/**
 * The small form of one action, checked against the domain's payload schema, then posted with the
 * version on screen. A 409 (someone acted first, or the action is no longer allowed) closes the
 * form, says why and reloads the dossier; field problems from the server land on their fields.
 */
export function ActionModal({ action, dossier, suggestions, onClose }: { action: ActionName; dossier: DossierView; suggestions: string[]; onClose: () => void }) {
  const { t, fmt } = useI18n();
  const p = t.dossier.payload;
  const agencies = flatten(useAgencies().data ?? []);
  const { message } = App.useApp();
  const [form] = Form.useForm<Record<string, unknown>>();
  const act = useDossierAction(dossier.code);
  const [problem, setProblem] = useState<string | null>(null);
  const label = t.dossier.actions[action];
  const method = Form.useWatch('method', form) as string | undefined;
  const fields = ACTION_FIELDS[action].filter((field) => field.name !== 'trackingNumber' || method === 'post');

  const send = (values: Record<string, unknown>) => {
    setProblem(null);
    const payload = payloadOf(fields, values);
    const parsed = PAYLOADS[action].safeParse(payload);
    if (!parsed.success) {
      form.setFields(parsed.error.issues.map((i) => ({ name: String(i.path[0] ?? ''), errors: [i.message] })));
      return;
    }
    act.mutate(
      { action, version: dossier.version, payload },
      {
        onSuccess: () => {
          void message.success(fmt(t.dossier.page.done, { action: label }));
          onClose();
        },
        onError: (e) => {
          if (e instanceof ApiError && e.status === 409) {
            void message.error(`${e.detail} ${t.dossier.page.reloaded}`, 8);
            onClose();
            return;
          }
          const rest = showFieldProblems(form, e, fields.map((x) => x.name), 'payload.');
          if (rest.length || !(e instanceof ApiError && e.status === 400)) setProblem(problemDetail(e, t.error.generic));
        },
      },
    );
  };
  const submit = () => form.validateFields().then(send, () => undefined);

  return (
    <Modal
      open
      title={`${label} · ${dossier.code}`}
      okText={label}
      okButtonProps={{ danger: DANGEROUS.includes(action) }}
      cancelText={t.admin.cancel}
      confirmLoading={act.isPending}
      onOk={() => void submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 12 }} data-testid="action-problem" />}
      <Form form={form} layout="vertical" data-testid="action-form" initialValues={action === 'return_result' ? { method: 'counter' } : {}} onFinish={() => void submit()}>
        {fields.map((field) => (
          <Form.Item key={field.name} name={field.name} label={p[field.name]} rules={field.required ? [{ required: true, message: fmt(p.required, { field: p[field.name].toLowerCase() }) }] : []}>
            {fieldControl(field, { t, dossier, suggestions, agencies })}
          </Form.Item>
        ))}
      </Form>
    </Modal>
  );
}

import { Alert, App, Button, Card, Col, Form, Input, Row, Select, Space, Switch } from 'antd';
import { useState } from 'react';
import { AGENCY_LEVELS } from '../../../domain/agency';
import type { DueUnit } from '../../../domain/calendar';
import { ONLINE_LEVELS, type ChannelInfo, type DocumentItem, type OnlineLevel, type ProcessingTime, type ReusableKind } from '../../../domain/procedure';
import { ApiError } from '../../api/client';
import { useI18n } from '../../i18n';
import { ChannelsList, DocumentsList, LegalBasesList } from './DraftEditorLists';
import { useSaveDraft } from './queries';
import type { ProcedureRecord } from './types';

/** Form values: the record with its nulls as undefined, so that selects show their placeholder. */
type Values = Omit<ProcedureRecord, 'onlineLevel' | 'channels' | 'documents'> & {
  onlineLevel?: OnlineLevel;
  channels: (Omit<ChannelInfo, 'processingTime'> & { processingTime: Omit<ProcessingTime, 'unit'> & { unit?: DueUnit } })[];
  documents: (Omit<DocumentItem, 'reuse' | 'forms'> & { reuse?: ReusableKind; forms?: { name?: string; url?: string | null }[] })[];
};
type FieldError = { name: string; reason: string };

/** An empty record with one in-person channel, for a new procedure. */
export const emptyRecord = (code: string): ProcedureRecord => ({
  code,
  name: '',
  field: '',
  levels: ['province'],
  implementingAgency: '',
  decisionRef: '',
  channels: [{ channel: 'direct', processingTime: { amount: null, unit: 'working_days', asWritten: '' }, fees: [] }],
  documents: [],
  onlineLevel: 'none',
  locationIndependent: false,
  legalBases: [],
  subjects: '',
  result: '',
  conditions: '',
  formFields: [],
});

const toValues = (r: ProcedureRecord): Values => ({
  ...r,
  onlineLevel: r.onlineLevel ?? undefined,
  channels: r.channels.map((c) => ({ ...c, processingTime: { ...c.processingTime, unit: c.processingTime.unit ?? undefined } })),
  documents: r.documents.map((d) => ({ ...d, reuse: d.reuse ?? undefined })),
});

const text = (s: string | undefined | null) => (s ?? '').trim();
const num = (n: number | undefined | null) => (typeof n === 'number' ? n : null);

/** Form values back to an interchange record: empty optional values become "" or null; the online form's fields (not edited here) are kept. */
function toRecord(code: string, v: Values, formFields: ProcedureRecord['formFields']): ProcedureRecord {
  return {
    code,
    name: text(v.name),
    field: text(v.field),
    levels: v.levels ?? [],
    implementingAgency: text(v.implementingAgency),
    decisionRef: text(v.decisionRef),
    channels: (v.channels ?? []).map((c) => ({
      channel: c.channel,
      processingTime: { amount: num(c.processingTime?.amount), unit: c.processingTime?.unit ?? null, asWritten: text(c.processingTime?.asWritten) },
      fees: (c.fees ?? []).map((f) => ({ label: text(f.label), amount: num(f.amount), asWritten: text(f.asWritten) })),
    })),
    documents: (v.documents ?? []).map((d) => ({
      name: text(d.name),
      copies: text(d.copies),
      required: !!d.required,
      forms: (d.forms ?? []).map((f) => ({ name: text(f?.name), url: text(f?.url) || null })).filter((f) => f.name !== '' || f.url !== null),
      reuse: d.reuse ?? null,
    })),
    onlineLevel: v.onlineLevel ?? null,
    locationIndependent: !!v.locationIndependent,
    legalBases: (v.legalBases ?? []).map(text).filter(Boolean),
    subjects: text(v.subjects),
    result: text(v.result),
    conditions: text(v.conditions),
    formFields,
  };
}

/** "channels.0.processingTime.amount" → ['channels', 0, 'processingTime', 'amount'] (a form field path). */
const fieldPath = (name: string) => name.split('.').filter(Boolean).map((s) => (/^\d+$/.test(s) ? Number(s) : s));

/**
 * Edits a procedure's draft as a form and saves it with the server's optimistic lock. The server
 * validates like an import; its problems are shown on the fields they concern and listed above.
 */
export function DraftEditor({ code, initial, lockVersion, onSaved, onReload }: { code: string; initial: ProcedureRecord; lockVersion: number | null; onSaved?: () => void; onReload: () => void }) {
  const { t } = useI18n();
  const a = t.catalogueAdmin;
  const p = t.procedure;
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const save = useSaveDraft();
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [conflict, setConflict] = useState<string | null>(null);

  const submit = (v: Values) => {
    setErrors([]);
    setConflict(null);
    save.mutate(
      { code, record: toRecord(code, v, initial.formFields ?? []), lockVersion },
      {
        onSuccess: () => {
          void message.success(a.draftSaved);
          onSaved?.();
        },
        onError: (e) => {
          if (e instanceof ApiError && e.status === 409) return setConflict(e.detail);
          const list = e instanceof ApiError && Array.isArray(e.body.errors) ? (e.body.errors as FieldError[]) : [];
          if (list.length === 0) return void message.error(e.message);
          setErrors(list);
          form.setFields(list.map((x) => ({ name: fieldPath(x.name) as never, errors: [x.reason] })));
        },
      },
    );
  };

  return (
    <Form form={form} layout="vertical" initialValues={toValues(initial)} data-testid="draft-editor" onFinish={submit}>
      {conflict && <Alert type="error" showIcon title={conflict} action={<Button onClick={onReload}>{a.reload}</Button>} style={{ marginBottom: 12 }} />}
      {errors.length > 0 && (
        <Alert
          type="error"
          showIcon
          data-testid="draft-errors"
          title={a.invalid}
          description={
            <ul style={{ margin: 0, paddingLeft: 20 }}>
              {errors.map((e, i) => (
                <li key={i}>{e.reason}{e.name ? ` (${e.name})` : ''}</li>
              ))}
            </ul>
          }
          style={{ marginBottom: 12 }}
        />
      )}
      <Card size="small" title={a.general} style={{ marginBottom: 16 }}>
        <Row gutter={12}>
          <Col xs={24} md={6}>
            <Form.Item label={p.code} required>
              <Input value={code} disabled />
            </Form.Item>
          </Col>
          <Col xs={24} md={18}>
            <Form.Item name="name" label={p.name} rules={[{ required: true, whitespace: true }]}>
              <Input.TextArea autoSize={{ minRows: 1, maxRows: 3 }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="field" label={p.field} rules={[{ required: true, whitespace: true }]}>
              <Input />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="levels" label={p.levels} rules={[{ required: true }]}>
              <Select mode="multiple" options={AGENCY_LEVELS.map((l) => ({ value: l, label: t.level[l] }))} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="onlineLevel" label={p.onlineLevel}>
              <Select allowClear placeholder={p.online.unknown} options={ONLINE_LEVELS.map((o) => ({ value: o, label: p.online[o] }))} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="implementingAgency" label={p.implementingAgency} rules={[{ required: true, whitespace: true }]}>
              <Input />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="decisionRef" label={p.decisionRef} rules={[{ required: true, whitespace: true }]}>
              <Input placeholder="163/QĐ-BTP" />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item name="locationIndependent" label={p.locationIndependent} valuePropName="checked" extra={p.locationIndependentNote}>
              <Switch data-testid="location-independent-switch" aria-label={p.locationIndependent} />
            </Form.Item>
          </Col>
        </Row>
      </Card>
      <Card size="small" title={p.channelsTitle} style={{ marginBottom: 16 }}>
        <ChannelsList />
      </Card>
      <Card size="small" title={p.documentsTitle} style={{ marginBottom: 16 }}>
        <DocumentsList />
      </Card>
      <Card size="small" title={p.legalBases} style={{ marginBottom: 16 }}>
        <LegalBasesList />
      </Card>
      <Card size="small" style={{ marginBottom: 16 }}>
        <Form.Item name="subjects" label={p.subjects}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
        </Form.Item>
        <Form.Item name="conditions" label={p.conditions}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} />
        </Form.Item>
        <Form.Item name="result" label={p.result}>
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} />
        </Form.Item>
      </Card>
      <Space>
        <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="save-draft">
          {a.saveDraft}
        </Button>
      </Space>
    </Form>
  );
}

import { Alert, Button, Card, Checkbox, Col, Form, Input, Radio, Row, Select, Space, Typography } from 'antd';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { Channel } from '../../../domain/procedure';
import { useI18n } from '../../i18n';
import { TimeCell } from '../catalogue/display';
import { useProcedure } from '../catalogue/queries';
import type { ProcedureDetail } from '../catalogue/types';
import { ApplicantFields } from './ApplicantFields';
import { checklistOf, DocumentChecklist, type DocumentRow } from './DocumentChecklist';
import { showFieldProblems, problemDetail } from './problems';
import { ProcedurePicker } from './ProcedurePicker';
import { useReceiveDossier } from './queries';
import type { Applicant, DossierView, ReceiptInput } from './types';

type ApplicantValues = { kind: Applicant['kind']; name?: string; idNumber?: string; phone?: string; email?: string; address?: string };
type Values = { agencyCode: string; procedureCode?: string; channel: Channel; applicant: ApplicantValues; hasOwner?: boolean; owner?: ApplicantValues; documents?: DocumentRow[]; note?: string };

const KNOWN_FIELDS = ['procedureCode', 'channel', 'agencyCode', 'note', 'documents', ...['applicant', 'owner'].flatMap((p) => ['kind', 'name', 'idNumber', 'phone', 'email', 'address'].map((f) => `${p}.${f}`))];

/** A UUID for the Idempotency-Key, also where `crypto.randomUUID` is missing (plain HTTP on an office network). */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

const blank = (s: string | undefined) => (s?.trim() ? s.trim() : undefined);
const applicantOf = (a: ApplicantValues): Applicant => ({ kind: a.kind, name: a.name?.trim() ?? '', idNumber: a.idNumber?.trim() ?? '', phone: blank(a.phone), email: blank(a.email), address: blank(a.address) });

function bodyOf(v: Values): ReceiptInput {
  return {
    procedureCode: v.procedureCode ?? '',
    channel: v.channel,
    agencyCode: v.agencyCode,
    applicant: applicantOf(v.applicant),
    owner: v.hasOwner && v.owner ? applicantOf(v.owner) : null,
    documents: (v.documents ?? [])
      .filter((d) => d.received)
      .map((d) => ({ name: d.name, ...(d.copies ? { copies: d.copies } : {}), digitised: d.digitised && !!d.fileId, ...(d.fileId ? { fileId: d.fileId, source: 'upload' as const } : {}) })),
    note: blank(v.note) ?? null,
  };
}

/** Plain Enter in a text box must not receive the dossier by accident; Ctrl+Enter (⌘+Enter) does. */
function onFormKey(e: KeyboardEvent, submit: () => void) {
  if (e.key !== 'Enter') return;
  if (e.ctrlKey || e.metaKey) {
    e.preventDefault();
    submit();
    return;
  }
  const el = e.target as HTMLElement;
  if (el.tagName === 'INPUT' && el.getAttribute('role') !== 'combobox') e.preventDefault();
}

/**
 * The counter form: procedure, applicant, optional owner, document checklist, channel, note. One
 * Idempotency-Key per receipt, reused on every retry until it succeeds, so a double submit or a
 * lost answer never numbers two dossiers.
 */
export function ReceiptForm({ agencies, onDone }: { agencies: { code: string; name: string }[]; onDone: (d: DossierView, p: ProcedureDetail | undefined) => void }) {
  const { t } = useI18n();
  const c = t.dossier.counter;
  const [form] = Form.useForm<Values>();
  const receive = useReceiveDossier();
  const key = useRef<string | null>(null);
  const [general, setGeneral] = useState<string | null>(null);
  const agencyCode: string | undefined = Form.useWatch('agencyCode', form);
  const procedureCode: string | undefined = Form.useWatch('procedureCode', form);
  const hasOwner: boolean = Form.useWatch('hasOwner', form) ?? false;
  const procedure = useProcedure(procedureCode);
  const channels = procedure.data?.assignments.find((a) => a.agencyCode === agencyCode)?.channels ?? procedure.data?.channels.map((ch) => ch.channel) ?? ['direct', 'online', 'postal'];
  const time = procedure.data?.channels.find((ch) => ch.channel === 'direct')?.processingTime ?? procedure.data?.channels[0]?.processingTime;

  useEffect(() => {
    // A new procedure brings its own checklist and the channels its assignment allows.
    form.setFieldValue('documents', procedure.data ? checklistOf(procedure.data.documents) : []);
    const ch = form.getFieldValue('channel') as Channel;
    if (procedure.data && !channels.includes(ch)) form.setFieldValue('channel', channels[0]);
  }, [procedure.data, form]); // only when the procedure changes: `channels` follows from it

  const submit = () => {
    setGeneral(null);
    // Every value, not only those with a field: a checklist row's name and copies are plain values.
    const v = form.getFieldsValue(true) as Values;
    key.current ??= newIdempotencyKey();
    receive.mutate(
      { key: key.current, body: bodyOf(v) },
      {
        onSuccess: (d) => {
          key.current = null;
          onDone(d, procedure.data);
        },
        onError: (e) => {
          const rest = showFieldProblems(form, e, KNOWN_FIELDS);
          setGeneral(rest.length || !form.getFieldsError().some((f) => f.errors.length) ? problemDetail(e, t.error.generic) : c.fixErrors);
        },
      },
    );
  };

  return (
    <div onKeyDown={(e) => onFormKey(e, () => form.submit())}>
      <Form
        form={form}
        layout="vertical"
        data-testid="receipt-form"
        initialValues={{ agencyCode: agencies[0]?.code, channel: 'direct', documents: [] }}
        onFinish={submit}
        onFinishFailed={() => setGeneral(c.fixErrors)}
        scrollToFirstError
      >
        {general && <Alert type="error" showIcon title={general} style={{ marginBottom: 16 }} data-testid="receipt-error" />}
        <Card size="small" style={{ marginBottom: 16 }}>
          <Form.Item name="agencyCode" label={c.agency} hidden={agencies.length < 2}>
            <Select options={agencies.map((a) => ({ value: a.code, label: a.name }))} onChange={() => form.setFieldValue('procedureCode', undefined)} />
          </Form.Item>
          <Form.Item name="procedureCode" label={c.procedure} rules={[{ required: true, message: c.procedureRequired }]} style={{ marginBottom: procedure.data ? 8 : 0 }}>
            <ProcedurePicker agency={agencyCode} autoFocus />
          </Form.Item>
          {procedure.data && (
            <Space wrap size={4} data-testid="procedure-summary">
              <Typography.Text type="secondary">{procedure.data.field} ·</Typography.Text>
              {time && <TimeCell time={time} />}
            </Space>
          )}
        </Card>
        <Row gutter={16}>
          <Col xs={24} lg={14}>
            <Card size="small" title={c.applicant} style={{ marginBottom: 16 }}>
              <ApplicantFields prefix="applicant" />
              <Form.Item name="hasOwner" valuePropName="checked" style={{ marginBottom: hasOwner ? 12 : 0 }}>
                <Checkbox>{c.ownerToggle}</Checkbox>
              </Form.Item>
              {hasOwner && (
                <Card size="small" type="inner" title={c.owner}>
                  <ApplicantFields prefix="owner" />
                </Card>
              )}
            </Card>
          </Col>
          <Col xs={24} lg={10}>
            <Card size="small" title={c.documents} style={{ marginBottom: 16 }}>
              <DocumentChecklist />
            </Card>
            <Card size="small" style={{ marginBottom: 16 }}>
              <Form.Item name="channel" label={t.procedure.channelCol}>
                <Radio.Group options={channels.map((ch) => ({ value: ch, label: t.procedure.channel[ch] }))} />
              </Form.Item>
              <Form.Item name="note" label={c.note} style={{ marginBottom: 0 }}>
                <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
              </Form.Item>
            </Card>
          </Col>
        </Row>
        <Space wrap>
          <Button type="primary" size="large" htmlType="submit" loading={receive.isPending} data-testid="receive-submit">
            {c.submit}
          </Button>
          <Typography.Text type="secondary">
            <kbd>{c.shortcut}</kbd>
          </Typography.Text>
        </Space>
      </Form>
    </div>
  );
}

import { Alert, Form, Input, InputNumber, Modal, Select } from 'antd';
import { useState } from 'react';
import { useI18n } from '../../i18n';
import { problemDetail } from '../dossiers/problems';
import { useAdjustObligation } from './queries';
import type { DossierObligations, ObligationView } from './types';

type Values = Record<string, number | string | undefined> & { exemption?: string; evidence?: string };

/** Copies and pages per item, and an exemption from the schedule with the evidence the applicant showed. */
export function AdjustModal({ data, obligation, onClose }: { data: DossierObligations; obligation: ObligationView; onClose: () => void }) {
  const { t, fmt } = useI18n();
  const s = t.payments.adjust;
  const [form] = Form.useForm<Values>();
  const [problem, setProblem] = useState<string | null>(null);
  const adjust = useAdjustObligation(data.code);
  const exemption = Form.useWatch('exemption', form);
  const initial: Values = { exemption: obligation.exemption?.code ?? '', evidence: obligation.exemption?.evidence ?? '' };
  for (const i of data.items) {
    initial[`copies:${i.key}`] = obligation.quantities?.[i.key]?.copies ?? 1;
    initial[`units:${i.key}`] = obligation.quantities?.[i.key]?.units ?? 1;
  }
  const send = (v: Values) => {
    const quantities = Object.fromEntries(data.items.map((i) => [i.key, { copies: Number(v[`copies:${i.key}`] ?? 1), ...(i.basis === 'per_unit' ? { units: Number(v[`units:${i.key}`] ?? 1) } : {}) }]));
    adjust.mutate(
      { obligationId: obligation.id, version: obligation.version, quantities, exemption: v.exemption ? { code: v.exemption, evidence: String(v.evidence ?? '') } : null },
      { onSuccess: onClose, onError: (e) => setProblem(problemDetail(e, t.error.generic)) },
    );
  };
  return (
    <Modal open title={s.title} okText={s.submit} onOk={() => form.submit()} onCancel={onClose} confirmLoading={adjust.isPending} destroyOnHidden data-testid="adjust-modal">
      {problem && <Alert type="error" showIcon message={problem} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical" initialValues={initial} onFinish={send} requiredMark={false}>
        {data.items.map((i) => (
          <div key={i.key}>
            <Form.Item name={`copies:${i.key}`} label={`${i.label} — ${s.copies}`}>
              <InputNumber min={1} max={10000} precision={0} />
            </Form.Item>
            {i.basis === 'per_unit' && (
              <Form.Item name={`units:${i.key}`} label={fmt(s.units, { unit: i.unitName ?? '' })}>
                <InputNumber min={1} max={100000} precision={0} />
              </Form.Item>
            )}
          </div>
        ))}
        {data.exemptions.length > 0 && (
          <Form.Item name="exemption" label={s.exemption}>
            <Select options={[{ value: '', label: s.none }, ...data.exemptions.map((e) => ({ value: e.code, label: `${e.label} (${e.percent}%)` }))]} />
          </Form.Item>
        )}
        {exemption && (
          <Form.Item name="evidence" label={s.evidence} extra={data.exemptions.find((e) => e.code === exemption)?.evidence} rules={[{ required: true, whitespace: true, message: s.evidenceRequired }]}>
            <Input maxLength={500} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}

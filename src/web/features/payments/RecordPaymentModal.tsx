import { Alert, App, Form, Input, InputNumber, Modal, Radio } from 'antd';
import { useState } from 'react';
import { formatMoney } from '../../format';
import { useI18n } from '../../i18n';
import { problemDetail, showFieldProblems } from '../dossiers/problems';
import { useRecordPayment } from './queries';
import type { ObligationView } from './types';

type Values = { method: 'cash' | 'card' | 'transfer'; amount: number; reference?: string };
const groupDigits = (v: number | string | undefined) => String(v ?? '').replace(/\B(?=(\d{3})+(?!\d))/g, '.');

/**
 * Cash, card or transfer taken at the counter for one obligation: the amount is prefilled and must
 * equal the obligation's; one Idempotency-Key per opened form, so a double click records once.
 */
export function RecordPaymentModal({ code, obligation, onClose }: { code: string; obligation: ObligationView; onClose: () => void }) {
  const { t, fmt } = useI18n();
  const s = t.payments.record;
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [key] = useState(() => crypto.randomUUID());
  const [problem, setProblem] = useState<string | null>(null);
  const record = useRecordPayment(code);
  const method = Form.useWatch('method', form) ?? 'cash';
  const send = (v: Values) => {
    setProblem(null);
    record.mutate(
      { obligationId: obligation.id, key, method: v.method, amount: v.amount, reference: v.reference?.trim() },
      {
        onSuccess: () => {
          void message.success(s.done);
          onClose();
        },
        onError: (e) => {
          showFieldProblems(form, e, ['reference', 'amount', 'method']);
          setProblem(problemDetail(e, t.error.generic));
        },
      },
    );
  };
  return (
    <Modal open title={s.title} okText={s.submit} onOk={() => form.submit()} onCancel={onClose} confirmLoading={record.isPending} destroyOnHidden data-testid="record-payment-modal">
      {problem && <Alert type="error" showIcon message={problem} style={{ marginBottom: 12 }} data-testid="record-payment-problem" />}
      <Form form={form} layout="vertical" initialValues={{ method: 'cash', amount: obligation.amount }} onFinish={send} requiredMark={false}>
        <Form.Item name="method" label={s.method}>
          <Radio.Group optionType="button" options={(['cash', 'card', 'transfer'] as const).map((m) => ({ value: m, label: s[m] }))} data-testid="payment-method" />
        </Form.Item>
        <Form.Item name="amount" label={s.amount} extra={fmt(s.amountHint, { amount: formatMoney(obligation.amount) })} rules={[{ required: true }, { validator: (_, v: number) => (v === obligation.amount ? Promise.resolve() : Promise.reject(new Error(fmt(s.amountHint, { amount: formatMoney(obligation.amount) })))) }]}>
          <InputNumber<number> min={1} precision={0} style={{ width: '100%' }} formatter={groupDigits} parser={(v) => Number((v ?? '').replace(/\D/g, ''))} suffix="₫" data-testid="payment-amount" />
        </Form.Item>
        {method !== 'cash' && (
          <Form.Item name="reference" label={s.reference} rules={[{ required: true, whitespace: true, message: s.referenceRequired }]}>
            <Input maxLength={100} autoComplete="off" data-testid="payment-reference" />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}

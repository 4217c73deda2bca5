import { Alert, App, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useI18n } from '../../i18n';
import { problemDetail } from '../dossiers/problems';
import { useRefundPayment } from './queries';
import type { PaymentView } from './types';

export function RefundModal({ code, payment, onClose }: { code: string; payment: PaymentView; onClose: () => void }) {
  const { t } = useI18n();
  const s = t.payments.refundForm;
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  const [problem, setProblem] = useState<string | null>(null);
  const refund = useRefundPayment(code);
  return (
    <Modal open title={s.title} okText={s.submit} okButtonProps={{ danger: true }} onOk={() => form.submit()} onCancel={onClose} confirmLoading={refund.isPending} destroyOnHidden>
      {problem && <Alert type="error" showIcon message={problem} style={{ marginBottom: 12 }} />}
      <Form
        form={form}
        layout="vertical"
        onFinish={(v) =>
          refund.mutate(
            { paymentId: payment.id, reason: v.reason },
            {
              onSuccess: () => {
                void message.success(s.done);
                onClose();
              },
              onError: (e) => setProblem(problemDetail(e, t.error.generic)),
            },
          )
        }
      >
        <Form.Item name="reason" label={s.reason} rules={[{ required: true, min: 5 }]}>
          <Input.TextArea autoSize={{ minRows: 2 }} maxLength={1000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

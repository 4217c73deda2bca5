import { App, Col, DatePicker, Form, Input, Modal, Row, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useI18n } from '../../i18n';
import { useApproveProcess } from './queries';

type Values = { decisionNumber: string; decisionDate: Dayjs; approvedBy: string; effectiveFrom: Dayjs };
const DATE = 'DD/MM/YYYY';

/** Approving the saved draft by a decision (number, date, who signed it) from a date on. */
export function ApproveModal({ code, agencyCode, draftVersion, open, onClose }: { code: string; agencyCode: string; draftVersion: number; open: boolean; onClose: () => void }) {
  const { t, fmt } = useI18n();
  const p = t.process;
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const approve = useApproveProcess(code, agencyCode);

  const submit = async () => {
    const v = await form.validateFields();
    approve.mutate(
      { decisionNumber: v.decisionNumber.trim(), decisionDate: v.decisionDate.format('YYYY-MM-DD'), approvedBy: v.approvedBy.trim(), effectiveFrom: v.effectiveFrom.format('YYYY-MM-DD') },
      {
        onSuccess: () => {
          void message.success(p.approved);
          form.resetFields();
          onClose();
        },
        onError: (e) => void message.error(e.message),
      },
    );
  };

  return (
    <Modal open={open} title={p.approveTitle} okText={p.approve} cancelText={t.admin.cancel} onOk={() => void submit()} onCancel={onClose} confirmLoading={approve.isPending} forceRender>
      <Typography.Paragraph type="secondary">{fmt(p.approveHint, { version: String(draftVersion) })}</Typography.Paragraph>
      <Form form={form} layout="vertical" initialValues={{ decisionDate: dayjs(), effectiveFrom: dayjs() }} data-testid="approve-form">
        <Row gutter={12}>
          <Col xs={24} sm={12}>
            <Form.Item name="decisionNumber" label={p.decisionNumber} rules={[{ required: true, whitespace: true }, { max: 100 }]}>
              <Input placeholder="12/QĐ-STP" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="decisionDate" label={p.decisionDate} rules={[{ required: true }]}>
              <DatePicker format={DATE} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="approvedBy" label={p.approvedBy} rules={[{ required: true, whitespace: true }, { max: 200 }]}>
              <Input placeholder={p.approvedByHint} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="effectiveFrom" label={p.effectiveFrom} rules={[{ required: true }]}>
              <DatePicker format={DATE} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}

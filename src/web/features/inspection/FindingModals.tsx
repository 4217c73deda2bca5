import { App, DatePicker, Form, Input, InputNumber, Modal, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useI18n } from '../../i18n';
import { useInspectionMutations } from '../review/queries';
import { AgencyPicker } from '../review/pickers';
import type { Finding } from '../review/types';

const codes = (s?: string) => (s ?? '').split(/[\s,;]+/).map((x) => x.trim()).filter(Boolean);

/** A visit of the plan to one agency on a date. */
export function VisitModal({ planId, onClose }: { planId: string; onClose: () => void }) {
  const { t } = useI18n();
  const c = t.review.inspection;
  const { message } = App.useApp();
  const { addVisit } = useInspectionMutations();
  const [form] = Form.useForm<{ agency: string; visitDate: Dayjs; team?: string }>();
  const submit = async () => {
    const v = await form.validateFields();
    addVisit.mutate({ planId, agency: v.agency, visitDate: v.visitDate.format('YYYY-MM-DD'), team: v.team?.trim() ?? '' }, { onSuccess: onClose, onError: (e) => void message.error(e.message) });
  };
  return (
    <Modal open title={c.addVisit} onOk={() => void submit()} onCancel={onClose} okText={t.review.common.save} cancelText={t.review.common.cancel} confirmLoading={addVisit.isPending}>
      <Form form={form} layout="vertical">
        <Form.Item name="agency" label={t.review.common.agency} rules={[{ required: true }]}>
          <AgencyPicker />
        </Form.Item>
        <Form.Item name="visitDate" label={c.visitDate} rules={[{ required: true }]}>
          <DatePicker format="DD/MM/YYYY" style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="team" label={c.team}>
          <Input />
        </Form.Item>
      </Form>
    </Modal>
  );
}

type FindingValues = { description: string; severity: 'minor' | 'major'; dossierCodes?: string; procedureCodes?: string; unitCode?: string; fixRequired: string; dueWorkingDays: number };

/** A finding of a visit, with links and the fix required within N working days (the server computes the date). */
export function FindingModal({ visitId, onClose }: { visitId: string; onClose: () => void }) {
  const { t } = useI18n();
  const c = t.review.inspection;
  const { message } = App.useApp();
  const { addFinding } = useInspectionMutations();
  const [form] = Form.useForm<FindingValues>();
  const submit = async () => {
    const v = await form.validateFields();
    addFinding.mutate(
      { visitId, description: v.description, severity: v.severity, dossierCodes: codes(v.dossierCodes), procedureCodes: codes(v.procedureCodes), unitCode: v.unitCode?.trim() || null, fixRequired: v.fixRequired, dueWorkingDays: v.dueWorkingDays },
      { onSuccess: onClose, onError: (e) => void message.error(e.message) },
    );
  };
  return (
    <Modal open title={c.addFinding} onOk={() => void submit()} onCancel={onClose} okText={t.review.common.save} cancelText={t.review.common.cancel} confirmLoading={addFinding.isPending}>
      <Form form={form} layout="vertical" initialValues={{ severity: 'minor', dueWorkingDays: 10 }}>
        <Form.Item name="description" label={c.description} rules={[{ required: true, whitespace: true }]}>
          <Input.TextArea autoSize={{ minRows: 2 }} />
        </Form.Item>
        <Form.Item name="severity" label={c.severity}>
          <Select options={(['minor', 'major'] as const).map((s) => ({ value: s, label: c.severities[s] }))} />
        </Form.Item>
        <Form.Item name="dossierCodes" label={c.dossiers}>
          <Input placeholder="000.00.17.H04-261120-0001" />
        </Form.Item>
        <Form.Item name="procedureCodes" label={c.procedures}>
          <Input placeholder="3.000334" />
        </Form.Item>
        <Form.Item name="unitCode" label={c.unit}>
          <Input placeholder="VP" />
        </Form.Item>
        <Form.Item name="fixRequired" label={c.fix} rules={[{ required: true, whitespace: true }]}>
          <Input.TextArea autoSize={{ minRows: 2 }} />
        </Form.Item>
        <Form.Item name="dueWorkingDays" label={c.dueDays} rules={[{ required: true }]}>
          <InputNumber min={1} max={250} precision={0} style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** A follow-up of a finding: the unit reports the fix; the inspector verifies or reopens. */
export function FollowUpModal({ finding, onClose }: { finding: Finding; onClose: () => void }) {
  const { t } = useI18n();
  const c = t.review.inspection;
  const { message } = App.useApp();
  const { followUp } = useInspectionMutations();
  const [form] = Form.useForm<{ status: Finding['status']; note: string }>();
  const submit = async () => {
    const v = await form.validateFields();
    followUp.mutate({ id: finding.id, status: v.status, note: v.note, version: finding.version }, { onSuccess: onClose, onError: (e) => void message.error(e.message) });
  };
  return (
    <Modal open title={c.followUp} onOk={() => void submit()} onCancel={onClose} okText={t.review.common.save} cancelText={t.review.common.cancel} confirmLoading={followUp.isPending}>
      <Form form={form} layout="vertical" initialValues={{ status: finding.status === 'open' ? 'fixed' : 'verified' }}>
        <Form.Item name="status" label={t.review.common.status}>
          <Select options={(['open', 'fixed', 'verified'] as const).map((s) => ({ value: s, label: c.statuses[s] }))} />
        </Form.Item>
        <Form.Item name="note" label={t.review.common.note} rules={[{ required: true, whitespace: true, min: 3 }]}>
          <Input.TextArea autoSize={{ minRows: 2 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

import { App, DatePicker, Form, Input, Modal, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useI18n } from '../../i18n';
import { problemDetail } from '../dossiers/problems';
import { useAssignUnits, useRecordEvent, useSetDeadline } from './queries';
import type { TaskView, UnitRef } from './types';

type Props = { task: TaskView | null; onClose: () => void };

/** Lead (chủ trì) and coordinating (phối hợp) units of a task, among the plan agency's units. */
export function AssignUnitsModal({ task, units, onClose }: Props & { units: UnitRef[] }) {
  const { t } = useI18n();
  const s = t.plans.task;
  const { message } = App.useApp();
  const run = useAssignUnits();
  const [form] = Form.useForm<{ lead: string[]; coordinating: string[] }>();
  const options = units.map((u) => ({ value: u.id, label: u.name }));
  const save = (v: { lead: string[]; coordinating: string[] }) =>
    task && run.mutate({ taskId: task.id, version: task.version, lead: v.lead ?? [], coordinating: v.coordinating ?? [] }, { onSuccess: () => (void message.success(s.saved), onClose()), onError: (e) => void message.error(problemDetail(e, t.error.generic)) });
  return (
    <Modal open={!!task} title={s.assignTitle} onCancel={onClose} onOk={() => form.submit()} confirmLoading={run.isPending} okButtonProps={{ 'data-testid': 'assign-save' } as Record<`data-${string}`, string>} destroyOnHidden>
      {task && (
        <Form form={form} layout="vertical" onFinish={save} initialValues={{ lead: task.leadUnits.map((u) => u.id), coordinating: task.coordinatingUnits.map((u) => u.id) }}>
          <Typography.Paragraph ellipsis={{ rows: 3 }}>{task.content}</Typography.Paragraph>
          <Typography.Paragraph type="secondary">
            {s.lead}: {task.leadText || '—'} · {s.coordinating}: {task.coordinatingText || '—'}
          </Typography.Paragraph>
          <Form.Item name="lead" label={s.leadUnits}>
            <Select mode="multiple" options={options} data-testid="assign-lead" />
          </Form.Item>
          <Form.Item name="coordinating" label={s.coordinatingUnits}>
            <Select mode="multiple" options={options} data-testid="assign-coordinating" />
          </Form.Item>
        </Form>
      )}
    </Modal>
  );
}

/** The deadline as written, corrected (a flagged one): read again by the server. */
export function DeadlineModal({ task, onClose }: Props) {
  const { t } = useI18n();
  const s = t.plans.task;
  const { message } = App.useApp();
  const run = useSetDeadline();
  const [form] = Form.useForm<{ asWritten: string }>();
  const save = (v: { asWritten: string }) => task && run.mutate({ taskId: task.id, version: task.version, asWritten: v.asWritten }, { onSuccess: () => (void message.success(s.saved), onClose()), onError: (e) => void message.error(problemDetail(e, t.error.generic)) });
  return (
    <Modal open={!!task} title={s.deadlineTitle} onCancel={onClose} onOk={() => form.submit()} confirmLoading={run.isPending} destroyOnHidden>
      {task && (
        <Form form={form} layout="vertical" onFinish={save} initialValues={{ asWritten: task.deadline.asWritten }}>
          {task.deadline.flag && <Typography.Paragraph type="warning">{task.deadline.flag}</Typography.Paragraph>}
          <Form.Item name="asWritten" label={s.asWritten} rules={[{ required: true, whitespace: true }]} extra={s.deadlineHint}>
            <Input data-testid="deadline-input" />
          </Form.Item>
        </Form>
      )}
    </Modal>
  );
}

/** The event a task's deadline counts from, recorded by hand: makes one instance of the task. */
export function EventModal({ task, onClose }: Props) {
  const { t } = useI18n();
  const s = t.plans.task;
  const { message } = App.useApp();
  const run = useRecordEvent();
  const [form] = Form.useForm<{ date: Dayjs; ref?: string }>();
  const save = (v: { date: Dayjs; ref?: string }) =>
    task && run.mutate({ taskId: task.id, date: v.date.format('YYYY-MM-DD'), ref: v.ref?.trim() || null }, { onSuccess: () => (void message.success(s.saved), onClose()), onError: (e) => void message.error(problemDetail(e, t.error.generic)) });
  const trigger = task?.deadline.rule.kind === 'event' ? t.plans.triggers[task.deadline.rule.trigger] : '';
  return (
    <Modal open={!!task} title={`${s.eventTitle}: ${trigger}`} onCancel={onClose} onOk={() => form.submit()} confirmLoading={run.isPending} destroyOnHidden>
      <Form form={form} layout="vertical" onFinish={save}>
        <Form.Item name="date" label={s.eventDate} rules={[{ required: true }]}>
          <DatePicker format="DD/MM/YYYY" />
        </Form.Item>
        <Form.Item name="ref" label={s.eventRef}>
          <Input maxLength={100} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

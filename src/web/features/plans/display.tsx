import { Progress, Space, Tag, Tooltip, Typography } from 'antd';
import { describeRule, type InstanceState } from '../../../domain/plans';
import { formatDate } from '../../format';
import { useI18n } from '../../i18n';
import type { InstanceView, TaskView } from './types';

export const STATE_COLOURS: Record<InstanceState, string> = { overdue: 'red', due_soon: 'orange', open: 'blue', ongoing: 'default', done: 'green', done_late: 'volcano' };

export function StateTag({ state }: { state: InstanceState }) {
  const { t } = useI18n();
  return (
    <Tag color={STATE_COLOURS[state]} data-testid="plan-state" data-state={state}>
      {t.plans.state[state]}
    </Tag>
  );
}

/** One instance: label, due date, state and percentage. */
export function InstanceLine({ i }: { i: InstanceView }) {
  return (
    <Space size={4} wrap data-testid="plan-instance">
      {i.label && <Typography.Text type="secondary">{i.label}</Typography.Text>}
      {i.dueDate && <b>{formatDate(i.dueDate)}</b>}
      <StateTag state={i.state} />
      {i.status !== 'not_started' && <Progress percent={i.percent} size="small" style={{ width: 80, margin: 0 }} />}
    </Space>
  );
}

/** The deadline as written, the flag for a human, and where the rule came from. */
export function DeadlineCell({ task }: { task: TaskView }) {
  const { t, fmt } = useI18n();
  const d = task.deadline;
  return (
    <Space orientation="vertical" size={2}>
      <Tooltip title={d.rule.kind === 'unparsed' ? undefined : describeRule(d.rule)}>
        <span>{d.asWritten || '—'}</span>
      </Tooltip>
      {d.flag && (
        <Tooltip title={d.flag}>
          <Tag color="gold" data-testid="deadline-flag">
            {t.plans.task.flagged}
          </Tag>
        </Tooltip>
      )}
      {d.source !== 'deadline' && <Typography.Text type="secondary">({d.source === 'notes' ? t.plans.task.fromNotes : t.plans.task.fromContent})</Typography.Text>}
      {d.rule.kind === 'event' && task.instances.length === 0 && <Typography.Text type="secondary">{fmt(t.plans.task.waiting, { event: t.plans.triggers[d.rule.trigger] })}</Typography.Text>}
    </Space>
  );
}

export const unitNames = (units: { name: string }[], fallback: string) => (units.length > 0 ? units.map((u) => u.name).join(', ') : fallback);

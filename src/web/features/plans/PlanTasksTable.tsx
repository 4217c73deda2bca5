import { CalendarOutlined, EditOutlined, TeamOutlined } from '@ant-design/icons';
import { Button, Grid, Space, Switch, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useI18n } from '../../i18n';
import { DeadlineCell, InstanceLine, unitNames } from './display';
import { AssignUnitsModal, DeadlineModal, EventModal } from './TaskModals';
import type { PlanView, TaskView } from './types';

const headingOf = (t: TaskView) => t.headings.map((h) => `${h.number ? `${h.number}. ` : ''}${h.text}`).join(' › ');

/** The plan's tasks as in its appendix, with units, deadline, instances and the officer's actions. */
export function PlanTasksTable({ plan }: { plan: PlanView }) {
  const { t } = useI18n();
  const s = t.plans.task;
  const wide = !!Grid.useBreakpoint().md;
  const [assigning, setAssigning] = useState<TaskView | null>(null);
  const [editing, setEditing] = useState<TaskView | null>(null);
  const [recording, setRecording] = useState<TaskView | null>(null);
  const [onlyFlagged, setOnlyFlagged] = useState(false);
  const [onlyUnassigned, setOnlyUnassigned] = useState(false);
  const rows = plan.tasks.filter((x) => (!onlyFlagged || x.deadline.flag) && (!onlyUnassigned || x.leadUnits.length === 0));
  return (
    <>
      <Space wrap style={{ marginBottom: 12 }}>
        <Switch checked={onlyFlagged} onChange={setOnlyFlagged} aria-label={t.plans.plan.onlyFlagged} /> {t.plans.plan.onlyFlagged}
        <Switch checked={onlyUnassigned} onChange={setOnlyUnassigned} aria-label={t.plans.plan.onlyUnassigned} /> {t.plans.plan.onlyUnassigned}
      </Space>
      <Table
        data-testid="plan-tasks"
        rowKey="id"
        size="small"
        dataSource={rows}
        pagination={rows.length > 50 ? { pageSize: 50 } : false}
        scroll={{ x: wide ? 1200 : 640 }}
        columns={[
          { title: s.number, width: 60, render: (_, x) => x.number || '—' },
          {
            title: s.content,
            render: (_, x) => (
              <Space orientation="vertical" size={2}>
                {x.headings.length > 0 && <Typography.Text type="secondary">{headingOf(x)}</Typography.Text>}
                <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-line' }} ellipsis={{ rows: 4, expandable: true }}>
                  {x.content}
                </Typography.Paragraph>
                {x.targets.filter((g) => g.key !== 'other').map((g) => (
                  <Tag key={g.key} color="purple">
                    {s.targets}: {Math.round(g.value * 100)}%
                  </Tag>
                ))}
                {!wide && <DeadlineCell task={x} />}
              </Space>
            ),
          },
          {
            title: s.lead,
            width: 170,
            render: (_, x) => (
              <Space orientation="vertical" size={2} data-testid="task-lead">
                <span>{unitNames(x.leadUnits, '')}</span>
                {x.leadUnits.length === 0 && <Tag color="orange">{s.unassigned}</Tag>}
                <Typography.Text type="secondary">{x.leadText}</Typography.Text>
              </Space>
            ),
          },
          { title: s.coordinating, width: 150, responsive: ['lg'], render: (_, x) => <Space orientation="vertical" size={2}><span>{unitNames(x.coordinatingUnits, '')}</span><Typography.Text type="secondary">{x.coordinatingText}</Typography.Text></Space> },
          { title: s.deadline, width: 170, responsive: ['md'], render: (_, x) => <DeadlineCell task={x} /> },
          { title: s.product, width: 150, responsive: ['lg'], render: (_, x) => <span style={{ whiteSpace: 'pre-line' }}>{x.product}</span> },
          { title: s.progress, width: 230, render: (_, x) => <Space orientation="vertical" size={2}>{x.instances.map((i) => <InstanceLine key={i.id} i={i} />)}</Space> },
          ...(plan.canManage
            ? [
                {
                  title: '',
                  width: 60,
                  render: (_: unknown, x: TaskView) => (
                    <Space orientation="vertical" size={2}>
                      <Button size="small" icon={<TeamOutlined />} title={s.assign} aria-label={s.assign} onClick={() => setAssigning(x)} data-testid="task-assign" />
                      <Button size="small" icon={<EditOutlined />} title={s.editDeadline} aria-label={s.editDeadline} onClick={() => setEditing(x)} />
                      {x.deadline.rule.kind === 'event' && <Button size="small" icon={<CalendarOutlined />} title={s.recordEvent} aria-label={s.recordEvent} onClick={() => setRecording(x)} />}
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
      <AssignUnitsModal task={assigning} units={plan.units} onClose={() => setAssigning(null)} />
      <DeadlineModal task={editing} onClose={() => setEditing(null)} />
      <EventModal task={recording} onClose={() => setRecording(null)} />
    </>
  );
}

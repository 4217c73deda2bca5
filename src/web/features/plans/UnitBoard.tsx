import { Badge, Button, Card, Empty, Grid, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { InstanceState } from '../../../domain/plans';
import { formatDate } from '../../format';
import { useI18n } from '../../i18n';
import { STATE_COLOURS, StateTag, unitNames } from './display';
import { useBoard, useOverdue } from './queries';
import { ReportProgressModal } from './ReportProgressModal';
import type { BoardItem } from './types';

const ORDER: InstanceState[] = ['overdue', 'due_soon', 'open', 'ongoing', 'done_late', 'done'];

/** A list of instances: task, plan, due date and state, progress, and "report" for the lead unit. */
export function ItemsTable({ items, onOpen, testId, showUnits = false }: { items: BoardItem[]; onOpen: (i: BoardItem) => void; testId: string; showUnits?: boolean }) {
  const { t, fmt } = useI18n();
  const s = t.plans.board;
  const wide = !!Grid.useBreakpoint().md;
  return (
    <Table
      data-testid={testId}
      rowKey="instanceId"
      size="small"
      dataSource={items}
      pagination={items.length > 20 ? { pageSize: 20 } : false}
      locale={{ emptyText: s.empty }}
      scroll={wide ? { x: 900 } : undefined}
      columns={[
        {
          title: t.plans.task.content,
          render: (_, i) => (
            <Space orientation="vertical" size={0}>
              <Typography.Text ellipsis={{ tooltip: i.content }} style={{ maxWidth: wide ? 420 : 220 }}>
                {i.taskNumber ? `${i.taskNumber}. ` : ''}
                {i.content}
              </Typography.Text>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {`${s.plan}: ${i.planNumber ?? i.planYear} — ${i.planTitle.slice(0, 60)}`}
              </Typography.Text>
              {showUnits && <Typography.Text style={{ fontSize: 12 }}>{unitNames(i.leadUnits, t.plans.task.unassigned)}</Typography.Text>}
              {!wide && <StateTag state={i.state} />}
            </Space>
          ),
        },
        { title: s.due, width: 140, render: (_, i) => <Space orientation="vertical" size={0}>{i.label && <span>{i.label}</span>}<b>{i.dueDate ? formatDate(i.dueDate) : t.plans.task.ongoing}</b>{i.daysLate > 0 && <Typography.Text type="danger">{fmt(s.daysLate, { days: String(i.daysLate) })}</Typography.Text>}</Space> },
        { title: t.plans.task.progress, width: 150, responsive: ['md'], render: (_, i) => <Space size={4}><StateTag state={i.state} />{i.percent}%</Space> },
        {
          title: '',
          width: 130,
          render: (_, i) => (
            <Button size="small" type={i.canReport && i.status !== 'done' ? 'primary' : 'default'} onClick={() => onOpen(i)} data-testid="board-open">
              {i.canReport && i.status !== 'done' ? s.report : s.detail}
            </Button>
          ),
        },
      ]}
    />
  );
}

/** The board per unit (/can-bo/ke-hoach): each unit's tasks as lead and as coordinator; leaders see every unit. */
export function UnitBoard({ year }: { year: number | null }) {
  const { t } = useI18n();
  const s = t.plans.board;
  const board = useBoard(year, null);
  const [open, setOpen] = useState<BoardItem | null>(null);
  if (board.isPending) return <Card loading />;
  if (!board.data) return <Typography.Paragraph>{t.error.generic}</Typography.Paragraph>;
  const b = board.data;
  return (
    <>
      <Space wrap style={{ marginBottom: 12 }} data-testid="board-counts">
        {ORDER.map((k) => (
          <Tag key={k} color={STATE_COLOURS[k]}>
            {s.counts[k]}: {b.counts[k]}
          </Tag>
        ))}
      </Space>
      {b.units.length === 0 && b.unassigned.length === 0 && <Empty description={s.empty} />}
      {b.units.map((u) => (
        <Card
          key={u.unit.id}
          size="small"
          style={{ marginBottom: 16 }}
          data-testid="board-unit"
          data-unit={u.unit.code}
          title={
            <Space wrap>
              <span>{u.unit.name}</span>
              <Typography.Text type="secondary">{u.unit.agencyName}</Typography.Text>
              <Badge count={u.lead.filter((i) => i.state === 'overdue').length} />
            </Space>
          }
        >
          <Typography.Title level={5}>{s.lead}</Typography.Title>
          <ItemsTable items={u.lead} onOpen={setOpen} testId="board-lead" />
          {u.coordinating.length > 0 && (
            <>
              <Typography.Title level={5}>{s.coordinating}</Typography.Title>
              <ItemsTable items={u.coordinating} onOpen={setOpen} testId="board-coordinating" showUnits />
            </>
          )}
        </Card>
      ))}
      {b.unassigned.length > 0 && (
        <Card size="small" title={s.unassigned}>
          <ItemsTable items={b.unassigned} onOpen={setOpen} testId="board-unassigned" />
        </Card>
      )}
      <ReportProgressModal item={open} onClose={() => setOpen(null)} />
    </>
  );
}

/** The leader's list of overdue tasks, longest overdue first. */
export function OverdueList({ year }: { year: number | null }) {
  const { t } = useI18n();
  const overdue = useOverdue(year);
  const [open, setOpen] = useState<BoardItem | null>(null);
  return (
    <>
      <Typography.Title level={4}>{t.plans.board.overdueTitle}</Typography.Title>
      {overdue.isPending ? <Card loading /> : <ItemsTable items={overdue.data ?? []} onOpen={setOpen} testId="overdue-list" showUnits />}
      <ReportProgressModal item={open} onClose={() => setOpen(null)} />
    </>
  );
}

import { AlertOutlined, CheckOutlined } from '@ant-design/icons';
import { App, Button, Card, Grid, Input, Modal, Space, Switch, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { DUTY_NAMES, type DutyState } from '../../../domain/catalogue';
import { formatDate } from '../../format';
import { useI18n } from '../../i18n';
import { useDuties, useMarkDutyDone } from './decision-queries';
import type { Duty } from './types';

export const DUTY_COLOURS: Record<DutyState, string> = { overdue: 'red', due_soon: 'orange', open: 'blue', done: 'green', done_late: 'volcano' };

export function DutyStateTag({ state }: { state: DutyState }) {
  const { t } = useI18n();
  return (
    <Tag color={DUTY_COLOURS[state]} data-testid="duty-state" data-state={state}>
      {t.duty.state[state]}
    </Tag>
  );
}

const decisionHref = (number: string) => `/quan-tri/quyet-dinh?so=${encodeURIComponent(number)}`;

/** The KSTTHC officer's board of publication duties, with "done" and an optional note. */
export function DutyBoard() {
  const { t, lang } = useI18n();
  const u = t.duty;
  const { message } = App.useApp();
  const [onlyOpen, setOnlyOpen] = useState(false);
  const duties = useDuties(onlyOpen);
  const markDone = useMarkDutyDone();
  const [closing, setClosing] = useState<Duty | null>(null);
  const [note, setNote] = useState('');
  // On a phone the state and due date go under the duty's name; the other columns are dropped.
  const wide = !!Grid.useBreakpoint().md;

  const confirm = () =>
    closing &&
    markDone.mutate(
      { id: closing.id, note: note.trim() || null },
      { onSuccess: () => (setClosing(null), void message.success(u.marked)), onError: (e) => void message.error(e.message) },
    );

  return (
    <>
      <Space style={{ marginBottom: 12 }}>
        <Switch checked={onlyOpen} onChange={setOnlyOpen} aria-label={u.onlyOpen} /> {u.onlyOpen}
      </Space>
      <Table
        data-testid="duty-table"
        rowKey="id"
        size="small"
        loading={duties.isPending}
        dataSource={duties.data ?? []}
        locale={{ emptyText: u.empty }}
        scroll={wide ? { x: 960 } : undefined}
        columns={[
          {
            title: u.kind,
            render: (_, d) =>
              wide ? (
                DUTY_NAMES[d.kind][lang]
              ) : (
                <Space orientation="vertical" size={2}>
                  {DUTY_NAMES[d.kind][lang]}
                  <Link to={decisionHref(d.decisionNumber)}>{d.decisionNumber}</Link>
                  <span>
                    {u.dueDate}: <b>{formatDate(d.dueDate)}</b>
                  </span>
                  <DutyStateTag state={d.state} />
                </Space>
              ),
          },
          { title: u.decision, width: 180, responsive: ['md'], render: (_, d) => <Link to={decisionHref(d.decisionNumber)}>{d.decisionNumber}</Link> },
          { title: u.basisDate, width: 110, responsive: ['md'], render: (_, d) => formatDate(d.basisDate) },
          { title: u.dueDate, width: 110, responsive: ['md'], render: (_, d) => <b>{formatDate(d.dueDate)}</b> },
          { title: u.stateCol, width: 150, responsive: ['md'], render: (_, d) => <DutyStateTag state={d.state} /> },
          {
            title: u.doneAt,
            width: wide ? 180 : 130,
            render: (_, d) =>
              d.doneAt ? (
                <Space orientation="vertical" size={0}>
                  {formatDate(d.doneAt)}
                  {d.note && <Typography.Text type="secondary">{d.note}</Typography.Text>}
                </Space>
              ) : (
                <Button size="small" icon={<CheckOutlined />} onClick={() => (setNote(''), setClosing(d))} data-testid="duty-done">
                  {u.done}
                </Button>
              ),
          },
        ]}
      />
      <Modal open={!!closing} title={u.doneTitle} okText={u.done} cancelText={t.admin.cancel} onOk={confirm} onCancel={() => setClosing(null)} confirmLoading={markDone.isPending}>
        {closing && <Typography.Paragraph>{DUTY_NAMES[closing.kind][lang]} — {closing.decisionNumber}</Typography.Paragraph>}
        <Input.TextArea aria-label={u.note} placeholder={u.note} value={note} onChange={(e) => setNote(e.target.value)} autoSize={{ minRows: 2, maxRows: 4 }} />
      </Modal>
    </>
  );
}

/** The compact warning on the administration home page: how many duties are overdue or due soon. */
export function DutySummaryCard() {
  const { t } = useI18n();
  const u = t.duty;
  const duties = useDuties(true);
  const overdue = (duties.data ?? []).filter((d) => d.state === 'overdue').length;
  const dueSoon = (duties.data ?? []).filter((d) => d.state === 'due_soon').length;
  return (
    <Card
      size="small"
      loading={duties.isPending}
      data-testid="duty-summary"
      title={
        <Space>
          <AlertOutlined style={{ color: overdue ? '#cf1322' : dueSoon ? '#d46b08' : undefined }} />
          <Link to="/quan-tri/nhiem-vu">{u.summaryTitle}</Link>
        </Space>
      }
    >
      {overdue + dueSoon === 0 ? (
        <Typography.Text type="secondary">{u.allGood}</Typography.Text>
      ) : (
        <Space wrap>
          {overdue > 0 && <Tag color={DUTY_COLOURS.overdue}>{u.overdue(overdue)}</Tag>}
          {dueSoon > 0 && <Tag color={DUTY_COLOURS.due_soon}>{u.dueSoon(dueSoon)}</Tag>}
        </Space>
      )}
      <div style={{ marginTop: 8 }}>
        <Link to="/quan-tri/nhiem-vu">{u.viewBoard}</Link>
      </div>
    </Card>
  );
}

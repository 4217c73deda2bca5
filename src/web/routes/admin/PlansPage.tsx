import { UploadOutlined } from '@ant-design/icons';
import { Button, Collapse, Descriptions, Grid, InputNumber, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { formatDate } from '../../format';
import { saveBlob } from '../../features/documents/files';
import { ImportPlanModal } from '../../features/plans/ImportPlanModal';
import { PlanTasksTable } from '../../features/plans/PlanTasksTable';
import { downloadPlan, usePlan, usePlans } from '../../features/plans/queries';
import { useI18n } from '../../i18n';

/** /quan-tri/ke-hoach: the plans, newest year first, and the import of a plan file. */
export function PlansPage() {
  const { t } = useI18n();
  const s = t.plans.list;
  const [year, setYear] = useState<number | null>(null);
  const [importing, setImporting] = useState(false);
  const plans = usePlans(year);
  const wide = !!Grid.useBreakpoint().md;
  return (
    <>
      <Typography.Title level={2}>{s.title}</Typography.Title>
      <Space wrap style={{ marginBottom: 12 }}>
        <Button type="primary" icon={<UploadOutlined />} onClick={() => setImporting(true)} data-testid="plan-import-open-modal">
          {s.import}
        </Button>
        <InputNumber placeholder={s.allYears} min={2000} max={2100} value={year} onChange={(v) => setYear(v ?? null)} aria-label={s.year} />
      </Space>
      <Table
        data-testid="plan-list"
        rowKey="id"
        size="small"
        loading={plans.isPending}
        dataSource={plans.data ?? []}
        locale={{ emptyText: s.empty }}
        scroll={wide ? { x: 1000 } : undefined}
        columns={[
          { title: s.year, dataIndex: 'year', width: 70 },
          { title: s.agency, width: 200, responsive: ['md'], render: (_, p) => p.agency.name },
          { title: s.number, width: 120, render: (_, p) => p.number ?? '—' },
          { title: s.titleCol, render: (_, p) => <Link to={`/quan-tri/ke-hoach/${p.id}`}>{p.title}</Link> },
          { title: s.tasks, dataIndex: 'tasks', width: 90 },
          { title: s.flagged, width: 110, responsive: ['md'], render: (_, p) => (p.flagged > 0 ? <Tag color="gold">{p.flagged}</Tag> : 0) },
          { title: s.unassigned, width: 110, responsive: ['md'], render: (_, p) => (p.unassigned > 0 ? <Tag color="orange">{p.unassigned}</Tag> : 0) },
          { title: s.progress, width: 110, render: (_, p) => `${p.done}/${p.instances}` },
          { title: s.overdue, width: 90, render: (_, p) => (p.overdue > 0 ? <Tag color="red">{p.overdue}</Tag> : 0) },
        ]}
      />
      <ImportPlanModal open={importing} onClose={() => setImporting(false)} />
    </>
  );
}

/** /quan-tri/ke-hoach/:id: the plan's data, text, targets, import report and tasks; export to .docx. */
export function PlanPage() {
  const { t } = useI18n();
  const s = t.plans.plan;
  const { id = '' } = useParams();
  const plan = usePlan(id);
  const [busy, setBusy] = useState(false);
  if (!plan.data) return <Typography.Paragraph>{plan.isError ? t.error.generic : '…'}</Typography.Paragraph>;
  const p = plan.data;
  const exportDocx = async () => {
    setBusy(true);
    try {
      const { blob, name } = await downloadPlan(p.id);
      saveBlob(blob, name ?? 'ke-hoach.docx');
    } finally {
      setBusy(false);
    }
  };
  const issues = p.report.unrecognised.length + p.report.warnings.length;
  return (
    <>
      <Link to="/quan-tri/ke-hoach">← {s.back}</Link>
      <Typography.Title level={2} data-testid="plan-title">
        {p.title}
      </Typography.Title>
      <Space wrap style={{ marginBottom: 12 }}>
        <Button onClick={() => void exportDocx()} loading={busy} data-testid="plan-export">
          {s.export}
        </Button>
      </Space>
      <Descriptions size="small" column={{ xs: 1, md: 3 }} style={{ marginBottom: 12 }}>
        <Descriptions.Item label={t.plans.list.agency}>{p.agency.name}</Descriptions.Item>
        <Descriptions.Item label={s.number}>{p.number ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={s.date}>{formatDate(p.planDate)}</Descriptions.Item>
        <Descriptions.Item label={s.signer}>{p.signer ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={s.targets}>{p.targets.length > 0 ? p.targets.map((g) => <Tag key={g.key}>{`${g.key}: ${Math.round(g.target * 100)}%`}</Tag>) : '—'}</Descriptions.Item>
      </Descriptions>
      <Collapse
        style={{ marginBottom: 16 }}
        items={[
          { key: 'text', label: s.sections, children: p.sections.map((x) => <div key={x.number}><Typography.Title level={5}>{`${x.number}. ${x.heading}`}</Typography.Title><Typography.Paragraph style={{ whiteSpace: 'pre-line' }}>{x.body}</Typography.Paragraph></div>) },
          ...(issues > 0 ? [{ key: 'report', label: `${s.report} (${issues})`, children: [...p.report.unrecognised, ...p.report.warnings].map((r) => <Typography.Paragraph key={`${r.where}-${r.text}`}>{`${r.where}: ${r.reason} — ${r.text}`}</Typography.Paragraph>) }] : []),
        ]}
      />
      <Typography.Title level={4}>{s.tasksTitle}</Typography.Title>
      <PlanTasksTable plan={p} />
    </>
  );
}

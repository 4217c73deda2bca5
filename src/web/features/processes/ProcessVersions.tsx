import { Button, Table, Tag } from 'antd';
import { formatDate } from '../../format';
import { useI18n } from '../../i18n';
import type { ProcessRow } from './types';

/** Every version of the process at the agency, newest first; one can be loaded into the table to start from it. */
export function ProcessVersions({ versions, inForceId, onLoad }: { versions: ProcessRow[]; inForceId: string | null; onLoad: (v: ProcessRow) => void }) {
  const { t } = useI18n();
  const p = t.process;
  return (
    <Table
      data-testid="process-versions"
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={versions}
      scroll={{ x: 760 }}
      locale={{ emptyText: p.noVersions }}
      columns={[
        { title: p.version, dataIndex: 'versionNo', width: 90 },
        {
          title: t.field.status,
          width: 200,
          render: (_, v) => (
            <>
              <Tag color={v.status === 'draft' ? 'orange' : 'green'}>{p.status[v.status]}</Tag>
              {v.id === inForceId && <Tag color="blue">{t.catalogueAdmin.inForce}</Tag>}
            </>
          ),
        },
        { title: p.decision, render: (_, v) => (v.decisionNumber ? `${v.decisionNumber} (${formatDate(v.decisionDate)})` : '—') },
        { title: p.approvedBy, dataIndex: 'approvedBy', render: (s: string | null) => s ?? '—' },
        { title: p.effectiveFrom, dataIndex: 'effectiveFrom', width: 120, render: (d: string | null) => formatDate(d) },
        { title: p.stepCount, width: 80, render: (_, v) => v.steps.length },
        { title: '', width: 130, render: (_, v) => <Button size="small" onClick={() => onLoad(v)}>{p.load}</Button> },
      ]}
    />
  );
}

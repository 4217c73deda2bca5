import { Button, Table, Tag, Typography } from 'antd';
import { Link, useNavigate } from 'react-router';
import { useI18n } from '../../i18n';
import type { Assignment } from '../catalogue/types';
import { useProcesses } from './queries';

/** The procedure's receiving agencies with the state of each one's internal process, each opening its editor. */
export function ProcessAgencies({ code, assignments }: { code: string; assignments: Assignment[] }) {
  const { t, fmt } = useI18n();
  const p = t.process;
  const overviews = useProcesses(code, assignments.map((a) => a.agencyCode));
  const navigate = useNavigate();
  const href = (agency: string) => `/quan-tri/quy-trinh/${code}/${agency}`;

  return (
    <>
      <Typography.Paragraph type="secondary">{p.intro}</Typography.Paragraph>
      <Table
        data-testid="process-agencies"
        rowKey="agencyCode"
        size="small"
        pagination={false}
        dataSource={assignments}
        scroll={{ x: 640 }}
        locale={{ emptyText: p.noAssignments }}
        columns={[
          {
            title: t.field.agency,
            render: (_, a) => (
              <>
                <Link to={href(a.agencyCode)}>{a.agencyName}</Link>
                <br />
                <Typography.Text type="secondary">{a.agencyCode}</Typography.Text>
              </>
            ),
          },
          { title: t.procedure.levels, width: 130, render: (_, a) => t.level[a.level] },
          { title: t.catalogueAdmin.channels, render: (_, a) => a.channels.map((c) => t.procedure.channel[c]).join(', ') },
          {
            title: p.title,
            width: 220,
            render: (_, a, i) => {
              const o = overviews[i]?.data;
              if (!o) return overviews[i]?.error ? <Typography.Text type="danger">{overviews[i]?.error?.message}</Typography.Text> : '…';
              return (
                <>
                  {o.inForce ? <Tag color="green">{fmt(p.inForce, { version: String(o.inForce.versionNo) })}</Tag> : <Tag color="gold">{p.usingDefault}</Tag>}
                  {o.draft && <Tag color="orange">{fmt(p.hasDraft, { version: String(o.draft.versionNo) })}</Tag>}
                </>
              );
            },
          },
          {
            title: '',
            width: 140,
            render: (_, a) => (
              <Button size="small" type="primary" ghost data-testid="open-process" onClick={() => void navigate(href(a.agencyCode))}>
                {p.open}
              </Button>
            ),
          },
        ]}
      />
    </>
  );
}

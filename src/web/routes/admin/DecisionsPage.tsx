import { ArrowLeftOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { DecisionForm } from '../../features/catalogue/DecisionForm';
import { useDecisions } from '../../features/catalogue/decision-queries';
import { DecisionView } from '../../features/catalogue/DecisionView';
import { formatDate } from '../../format';
import { useI18n } from '../../i18n';

/** A decision number has a "/" in it, so the detail is addressed as ?so=<number> rather than a path segment. */
const detailHref = (number: string) => `/quan-tri/quyet-dinh?so=${encodeURIComponent(number)}`;

/** /quan-tri/quyet-dinh — publication decisions: list, enter, publish. */
export function DecisionsPage() {
  const { t } = useI18n();
  const c = t.decision;
  const [params, setParams] = useSearchParams();
  const [adding, setAdding] = useState(false);
  const decisions = useDecisions();
  const selected = params.get('so');

  if (selected) {
    return (
      <>
        <Link to="/quan-tri/quyet-dinh">
          <ArrowLeftOutlined /> {c.back}
        </Link>
        <div style={{ marginTop: 8 }}>
          <DecisionView key={selected} number={selected} />
        </div>
      </>
    );
  }

  return (
    <>
      <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={2}>{c.title}</Typography.Title>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)} data-testid="add-decision">
          {c.add}
        </Button>
      </Space>
      <Table
        data-testid="decisions-table"
        rowKey="id"
        loading={decisions.isPending}
        dataSource={decisions.data ?? []}
        locale={{ emptyText: c.empty }}
        scroll={{ x: 860 }}
        columns={[
          { title: c.number, render: (_, d) => <Link to={detailHref(d.number)}>{d.number}</Link> },
          { title: c.issuer, dataIndex: 'issuer' },
          { title: c.decisionDate, width: 110, render: (_, d) => formatDate(d.decisionDate) },
          { title: c.effectiveDate, width: 130, render: (_, d) => formatDate(d.effectiveDate) },
          { title: c.itemCount, dataIndex: 'items', width: 100 },
          { title: t.field.status, width: 130, render: (_, d) => <Tag color={d.status === 'published' ? 'green' : 'orange'}>{c.status[d.status]}</Tag> },
        ]}
      />
      <DecisionForm
        open={adding}
        onClose={() => setAdding(false)}
        onCreated={(d) => {
          setAdding(false);
          setParams({ so: d.number });
        }}
      />
    </>
  );
}

import { DownloadOutlined, SearchOutlined } from '@ant-design/icons';
import { App, Button, Card, DatePicker, Form, Select, Space, Table, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { formatMoney } from '../../format';
import { useI18n } from '../../i18n';
import { flatten, useAgencies } from '../agencies/queries';
import { saveBlob } from '../documents/files';
import { problemDetail } from '../dossiers/problems';
import { downloadCollections, useCollections, useOnline766 } from './queries';
import type { CollectionsReport as Report, PaymentMethod } from './types';

type Values = { range: [Dayjs, Dayjs]; unit: string; agency?: string };

/**
 * "Báo cáo thu phí, lệ phí" for leaders and inspectors: collections by period, agency, procedure,
 * method and channel over the officer's scope, the Excel workbook, and QĐ 766 group 3b.
 */
export function CollectionsReport() {
  const { t, fmt } = useI18n();
  const s = t.payments.report;
  const { message } = App.useApp();
  const agencies = flatten(useAgencies().data ?? []);
  const [q, setQ] = useState<Record<string, string> | null>(null);
  const [busy, setBusy] = useState(false);
  const report = useCollections(q);
  const online = useOnline766(q ? { from: q.from!, to: q.to!, ...(q.agency ? { agency: q.agency } : {}) } : null);
  const toQuery = (v: Values) => ({ from: v.range[0].format('YYYY-MM-DD'), to: v.range[1].format('YYYY-MM-DD'), unit: v.unit, ...(v.agency ? { agency: v.agency } : {}) });
  const excel = async (v: Values) => {
    setBusy(true);
    try {
      const { blob, name } = await downloadCollections(toQuery(v));
      saveBlob(blob, name ?? 'thu-phi-le-phi.xlsx');
    } catch (e) {
      void message.error(problemDetail(e, t.error.generic));
    } finally {
      setBusy(false);
    }
  };
  const [form] = Form.useForm<Values>();
  const data: Report | undefined = report.data;
  return (
    <Card title={s.title} data-testid="collections-report">
      <Form form={form} layout="inline" initialValues={{ range: [dayjs().startOf('month'), dayjs()], unit: 'month' }} onFinish={(v) => setQ(toQuery(v))} style={{ rowGap: 8, marginBottom: 16 }}>
        <Form.Item name="range" label={`${s.from} – ${s.to}`} rules={[{ required: true }]}>
          <DatePicker.RangePicker format="DD/MM/YYYY" allowClear={false} />
        </Form.Item>
        <Form.Item name="unit" label={s.unit}>
          <Select style={{ width: 110 }} options={(['day', 'month', 'quarter', 'year'] as const).map((u) => ({ value: u, label: s.units[u] }))} />
        </Form.Item>
        <Form.Item name="agency" label={s.agency}>
          <Select allowClear placeholder={s.allAgencies} style={{ width: 260 }} showSearch={{ optionFilterProp: 'title' }} options={agencies.map((a) => ({ value: a.code, title: a.name, label: <span style={{ paddingLeft: a.depth * 12 }}>{a.name}</span> }))} />
        </Form.Item>
        <Space>
          <Button type="primary" htmlType="submit" icon={<SearchOutlined />} data-testid="report-show">
            {s.show}
          </Button>
          <Button icon={<DownloadOutlined />} loading={busy} onClick={() => void form.validateFields().then(excel)} data-testid="report-excel">
            {s.excel}
          </Button>
        </Space>
      </Form>
      {report.isError && <Typography.Text type="danger">{problemDetail(report.error, t.error.generic)}</Typography.Text>}
      {data && (
        <>
          <Typography.Paragraph type="secondary">{`${data.scope} · ${fmt(s.onlineShare, { share: String(data.totals.onlineShare) })}`}</Typography.Paragraph>
          <Table
            size="small"
            rowKey={(r) => `${r.period}|${r.agency}|${r.procedureCode}|${r.method}|${r.channel}`}
            dataSource={data.rows}
            pagination={{ pageSize: 50, hideOnSinglePage: true }}
            scroll={{ x: 900 }}
            columns={[
              { title: s.period, dataIndex: 'period', width: 90 },
              { title: s.agency, dataIndex: 'agency' },
              { title: s.procedure, dataIndex: 'procedureName', render: (v: string, r) => `${r.procedureCode} — ${v}` },
              { title: s.method, dataIndex: 'method', width: 110, render: (m: PaymentMethod) => s.methods[m] ?? m },
              { title: s.channel, dataIndex: 'channel', width: 100, render: (c: 'direct' | 'online' | 'postal') => s.channels[c] ?? c },
              { title: s.count, dataIndex: 'payments', align: 'right', width: 80 },
              { title: s.amount, dataIndex: 'amount', align: 'right', width: 130, render: (v: number) => formatMoney(v) },
              { title: s.refunded, dataIndex: 'refundedAmount', align: 'right', width: 120, render: (v: number) => formatMoney(v) },
              { title: s.net, key: 'net', align: 'right', width: 130, render: (_, r) => formatMoney(r.amount - r.refundedAmount) },
            ]}
            summary={() => (
              <Table.Summary.Row>
                <Table.Summary.Cell index={0} colSpan={5}>
                  <Typography.Text strong>{s.total}</Typography.Text>
                </Table.Summary.Cell>
                <Table.Summary.Cell index={5} align="right">{data.totals.payments}</Table.Summary.Cell>
                <Table.Summary.Cell index={6} align="right">
                  <span data-testid="report-total">{formatMoney(data.totals.amount)}</span>
                </Table.Summary.Cell>
                <Table.Summary.Cell index={7} align="right">{formatMoney(data.totals.refundedAmount)}</Table.Summary.Cell>
                <Table.Summary.Cell index={8} align="right">{formatMoney(data.totals.net)}</Table.Summary.Cell>
              </Table.Summary.Row>
            )}
          />
        </>
      )}
      {online.data && (
        <Card size="small" title={s.indicators} style={{ marginTop: 16 }} data-testid="online-766">
          <Table size="small" pagination={false} rowKey="id" dataSource={online.data.indicators} columns={[
            { title: s.indicator, dataIndex: 'name', render: (v: string, r) => `${r.id}. ${v}` },
            { title: s.ratio, dataIndex: 'percent', align: 'right', width: 90, render: (v: number) => `${v}%` },
            { title: s.score, dataIndex: 'score', align: 'right', width: 90, render: (v: number, r) => `${v}/${r.max}` },
          ]} />
          <Typography.Paragraph strong style={{ marginTop: 8 }}>{fmt(s.apiScore, { score: String(online.data.apiScore) })}</Typography.Paragraph>
        </Card>
      )}
    </Card>
  );
}

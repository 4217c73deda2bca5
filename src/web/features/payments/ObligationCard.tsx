import { DollarOutlined, EditOutlined, FilePdfOutlined, RollbackOutlined } from '@ant-design/icons';
import { App, Button, Card, Descriptions, List, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { formatDate, formatDateTime, formatMoney } from '../../format';
import { useI18n } from '../../i18n';
import { openFile } from '../documents/files';
import { problemDetail } from '../dossiers/problems';
import type { DossierView } from '../dossiers/types';
import { AdjustModal } from './AdjustModal';
import { downloadReceipt, useDossierObligations } from './queries';
import { RecordPaymentModal } from './RecordPaymentModal';
import { RefundModal } from './RefundModal';
import type { ObligationView, PaymentView } from './types';

const STATUS_COLOR: Record<string, string> = { open: 'orange', paid: 'green', refunded: 'purple', cancelled: 'default', pending: 'blue', failed: 'red', expired: 'default' };

function PaymentLine({ p, onRefund }: { p: PaymentView; onRefund: (p: PaymentView) => void }) {
  const { t, fmt } = useI18n();
  const s = t.payments.card;
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const view = async () => {
    setBusy(true);
    try {
      await openFile(() => downloadReceipt(p.id), `bien-lai-${p.receipt?.number ?? p.id}.pdf`);
    } catch (e) {
      void message.error(problemDetail(e, t.error.generic));
    } finally {
      setBusy(false);
    }
  };
  return (
    <List.Item style={{ display: 'block', paddingInline: 0 }} data-testid="payment-line" data-status={p.status}>
      <Space wrap size={4}>
        <Tag color={STATUS_COLOR[p.status]}>{p.statusName}</Tag>
        <Typography.Text>{p.methodName}</Typography.Text>
        <Typography.Text strong>{formatMoney(p.amount)}</Typography.Text>
        {p.paidAt && <Typography.Text type="secondary">{formatDateTime(p.paidAt)}</Typography.Text>}
        {p.surplus && <Tag color="volcano">{s.surplus}</Tag>}
      </Space>
      {(p.providerTxnNo || p.reference) && <div><Typography.Text type="secondary">{p.providerTxnNo ?? p.reference}</Typography.Text></div>}
      <Space wrap size={4} style={{ marginTop: 4 }}>
        {p.receipt && (
          <Button size="small" icon={<FilePdfOutlined />} loading={busy} onClick={() => void view()} data-testid="receipt-button">
            {fmt(s.receiptNo, { series: p.receipt.series, number: p.receipt.number })}
          </Button>
        )}
        {p.refundable && p.status === 'paid' && (
          <Button size="small" danger icon={<RollbackOutlined />} onClick={() => onRefund(p)} data-testid="refund-button">
            {s.refund}
          </Button>
        )}
      </Space>
    </List.Item>
  );
}

function Obligation({ o, canCollect, canAdjust, onRecord, onAdjust, onRefund }: { o: ObligationView; canCollect: boolean; canAdjust: boolean; onRecord: () => void; onAdjust: () => void; onRefund: (p: PaymentView) => void }) {
  const { t, fmt } = useI18n();
  const s = t.payments.card;
  return (
    <div data-testid="obligation" data-status={o.status} style={{ marginBottom: 12 }}>
      <Space wrap size={4} style={{ marginBottom: 6 }}>
        <Tag color={STATUS_COLOR[o.status]} data-testid="obligation-status">
          {o.statusName}
        </Tag>
        <Tag>{s.basis[o.basis]}</Tag>
        {o.overdue && <Tag color="red">{s.overdue}</Tag>}
      </Space>
      <Descriptions size="small" column={1} items={[
        { key: 'amount', label: s.amount, children: <Typography.Text strong data-testid="obligation-amount">{formatMoney(o.amount)}</Typography.Text> },
        ...(o.dueAt && o.status === 'open' ? [{ key: 'due', label: s.due, children: formatDate(o.dueAt) }] : []),
        ...(o.exemption ? [{ key: 'ex', label: s.exemption, children: `${o.exemption.label} — ${o.exemption.evidence}` }] : []),
        ...(o.cancelledReason ? [{ key: 'cancel', label: '', children: fmt(s.cancelled, { reason: o.cancelledReason }) }] : []),
      ]} />
      <Table
        size="small"
        pagination={false}
        rowKey="key"
        dataSource={o.lines}
        columns={[
          { title: s.lines, dataIndex: 'label' },
          { title: '', dataIndex: 'quantity', width: 110 },
          { title: '', dataIndex: 'amount', align: 'right', width: 110, render: (v: number) => formatMoney(v) },
        ]}
        style={{ margin: '6px 0' }}
      />
      {o.discounts.map((d) => (
        <div key={d.decision}>
          <Typography.Text type="secondary">{`${s.discount}: −${formatMoney(d.amount)} (${d.decision})`}</Typography.Text>
        </div>
      ))}
      {o.status === 'open' && (canCollect || (canAdjust && o.basis === 'schedule')) && (
        <Space wrap style={{ margin: '6px 0' }}>
          {canCollect && (
            <Button type="primary" size="small" icon={<DollarOutlined />} onClick={onRecord} data-testid="record-payment">
              {s.record}
            </Button>
          )}
          {canAdjust && o.basis === 'schedule' && (
            <Button size="small" icon={<EditOutlined />} onClick={onAdjust} data-testid="adjust-obligation">
              {s.adjust}
            </Button>
          )}
        </Space>
      )}
      {o.payments.length > 0 && <List size="small" header={s.payments} dataSource={o.payments} renderItem={(p) => <PaymentLine p={p} onRefund={onRefund} />} />}
    </div>
  );
}

/**
 * "Nghĩa vụ tài chính" on the officer's dossier page: what the dossier owes (from the schedule at
 * reception or set by the officer), its payments and e-receipts, and the counter actions the server
 * says this officer may take (collect, adjust, refund).
 */
export function ObligationCard({ dossier }: { dossier: DossierView }) {
  const { t } = useI18n();
  const s = t.payments.card;
  const q = useDossierObligations(dossier.code, dossier.version);
  const [recording, setRecording] = useState<ObligationView | null>(null);
  const [adjusting, setAdjusting] = useState<ObligationView | null>(null);
  const [refunding, setRefunding] = useState<PaymentView | null>(null);
  const data = q.data;
  return (
    <Card title={s.title} size="small" style={{ marginBottom: 16 }} loading={q.isPending} data-testid="obligation-card">
      {q.isError && <Typography.Text type="danger">{problemDetail(q.error, t.error.generic)}</Typography.Text>}
      {data && data.obligations.length === 0 && <Typography.Text type="secondary">{s.empty}</Typography.Text>}
      {data?.obligations.map((o) => (
        <Obligation key={o.id} o={o} canCollect={data.canCollect} canAdjust={data.canAdjust} onRecord={() => setRecording(o)} onAdjust={() => setAdjusting(o)} onRefund={setRefunding} />
      ))}
      {recording && <RecordPaymentModal code={dossier.code} obligation={recording} onClose={() => setRecording(null)} />}
      {adjusting && data && <AdjustModal data={data} obligation={adjusting} onClose={() => setAdjusting(null)} />}
      {refunding && <RefundModal code={dossier.code} payment={refunding} onClose={() => setRefunding(null)} />}
    </Card>
  );
}

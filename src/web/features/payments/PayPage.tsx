import { CreditCardOutlined, FilePdfOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Descriptions, List, Radio, Result, Spin, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { ApiError } from '../../api/client';
import { formatDate, formatMoney } from '../../format';
import { useI18n } from '../../i18n';
import { openFile } from '../documents/files';
import { problemDetail } from '../dossiers/problems';
import { downloadReceipt, startPayment, useApplicantObligation } from './queries';
import type { OnlineMethod } from './types';

/** Where the return page finds the lookup token after the gateway (the applicant may not be logged in). */
export const TOKEN_KEY = 'motcua.payment.token';

/**
 * /thanh-toan/:obligationId — the applicant's payment page (citizen account, or ?t= from the QR of the
 * receipt form): what is owed and by when, then off to the provider's page; receipts once paid.
 */
export function PayPage() {
  const { t, lang, fmt } = useI18n();
  const s = t.payments.pay;
  const { message } = App.useApp();
  const { obligationId } = useParams();
  const [params] = useSearchParams();
  const token = params.get('t');
  const q = useApplicantObligation(obligationId, token);
  const [method, setMethod] = useState<OnlineMethod | null>(null);
  const [leaving, setLeaving] = useState(false);
  if (q.isPending) return <Spin style={{ display: 'block', margin: 48 }} />;
  if (q.isError) {
    const notFound = q.error instanceof ApiError && q.error.status === 404;
    return <Result status={notFound ? '404' : 'error'} title={s.title} subTitle={notFound ? s.notFound : problemDetail(q.error, t.error.generic)} data-testid="pay-error" />;
  }
  const o = q.data;
  const chosen = method ?? o.methods[0] ?? null;
  const pay = async () => {
    if (!chosen) return;
    setLeaving(true);
    try {
      if (token) sessionStorage.setItem(TOKEN_KEY, token);
      const r = await startPayment(o.id, { method: chosen, t: token ?? undefined, locale: lang === 'en' ? 'en' : 'vn' });
      window.location.assign(r.redirectUrl);
    } catch (e) {
      setLeaving(false);
      void message.error(problemDetail(e, t.error.generic));
    }
  };
  const receipts = o.payments.filter((p) => p.receipt);
  return (
    <Card title={s.title} style={{ maxWidth: 760, margin: '0 auto' }} data-testid="pay-page">
      <Descriptions column={1} size="small" items={[
        { key: 'code', label: s.dossier, children: <Typography.Text strong>{o.dossierCode}</Typography.Text> },
        { key: 'proc', label: s.procedure, children: o.procedure.name },
        ...(o.agency ? [{ key: 'agency', label: s.agency, children: o.agency }] : []),
        { key: 'status', label: s.status, children: <Tag color={o.status === 'paid' ? 'green' : o.status === 'open' ? 'orange' : 'default'} data-testid="pay-status">{o.statusName}</Tag> },
        ...(o.dueAt && o.status === 'open' ? [{ key: 'due', label: s.due, children: <Typography.Text type={o.overdue ? 'danger' : undefined}>{formatDate(o.dueAt)}</Typography.Text> }] : []),
      ]} />
      <Table size="small" pagination={false} rowKey="key" dataSource={o.lines} style={{ margin: '12px 0' }} columns={[
        { title: t.payments.card.lines, dataIndex: 'label' },
        { title: '', dataIndex: 'quantity', width: 120 },
        { title: '', dataIndex: 'amount', align: 'right', width: 130, render: (v: number) => formatMoney(v) },
      ]} />
      {o.discounts.map((d) => (
        <div key={d.decision}><Typography.Text type="secondary">{`${t.payments.card.discount}: −${formatMoney(d.amount)} (${d.decision})`}</Typography.Text></div>
      ))}
      <Typography.Title level={4} data-testid="pay-total">{`${s.total}: ${formatMoney(o.amount)}`}</Typography.Title>
      {o.payable && o.methods.length > 0 && (
        <>
          <Typography.Paragraph style={{ marginBottom: 4 }}>{s.method}</Typography.Paragraph>
          <Radio.Group value={chosen} onChange={(e) => setMethod(e.target.value as OnlineMethod)} options={o.methods.map((m) => ({ value: m, label: s.methods[m] }))} style={{ display: 'grid', gap: 4, marginBottom: 12 }} />
          <Button type="primary" size="large" icon={<CreditCardOutlined />} loading={leaving} onClick={() => void pay()} data-testid="pay-button">
            {leaving ? s.redirecting : s.button}
          </Button>
          <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>{s.safety}</Typography.Paragraph>
        </>
      )}
      {o.payable && o.methods.length === 0 && <Alert type="info" showIcon message={s.noMethod} />}
      {!o.payable && <Alert type={o.status === 'paid' ? 'success' : 'info'} showIcon message={o.status === 'paid' ? s.paid : s.notPayable} data-testid="pay-done" />}
      {receipts.length > 0 && (
        <List header={s.receipts} size="small" dataSource={receipts} style={{ marginTop: 12 }} renderItem={(p) => (
          <List.Item>
            <Button icon={<FilePdfOutlined />} onClick={() => void openFile(() => downloadReceipt(p.id, token), `bien-lai-${p.receipt!.number}.pdf`)} data-testid="pay-receipt">
              {fmt(t.payments.card.receiptNo, { series: p.receipt!.series, number: p.receipt!.number })}
            </Button>
          </List.Item>
        )} />
      )}
    </Card>
  );
}

import { FilePdfOutlined } from '@ant-design/icons';
import { Button, Result, Space, Spin } from 'antd';
import { Link, useLocation } from 'react-router';
import { VNP_RESPONSE_VI } from '../../../domain/payments/vnpay';
import { formatMoney } from '../../format';
import { useI18n } from '../../i18n';
import { openFile } from '../documents/files';
import { TOKEN_KEY } from './PayPage';
import { downloadReceipt, usePaymentResult } from './queries';

/**
 * /thanh-toan/ket-qua — where the provider sends the browser back. The server checks the signature
 * and says what it recorded (asking the provider when its notice has not arrived); the page never
 * trusts the query string by itself, and polls while the payment is still pending.
 */
export function PayResultPage() {
  const { t, fmt } = useI18n();
  const s = t.payments.result;
  const query = useLocation().search.replace(/^\?/, '');
  const provider = new URLSearchParams(query).has('vnp_TxnRef') ? 'vnpay' : 'national';
  const r = usePaymentResult(provider, query);
  const token = sessionStorage.getItem(TOKEN_KEY);
  const back = (id: string) => `/thanh-toan/${id}${token ? `?t=${encodeURIComponent(token)}` : ''}`;
  if (r.isPending) return <Spin tip={s.checking} style={{ display: 'block', margin: 48 }} />;
  const v = r.data;
  if (!v || !v.verified) return <Result status="warning" title={s.invalid} subTitle={s.invalidDetail} data-testid="pay-result" data-status="invalid" />;
  const reason = VNP_RESPONSE_VI[v.providerCode ?? ''] ?? v.providerCode ?? '';
  const status = v.status === 'paid' || v.status === 'refunded' ? 'success' : v.status === 'pending' ? 'info' : 'error';
  const title = status === 'success' ? s.paid : status === 'info' ? s.pending : s.failed;
  const detail = status === 'success' ? `${fmt(s.paidDetail, { amount: formatMoney(v.amount), code: v.dossierCode })}${v.surplus ? ` ${s.surplus}` : ''}` : status === 'info' ? s.pendingDetail : fmt(s.failedDetail, { reason });
  return (
    <Result
      status={status}
      title={title}
      subTitle={detail}
      data-testid="pay-result"
      data-status={v.status}
      extra={
        <Space wrap>
          {v.receipt && (
            <Button type="primary" icon={<FilePdfOutlined />} onClick={() => void openFile(() => downloadReceipt(v.paymentId, token), `bien-lai-${v.receipt!.number}.pdf`)} data-testid="result-receipt">
              {fmt(s.receipt, { series: v.receipt.series, number: v.receipt.number })}
            </Button>
          )}
          <Link to={back(v.obligationId)}>{status === 'error' ? s.again : s.back}</Link>
        </Space>
      }
    />
  );
}

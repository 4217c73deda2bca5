import { Button, Card, List, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { formatDate, formatMoney } from '../../format';
import { useI18n } from '../../i18n';
import { useDossierFees } from './queries';

/**
 * On the public progress page opened from the QR of a form (token t) or by the applicant's account:
 * the dossier's obligations with a link to pay each open one. Shows nothing when there is none.
 */
export function DossierFees({ code, token }: { code: string; token: string | null }) {
  const { t, fmt } = useI18n();
  const s = t.payments.track;
  const q = useDossierFees(code, token);
  if (!q.data || q.data.length === 0) return null;
  const link = (id: string) => `/thanh-toan/${id}${token ? `?t=${encodeURIComponent(token)}` : ''}`;
  return (
    <Card size="small" title={s.title} style={{ marginTop: 16 }} data-testid="dossier-fees">
      <List
        size="small"
        dataSource={q.data}
        renderItem={(o) => (
          <List.Item actions={[<Link key="go" to={link(o.id)}>{o.payable ? <Button type="primary" size="small">{s.pay}</Button> : s.view}</Link>]}>
            <Space wrap>
              <Typography.Text strong>{formatMoney(o.amount)}</Typography.Text>
              <Tag color={o.status === 'paid' ? 'green' : o.status === 'open' ? 'orange' : 'default'}>{t.payments.status[o.status as keyof typeof t.payments.status] ?? o.status}</Tag>
              {o.dueAt && o.status === 'open' && <Typography.Text type={o.overdue ? 'danger' : 'secondary'}>{fmt(s.due, { date: formatDate(o.dueAt) })}</Typography.Text>}
            </Space>
          </List.Item>
        )}
      />
    </Card>
  );
}

import { Card, Descriptions, Typography } from 'antd';
import type { AgencyNode } from '../../api/types';
import { useI18n } from '../../i18n';

/** The address, dedicated phone and e-mail an agency publicises for feedback (NĐ 20/2008 art. 6, 8). */
export function AgencyContacts({ agency }: { agency: Pick<AgencyNode, 'name' | 'address' | 'phone' | 'email'> | undefined }) {
  const { t } = useI18n();
  const s = t.pakn.send;
  if (!agency) return null;
  return (
    <Card size="small" title={s.contactTitle} style={{ marginBottom: 16 }} data-testid="pakn-contacts">
      <Typography.Text strong>{agency.name}</Typography.Text>
      <Descriptions
        size="small"
        column={1}
        style={{ marginTop: 8 }}
        items={[
          { key: 'a', label: s.address, children: agency.address ?? '—' },
          { key: 'p', label: s.phone, children: agency.phone ? <a href={`tel:${agency.phone.replace(/\s/g, '')}`}>{agency.phone}</a> : '—' },
          { key: 'e', label: s.email, children: agency.email ? <a href={`mailto:${agency.email}`}>{agency.email}</a> : '—' },
        ]}
      />
      <Typography.Text type="secondary">{s.national}</Typography.Text>
    </Card>
  );
}

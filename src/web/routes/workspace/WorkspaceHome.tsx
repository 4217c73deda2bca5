import { Card, Col, Collapse, List, Row, Statistic, Typography } from 'antd';
import { Link } from 'react-router';
import { useMe } from '../../features/auth/queries';
import { TrackingBookPanel, useBookAgencies } from '../../features/documents/TrackingBookPanel';
import { useQueueCounts } from '../../features/dossiers/queries';
import { countText, queueHref } from '../../features/dossiers/QueueNav';
import { QUEUES, type QueueName } from '../../features/dossiers/types';
import { useI18n } from '../../i18n';

const COLOURS: Partial<Record<QueueName, string>> = { late: '#cf1322', 'due-soon': '#d46b08' };

/** For unit and agency heads: how many dossiers in their scope are late or due soon. */
function LeaderView({ counts, scope }: { counts: ReturnType<typeof useQueueCounts>; scope: 'unit' | 'agency' }) {
  const { t } = useI18n();
  const l = t.dossier.leader;
  return (
    <Card title={l.title} extra={<Typography.Text type="secondary">{l[scope]}</Typography.Text>} style={{ marginBottom: 16 }} data-testid="leader-view">
      <Row gutter={16}>
        {(['late', 'due-soon'] as const).map((q) => (
          <Col xs={12} key={q}>
            <Link to={queueHref(q)} data-testid={`leader-${q}`}>
              <Statistic title={q === 'late' ? l.late : l.dueSoon} value={countText(counts[q])} styles={{ content: { color: COLOURS[q], fontSize: 36 } }} />
            </Link>
          </Col>
        ))}
      </Row>
    </Card>
  );
}

/** /can-bo: the officer's queues with their counts, the leader view for heads, the officer's roles. */
export function WorkspaceHome() {
  const { t, fmt } = useI18n();
  const me = useMe();
  const counts = useQueueCounts(QUEUES);
  const bookAgencies = useBookAgencies();
  const roles = me.data?.roles ?? [];
  const leader = roles.some((r) => r.role === 'agency_head') ? 'agency' : roles.some((r) => r.role === 'unit_head') ? 'unit' : null;
  return (
    <>
      <Typography.Title level={2} data-testid="workspace-title" style={{ marginTop: 0 }}>
        {fmt(t.workspace.welcome, { name: me.data?.fullName ?? '' })}
      </Typography.Title>
      {leader && <LeaderView counts={counts} scope={leader} />}
      <Typography.Title level={4}>{t.dossier.queues.title}</Typography.Title>
      <Row gutter={[12, 12]} style={{ marginBottom: 16 }}>
        {QUEUES.map((q) => (
          <Col xs={12} sm={8} lg={6} key={q}>
            <Link to={queueHref(q)} data-testid={`queue-card-${q}`}>
              <Card size="small" hoverable>
                <Statistic title={t.dossier.queue[q]} value={countText(counts[q])} styles={{ content: { color: COLOURS[q] } }} />
              </Card>
            </Link>
          </Col>
        ))}
      </Row>
      {bookAgencies.length > 0 && <TrackingBookPanel agencies={bookAgencies} />}
      <Collapse
        size="small"
        items={[
          {
            key: 'roles',
            label: t.workspace.roles,
            forceRender: true,
            children: (
              <List
                size="small"
                dataSource={roles}
                renderItem={(r) => (
                  <List.Item data-testid="role-item">
                    {t.role[r.role]} {r.agencyCode ? `· ${r.agencyCode}` : ''} {r.unitCode ? `· ${r.unitCode}` : ''}
                  </List.Item>
                )}
              />
            ),
          },
        ]}
      />
    </>
  );
}

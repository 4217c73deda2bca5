import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, List, Space, Spin, Tag, Typography } from 'antd';
import { useState } from 'react';
import { formatDate } from '../../format';
import { useI18n } from '../../i18n';
import { useInspectionPlan } from '../review/queries';
import type { Finding } from '../review/types';
import { FindingModal, FollowUpModal, VisitModal } from './FindingModals';

const STATUS_COLOR = { open: 'orange', fixed: 'blue', verified: 'green' } as const;

/** One finding: what, where (dossiers, procedures, unit), the fix and its due date, and the follow-ups. */
export function FindingItem({ f, onFollowUp }: { f: Finding; onFollowUp?: (f: Finding) => void }) {
  const { t } = useI18n();
  const c = t.review.inspection;
  return (
    <List.Item
      data-testid="finding"
      actions={f.canFollowUp && onFollowUp ? [<Button key="fu" size="small" onClick={() => onFollowUp(f)}>{c.followUp}</Button>] : []}
    >
      <List.Item.Meta
        title={
          <Space wrap>
            <Tag color={f.severity === 'major' ? 'red' : 'default'}>{c.severities[f.severity]}</Tag>
            <span>{f.description}</span>
          </Space>
        }
        description={
          <>
            <div>
              {c.fix}: {f.fixRequired}
            </div>
            <Space wrap>
              <span>
                {c.dueDate}: {formatDate(f.dueDate)}
              </span>
              <Tag color={STATUS_COLOR[f.status]}>{c.statuses[f.status]}</Tag>
              {f.overdue && <Tag color="red">{c.overdue}</Tag>}
              {f.unit && <Tag>{f.unit.name}</Tag>}
              {[...f.procedureCodes, ...f.dossierCodes].map((x) => (
                <Tag key={x}>{x}</Tag>
              ))}
            </Space>
            {f.followUps.map((u, i) => (
              <div key={i}>
                <Typography.Text type="secondary">
                  {formatDate(u.at)} — {u.actorName}: {u.note} ({c.statuses[u.status]})
                </Typography.Text>
              </div>
            ))}
          </>
        }
      />
    </List.Item>
  );
}

/** A plan: its visits with their findings; the inspector adds visits and findings, units report fixes. */
export function InspectionPlanView({ id }: { id: string }) {
  const { t } = useI18n();
  const c = t.review.inspection;
  const plan = useInspectionPlan(id);
  const [visitFor, setVisitFor] = useState(false);
  const [findingFor, setFindingFor] = useState<string | null>(null);
  const [followUp, setFollowUp] = useState<Finding | null>(null);
  if (plan.isPending) return <Spin />;
  if (!plan.data) return <Alert type="error" showIcon title={plan.error?.message ?? t.error.generic} />;
  const p = plan.data;
  return (
    <>
      <Typography.Title level={3}>{`${p.number ? `${p.number} — ` : ''}${p.title}`}</Typography.Title>
      {p.scope && <Typography.Paragraph type="secondary">{p.scope}</Typography.Paragraph>}
      {p.canManage && (
        <Button icon={<PlusOutlined />} style={{ marginBottom: 12 }} onClick={() => setVisitFor(true)}>
          {c.addVisit}
        </Button>
      )}
      {p.visits.map((v) => (
        <Card
          key={v.id}
          size="small"
          style={{ marginBottom: 12 }}
          title={`${formatDate(v.visitDate)} — ${v.agency.name}`}
          extra={p.canManage && <Button size="small" icon={<PlusOutlined />} onClick={() => setFindingFor(v.id)}>{c.addFinding}</Button>}
        >
          {v.team && (
            <div>
              {c.team}: {v.team}
            </div>
          )}
          {v.conclusion && (
            <div>
              {c.conclusion}: {v.conclusion}
            </div>
          )}
          <List size="small" dataSource={v.findings} locale={{ emptyText: t.review.common.empty }} renderItem={(f) => <FindingItem f={f} onFollowUp={setFollowUp} />} />
        </Card>
      ))}
      {visitFor && <VisitModal planId={p.id} onClose={() => setVisitFor(false)} />}
      {findingFor && <FindingModal visitId={findingFor} onClose={() => setFindingFor(null)} />}
      {followUp && <FollowUpModal finding={followUp} onClose={() => setFollowUp(null)} />}
    </>
  );
}

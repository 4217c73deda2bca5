import { LinkOutlined, SaveOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, Input, Row, Space, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useI18n } from '../../i18n';
import { CriteriaForm } from './CriteriaForm';
import { ProcedurePicker } from './pickers';
import { useImpactMutations } from './queries';
import { ScenarioEditor } from './ScenarioEditor';
import { TransitionBar } from './TransitionBar';
import type { Impact } from './types';

/**
 * One impact assessment: the draft document and the proposed procedure, the criteria (necessity,
 * reasonableness, legality, cost), one cost scenario, the workflow and, once approved, the link to
 * the procedure published in the catalogue.
 */
export function ImpactEditor({ impact }: { impact: Impact }) {
  const { t } = useI18n();
  const c = t.review;
  const { message } = App.useApp();
  const m = useImpactMutations(impact.id);
  const [draft, setDraft] = useState(impact);
  const [code, setCode] = useState<string | undefined>(impact.procedureCode ?? undefined);
  useEffect(() => setDraft(impact), [impact]);
  const readOnly = !impact.canEdit;
  const fail = (e: Error) => void message.error(e.message);

  return (
    <Card size="small" data-testid="impact-editor" title={impact.procedureName} extra={<Tag>{c.common.statuses[impact.status]}</Tag>}>
      <Row gutter={[8, 8]} style={{ marginBottom: 12 }}>
        <Col xs={24} md={14}>
          <Typography.Text type="secondary">{c.impact.draftName}</Typography.Text>
          <Input.TextArea disabled={readOnly} autoSize value={draft.draft.name} onChange={(e) => setDraft({ ...draft, draft: { ...draft.draft, name: e.target.value } })} />
        </Col>
        <Col xs={24} md={10}>
          <Typography.Text type="secondary">{c.impact.draftNumber}</Typography.Text>
          <Input disabled={readOnly} value={draft.draft.number ?? ''} onChange={(e) => setDraft({ ...draft, draft: { ...draft.draft, number: e.target.value || null } })} />
        </Col>
        <Col xs={24}>
          <Typography.Text type="secondary">{c.impact.procedureName}</Typography.Text>
          <Input disabled={readOnly} value={draft.procedureName} onChange={(e) => setDraft({ ...draft, procedureName: e.target.value })} />
        </Col>
      </Row>
      <CriteriaForm value={draft.content.criteria} onChange={(criteria) => setDraft({ ...draft, content: { ...draft.content, criteria } })} readOnly={readOnly} />
      <ScenarioEditor title={c.cost.scenario} value={draft.content.cost} onChange={(cost) => setDraft({ ...draft, content: { ...draft.content, cost } })} readOnly={readOnly} testId="impact-cost" />
      <Typography.Text type="secondary">{c.impact.notes}</Typography.Text>
      <Input.TextArea disabled={readOnly} autoSize={{ minRows: 2 }} value={draft.content.notes} onChange={(e) => setDraft({ ...draft, content: { ...draft.content, notes: e.target.value } })} />
      <Space wrap style={{ marginTop: 12 }}>
        {!readOnly && (
          <Button type="primary" icon={<SaveOutlined />} loading={m.save.isPending} onClick={() => m.save.mutate({ version: impact.version, draft: draft.draft, procedureName: draft.procedureName, content: draft.content }, { onSuccess: () => void message.success(c.common.saved), onError: fail })}>
            {c.common.save}
          </Button>
        )}
        <TransitionBar actions={impact.availableActions} loading={m.transition.isPending} onAction={(action, reason) => m.transition.mutate({ action, version: impact.version, ...(reason && { reason }) }, { onError: fail })} />
        {impact.status === 'approved' && (
          <Space.Compact>
            <div style={{ minWidth: 260 }}>
              <ProcedurePicker value={code} onChange={setCode} placeholder={c.impact.link} />
            </div>
            <Button icon={<LinkOutlined />} disabled={!code} loading={m.link.isPending} onClick={() => code && m.link.mutate({ version: impact.version, procedureCode: code }, { onSuccess: () => void message.success(c.common.saved), onError: fail })}>
              {c.impact.link}
            </Button>
          </Space.Compact>
        )}
      </Space>
    </Card>
  );
}

import { Button, Card, Col, Result, Row, Space, Spin, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import type { PaknAction } from '../../../domain/pakn';
import { ApiError } from '../../api/client';
import { useI18n } from '../../i18n';
import { problemDetail } from '../dossiers/problems';
import { PaknActionModal } from './ActionModal';
import { StatusTag } from './display';
import { AnswerPanel, ClassificationPanel, ContentPanel, DeadlinesPanel, HistoryPanel, LinksPanel } from './ItemPanels';
import { useOfficerItem } from './queries';

/** The step that moves the item on: shown as the primary button. */
const MAIN: readonly PaknAction[] = ['acknowledge', 'draft_answer', 'approve', 'publish'];

/** /can-bo/pakn/:code — the item with the buttons of the actions the server allows this officer now. */
export function ItemPage() {
  const { t } = useI18n();
  const w = t.pakn.workspace;
  const { code = '' } = useParams();
  const q = useOfficerItem(code);
  const [open, setOpen] = useState<{ action: PaknAction; preset?: Record<string, unknown> } | null>(null);
  if (q.error) return <Result status={q.error instanceof ApiError && q.error.status === 403 ? '403' : '404'} subTitle={problemDetail(q.error, t.error.generic)} extra={<Link to="/can-bo/pakn">{w.inbox}</Link>} />;
  if (!q.data) return <Spin style={{ display: 'block', margin: 48 }} />;
  const item = q.data;
  const actions = [...item.availableActions].sort((a, b) => Number(MAIN.includes(b)) - Number(MAIN.includes(a)));
  return (
    <>
      <div data-testid="pakn-item-header" style={{ marginBottom: 12 }}>
        <Space wrap align="center">
          <Typography.Title level={2} style={{ margin: 0 }} data-testid="pakn-item-code">
            {item.code}
          </Typography.Title>
          <StatusTag status={item.status} />
          <Typography.Text type="secondary">{item.agency.name}</Typography.Text>
        </Space>
      </div>
      <Card size="small" title={w.actions} style={{ marginBottom: 16 }} data-testid="pakn-actions">
        {actions.length === 0 ? (
          <Typography.Text type="secondary">{w.noActions}</Typography.Text>
        ) : (
          <Space wrap>
            {actions.map((a) => (
              <Button key={a} type={MAIN.includes(a) ? 'primary' : 'default'} danger={a === 'refuse'} onClick={() => setOpen({ action: a })} data-testid={`pakn-action-${a}`}>
                {t.pakn.actions[a]}
              </Button>
            ))}
          </Space>
        )}
      </Card>
      <Row gutter={16}>
        <Col xs={24} lg={15}>
          <ContentPanel item={item} />
          <AnswerPanel item={item} />
          <HistoryPanel item={item} />
        </Col>
        <Col xs={24} lg={9}>
          <DeadlinesPanel item={item} />
          <ClassificationPanel item={item} />
          <LinksPanel item={item} onMerge={item.availableActions.includes('merge') ? (c) => setOpen({ action: 'merge', preset: { originalCode: c } }) : null} />
        </Col>
      </Row>
      {open && <PaknActionModal key={open.action} action={open.action} item={item} preset={open.preset} onClose={() => setOpen(null)} />}
    </>
  );
}

import { Alert, Button, Card, Descriptions, Form, Input, Radio, Space, Timeline, Typography } from 'antd';
import { PAKN_RATINGS } from '../../../domain/pakn';
import { formatDateTime } from '../../format';
import { useI18n } from '../../i18n';
import { problemDetail } from '../dossiers/problems';
import { Prose, StatusTag } from './display';
import { useSenderAction } from './queries';
import type { SenderItem } from './types';

/** The sender's rating of a published answer (QĐ 766 indicator 5.3): once. */
export function RateForm({ item, secret }: { item: SenderItem; secret: string | null }) {
  const { t, fmt } = useI18n();
  const f = t.pakn.follow;
  const rate = useSenderAction(item.code, secret, 'rating');
  if (item.rating) return <Alert type="success" showIcon title={fmt(f.rated, { rating: t.pakn.rating[item.rating] })} data-testid="pakn-rated" />;
  if (!item.canRate) return null;
  return (
    <Form layout="vertical" onFinish={(v: { rating: string; comment?: string }) => rate.mutate({ rating: v.rating, ...(v.comment?.trim() ? { comment: v.comment.trim() } : {}) })} data-testid="pakn-rate-form">
      <Form.Item name="rating" label={f.rateTitle} rules={[{ required: true, message: f.rateTitle }]}>
        <Radio.Group optionType="button" buttonStyle="solid" size="large" options={PAKN_RATINGS.map((r) => ({ value: r, label: t.pakn.rating[r] }))} data-testid="pakn-rating" />
      </Form.Item>
      <Form.Item name="comment" label={t.pakn.fields.comment}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
      </Form.Item>
      {rate.error && <Alert type="error" showIcon title={problemDetail(rate.error, t.error.generic)} style={{ marginBottom: 12 }} />}
      <Button type="primary" htmlType="submit" loading={rate.isPending} data-testid="pakn-rate-send">
        {f.rateSend}
      </Button>
    </Form>
  );
}

function SupplementForm({ item, secret }: { item: SenderItem; secret: string | null }) {
  const { t } = useI18n();
  const f = t.pakn.follow;
  const send = useSenderAction(item.code, secret, 'supplement');
  return (
    <Card size="small" title={f.supplementTitle} style={{ marginBottom: 16 }} data-testid="pakn-supplement">
      <Prose text={item.supplementRequest ?? ''} />
      <Form layout="vertical" onFinish={(v: { text: string }) => send.mutate({ text: v.text })} style={{ marginTop: 12 }}>
        <Form.Item name="text" label={t.pakn.fields.text} rules={[{ required: true, min: 5 }]}>
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} maxLength={8000} />
        </Form.Item>
        {send.error && <Alert type="error" showIcon title={problemDetail(send.error, t.error.generic)} style={{ marginBottom: 12 }} />}
        <Button type="primary" htmlType="submit" loading={send.isPending}>
          {f.supplementSend}
        </Button>
      </Form>
    </Card>
  );
}

/** What the sender sees of their item: status, deadline, what is asked of them, the answer and the rating. */
export function SenderPanel({ item, secret }: { item: SenderItem; secret: string | null }) {
  const { t, fmt } = useI18n();
  const f = t.pakn.follow;
  return (
    <div data-testid="pakn-follow-view">
      <Descriptions
        bordered
        size="small"
        column={1}
        style={{ marginBottom: 16 }}
        items={[
          { key: 'code', label: t.pakn.workspace.code, children: item.code },
          { key: 'title', label: t.pakn.workspace.title, children: item.title },
          { key: 'status', label: f.status, children: <StatusTag status={item.status} /> },
          { key: 'agency', label: f.agency, children: item.agency.name },
          { key: 'received', label: t.pakn.portal.receivedAt, children: formatDateTime(item.receivedAt) },
          ...(item.processDueAt ? [{ key: 'due', label: f.dueAt, children: formatDateTime(item.processDueAt) }] : []),
        ]}
      />
      {item.notAcceptedReason && <Alert type="warning" showIcon title={fmt(f.notAccepted, { reason: item.notAcceptedReason })} style={{ marginBottom: 16 }} />}
      {item.refusalReason && <Alert type="warning" showIcon title={fmt(f.refused, { reason: item.refusalReason })} style={{ marginBottom: 16 }} />}
      {item.forwardedTo && (
        <Alert type="info" showIcon title={fmt(f.forwarded, { to: item.forwardedTo })} description={item.forwardedCode ? fmt(f.forwardedCode, { code: item.forwardedCode }) : undefined} style={{ marginBottom: 16 }} />
      )}
      {item.duplicateOfCode && <Alert type="info" showIcon title={fmt(f.merged, { code: item.duplicateOfCode })} style={{ marginBottom: 16 }} />}
      {item.canSupplement && <SupplementForm item={item} secret={secret} />}
      {item.answer && (
        <Card size="small" title={f.answerTitle} style={{ marginBottom: 16 }}>
          <Prose text={item.answer} testId="pakn-follow-answer" />
          <div style={{ marginTop: 16 }}>
            <RateForm item={item} secret={secret} />
          </div>
        </Card>
      )}
      <Card size="small" title={f.history}>
        <Timeline items={item.history.map((h) => ({ children: <Space wrap><Typography.Text>{h.actionName}</Typography.Text><Typography.Text type="secondary">{formatDateTime(h.at)}</Typography.Text></Space> }))} />
      </Card>
    </div>
  );
}

import { Button, Card, Col, Descriptions, Form, Input, List, Result, Row, Spin, Typography } from 'antd';
import { useState } from 'react';
import { Link, Route, Routes, useParams, useSearchParams } from 'react-router';
import { normaliseSecret, PAKN_CODE_PATTERN } from '../../../domain/pakn';
import { ApiError } from '../../api/client';
import { useCitizenMe } from '../../features/account/queries';
import { problemDetail } from '../../features/dossiers/problems';
import { OnlineTheme } from '../../features/online/theme';
import { Prose } from '../../features/pakn/display';
import { PublicAnswers } from '../../features/pakn/PublicAnswers';
import { useFollow, useMyPakn, usePublicAnswer } from '../../features/pakn/queries';
import { SendForm } from '../../features/pakn/SendForm';
import { RateForm, SenderPanel } from '../../features/pakn/SenderPanel';
import { formatDate } from '../../format';
import { useI18n } from '../../i18n';

/** Code and secret (the secret may be left empty by the citizen who sent it from their account). */
function OpenForm({ code, onOpen, secretRequired }: { code?: string; onOpen: (code: string, secret: string | null) => void; secretRequired: boolean }) {
  const { t } = useI18n();
  const f = t.pakn.follow;
  return (
    <Form layout="vertical" initialValues={{ code }} onFinish={(v: { code: string; secret?: string }) => onOpen(v.code.trim().toUpperCase(), v.secret?.trim() ? v.secret.trim() : null)} data-testid="pakn-open-form">
      <Row gutter={16}>
        <Col xs={24} md={10}>
          <Form.Item name="code" label={f.code} rules={[{ required: true, pattern: PAKN_CODE_PATTERN, transform: (v: string) => v?.trim().toUpperCase(), message: f.badCode }]}>
            <Input autoComplete="off" data-testid="pakn-open-code" />
          </Form.Item>
        </Col>
        <Col xs={24} md={10}>
          <Form.Item name="secret" label={f.secret} rules={secretRequired ? [{ required: true, message: f.secret }] : []}>
            <Input.Password autoComplete="off" data-testid="pakn-open-secret" />
          </Form.Item>
        </Col>
        <Col xs={24} md={4}>
          <Form.Item label=" ">
            <Button type="primary" htmlType="submit" block data-testid="pakn-open">
              {f.open}
            </Button>
          </Form.Item>
        </Col>
      </Row>
    </Form>
  );
}

/** /phan-anh-kien-nghi/theo-doi?ma=… — the sender follows, supplements and rates. */
function FollowPage() {
  const { t } = useI18n();
  const f = t.pakn.follow;
  const [params] = useSearchParams();
  const citizen = useCitizenMe().data ?? null;
  const [open, setOpen] = useState<{ code: string; secret: string | null } | null>(null);
  const q = useFollow(open?.code ?? null, open?.secret ?? null, !!open);
  const mine = useMyPakn(!!citizen);
  return (
    <Card style={{ maxWidth: 900, margin: '0 auto' }}>
      <Typography.Title level={2} style={{ marginTop: 0 }}>
        {t.pakn.portal.followTitle}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{f.intro}</Typography.Paragraph>
      <OpenForm code={params.get('ma') ?? undefined} secretRequired={!citizen} onOpen={(code, secret) => setOpen({ code, secret: secret ? normaliseSecret(secret) : null })} />
      {open && q.isPending && <Spin style={{ display: 'block', margin: 24 }} />}
      {q.error && <Result status="warning" subTitle={q.error instanceof ApiError && q.error.status === 404 ? f.notFound : problemDetail(q.error, t.error.generic)} data-testid="pakn-follow-error" />}
      {q.data && <SenderPanel item={q.data} secret={open?.secret ?? null} />}
      {citizen && (mine.data?.length ?? 0) > 0 && (
        <List
          style={{ marginTop: 24 }}
          header={<Typography.Text strong>{f.mine}</Typography.Text>}
          dataSource={mine.data}
          renderItem={(i) => (
            <List.Item actions={[<Button key="o" size="small" onClick={() => setOpen({ code: i.code, secret: null })}>{f.open}</Button>]}>
              <List.Item.Meta title={`${i.code} · ${i.title}`} description={`${i.statusName} · ${i.agency} · ${formatDate(i.receivedAt)}`} />
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}

/** /phan-anh-kien-nghi/:code — one published answer; its sender can rate it here with the secret. */
function AnswerPage() {
  const { t } = useI18n();
  const p = t.pakn.portal;
  const { code = '' } = useParams();
  const q = usePublicAnswer(code);
  const [secret, setSecret] = useState<string | null>(null);
  const sender = useFollow(code, secret, secret !== null);
  if (q.error) return <Result status="404" subTitle={problemDetail(q.error, t.error.generic)} extra={<Link to="/phan-anh-kien-nghi">{p.back}</Link>} />;
  if (!q.data) return <Spin style={{ display: 'block', margin: 48 }} />;
  const a = q.data;
  return (
    <Card style={{ maxWidth: 900, margin: '0 auto' }} data-testid="pakn-answer-page">
      <Link to="/phan-anh-kien-nghi">← {p.back}</Link>
      <Typography.Title level={2} data-testid="pakn-answer-title">
        {a.title}
      </Typography.Title>
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2 }}
        style={{ marginBottom: 16 }}
        items={[
          { key: 'code', label: t.pakn.workspace.code, children: a.code },
          { key: 'agency', label: p.agency, children: a.agency },
          { key: 'received', label: p.receivedAt, children: formatDate(a.receivedAt) },
          { key: 'published', label: p.publishedAt, children: formatDate(a.publishedAt) },
          ...(a.category ? [{ key: 'cat', label: t.pakn.fields.category, children: t.pakn.category[a.category] }] : []),
          ...(a.procedure ? [{ key: 'proc', label: p.procedure, children: <Link to={`/thu-tuc/${a.procedure.code}`}>{`${a.procedure.code} · ${a.procedure.name ?? ''}`}</Link> }] : []),
        ]}
      />
      <Typography.Title level={4}>{p.question}</Typography.Title>
      <Prose text={a.content} />
      <Typography.Title level={4}>{p.answer}</Typography.Title>
      <Prose text={a.answer} testId="pakn-answer-text" />
      <Card size="small" title={p.rateTitle} style={{ marginTop: 24 }} data-testid="pakn-answer-rate">
        {!sender.data ? (
          <Form layout="inline" onFinish={(v: { secret: string }) => setSecret(normaliseSecret(v.secret))}>
            <Typography.Paragraph type="secondary" style={{ width: '100%' }}>
              {p.rateHint}
            </Typography.Paragraph>
            <Form.Item name="secret" rules={[{ required: true, message: t.pakn.follow.secret }]}>
              <Input.Password placeholder={t.pakn.follow.secret} autoComplete="off" data-testid="pakn-answer-secret" />
            </Form.Item>
            <Button htmlType="submit" data-testid="pakn-answer-open">
              {t.pakn.follow.open}
            </Button>
            {sender.error && <Typography.Text type="danger">{t.pakn.follow.notFound}</Typography.Text>}
          </Form>
        ) : (
          <RateForm item={sender.data} secret={secret} />
        )}
      </Card>
    </Card>
  );
}

/** The PAKN pages of the portal under /phan-anh-kien-nghi. */
export function PaknPortalRoutes() {
  return (
    <OnlineTheme>
      <Routes>
        <Route index element={<PublicAnswers />} />
        <Route path="gui" element={<SendForm />} />
        <Route path="theo-doi" element={<FollowPage />} />
        <Route path=":code" element={<AnswerPage />} />
      </Routes>
    </OnlineTheme>
  );
}

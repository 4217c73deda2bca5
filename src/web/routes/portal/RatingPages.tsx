import { Button, Card, Descriptions, Form, Input, Result, Space, Spin, Typography } from 'antd';
import { useState } from 'react';
import { Link, Route, Routes, useParams, useSearchParams } from 'react-router';
import { DOSSIER_CODE_PATTERN } from '../../../domain/dossier';
import { ApiError } from '../../api/client';
import { useMe } from '../../features/auth/queries';
import { problemDetail } from '../../features/dossiers/problems';
import { useCounterRating, useRateAtCounter, useRateByToken, useRatingByToken } from '../../features/online/queries';
import { RatingForm } from '../../features/online/RatingForm';
import type { RatingInput, RatingSummary } from '../../features/online/types';
import { OnlineTheme } from '../../features/online/theme';
import { formatDateTime } from '../../format';
import { useI18n } from '../../i18n';

/** The dossier being rated: procedure, agency, dates; never the applicant's name. */
function Summary({ d }: { d: RatingSummary }) {
  const { t } = useI18n();
  const s = t.online.mine;
  return (
    <Descriptions
      bordered
      size="small"
      column={1}
      style={{ marginBottom: 16 }}
      data-testid="rating-summary"
      items={[
        { key: 'code', label: s.code, children: d.code },
        { key: 'procedure', label: s.procedure, children: d.procedure.name },
        { key: 'agency', label: s.agency, children: d.agency ?? '—' },
        { key: 'due', label: s.dueAt, children: formatDateTime(d.dueAt) },
        { key: 'returned', label: s.returnedAt, children: formatDateTime(d.returnedAt) },
      ]}
    />
  );
}

function Body({ q, rate, large }: { q: { data?: RatingSummary | undefined; error: unknown; isPending: boolean }; rate: (v: RatingInput) => Promise<unknown>; large?: boolean }) {
  const { t } = useI18n();
  const s = t.online.rating;
  if (q.error) return <Result status={q.error instanceof ApiError && q.error.status === 404 ? '404' : 'error'} subTitle={q.error instanceof ApiError && q.error.status === 404 ? s.notFound : problemDetail(q.error, t.error.generic)} data-testid="rating-error" />;
  if (q.isPending || !q.data) return <Spin style={{ display: 'block', margin: 48 }} />;
  return (
    <>
      <Summary d={q.data} />
      {q.data.status !== 10 ? <Result status="info" title={s.notYet} /> : <RatingForm rating={q.data.rating} canRate={q.data.canRate} onSubmit={rate} large={large} />}
    </>
  );
}

/** /danh-gia/:code?t=… — the link in the "returned" notice: no login, the token proves the link came from us. */
function TokenRatingPage() {
  const s = useI18n().t.online.rating;
  const { code = '' } = useParams();
  const [params] = useSearchParams();
  const token = params.get('t') ?? '';
  const q = useRatingByToken(code, token);
  const rate = useRateByToken(code, token);
  return (
    <Card style={{ maxWidth: 760, margin: '0 auto' }}>
      <Typography.Title level={2} style={{ marginTop: 0 }}>
        {s.title}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{s.hint}</Typography.Paragraph>
      <Body q={q} rate={(v) => rate.mutateAsync(v)} />
    </Card>
  );
}

function CounterForm({ code, onDone }: { code: string; onDone: () => void }) {
  const { t, fmt } = useI18n();
  const q = useCounterRating(code);
  const rate = useRateAtCounter(code);
  return (
    <>
      <Body q={q} rate={(v) => rate.mutateAsync(v)} large />
      {rate.isSuccess && <Typography.Paragraph type="success">{fmt(t.online.rating.recorded, { code })}</Typography.Paragraph>}
      <Button size="large" onClick={onDone} style={{ marginTop: 16 }} data-testid="counter-next">
        {t.online.rating.counterNext}
      </Button>
    </>
  );
}

/** /danh-gia/quay — the counter tablet: the officer opens a returned dossier's rating, the applicant taps. */
function CounterRatingPage() {
  const { t } = useI18n();
  const s = t.online.rating;
  const me = useMe();
  const [code, setCode] = useState<string | null>(null);
  if (me.isPending) return <Spin style={{ display: 'block', margin: 48 }} />;
  if (!me.data) return <Result status="403" title={s.counterLogin} extra={<Link to="/dang-nhap">{t.nav.login}</Link>} data-testid="counter-login" />;
  return (
    <Card style={{ maxWidth: 900, margin: '0 auto' }}>
      <Typography.Title level={2} style={{ marginTop: 0 }}>
        {s.counterTitle}
      </Typography.Title>
      {code ? (
        <CounterForm key={code} code={code} onDone={() => setCode(null)} />
      ) : (
        <Form layout="vertical" onFinish={(v: { code: string }) => setCode(v.code.trim().toUpperCase())} data-testid="counter-pick">
          <Typography.Paragraph type="secondary">{s.counterHint}</Typography.Paragraph>
          <Form.Item name="code" label={s.counterCode} rules={[{ required: true, pattern: DOSSIER_CODE_PATTERN, transform: (v: string) => v?.trim().toUpperCase(), message: t.documents.track.badCode }]}>
            <Input size="large" autoFocus autoComplete="off" data-testid="counter-code" />
          </Form.Item>
          <Space>
            <Button type="primary" size="large" htmlType="submit" data-testid="counter-open">
              {s.counterOpen}
            </Button>
          </Space>
        </Form>
      )}
    </Card>
  );
}

/** Ratings under /danh-gia: the counter tablet, and the notice's link per dossier. */
export function RatingRoutes() {
  return (
    <OnlineTheme>
      <Routes>
        <Route path="quay" element={<CounterRatingPage />} />
        <Route path=":code" element={<TokenRatingPage />} />
      </Routes>
    </OnlineTheme>
  );
}

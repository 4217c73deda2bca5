import { ArrowLeftOutlined, SearchOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Form, Input, Result, Space, Spin, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, Route, Routes, useLocation, useNavigate, useParams, useSearchParams } from 'react-router';
import { DOSSIER_CODE_PATTERN, type StatusCode } from '../../../domain/dossier';
import { ApiError } from '../../api/client';
import { usePublicDossier, type LookupProof } from '../../features/documents/queries';
import type { PublicDossier } from '../../features/documents/types';
import { StatusTag } from '../../features/dossiers/display';
import { problemDetail } from '../../features/dossiers/problems';
import { formatDateTime } from '../../format';
import { useI18n } from '../../i18n';
import { DossierFees } from '../../features/payments/DossierFees';
import { clean, digits, useRules } from './TrackForm';

/** Code (unless already known) and the 4 check digits. */
function LookupForm({ code, onDone }: { code?: string; onDone: (code: string, check: string) => void }) {
  const { t } = useI18n();
  const s = t.documents.track;
  const rules = useRules();
  return (
    <Form layout="vertical" requiredMark={false} onFinish={(v: { code?: string; check: string }) => onDone(clean(v.code ?? code ?? ''), digits(v.check))} data-testid="lookup-form">
      {!code && (
        <Form.Item name="code" label={t.dossier.col.code} rules={rules.code}>
          <Input size="large" placeholder={s.placeholder} autoComplete="off" autoFocus data-testid="lookup-code" />
        </Form.Item>
      )}
      <Form.Item name="check" label={s.check} extra={s.checkHint} rules={rules.check}>
        <Input size="large" inputMode="numeric" maxLength={4} autoComplete="off" autoFocus={!!code} style={{ maxWidth: 160 }} data-testid="lookup-check" />
      </Form.Item>
      <Button type="primary" htmlType="submit" icon={<SearchOutlined />} data-testid="lookup-submit">
        {code ? s.show : s.button}
      </Button>
    </Form>
  );
}

/** /tra-cuu — look a dossier up by its code and the check digits. */
function TrackHome() {
  const { t } = useI18n();
  const s = t.documents.track;
  const navigate = useNavigate();
  return (
    <Card style={{ maxWidth: 640, margin: '24px auto' }}>
      <Typography.Title level={2} style={{ marginTop: 0 }}>
        {s.title}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{s.hint}</Typography.Paragraph>
      <LookupForm onDone={(code, check) => void navigate(`/tra-cuu/${code}`, { state: { check } })} />
    </Card>
  );
}

function Progress({ d }: { d: PublicDossier }) {
  const s = useI18n().t.documents.track;
  return (
    <>
      <Space wrap align="center" style={{ marginBottom: 12 }}>
        <Typography.Title level={3} style={{ margin: 0, overflowWrap: 'anywhere' }} copyable={{ text: d.code }}>
          {d.code}
        </Typography.Title>
        <StatusTag status={d.status as StatusCode} />
        {d.late ? <Tag color="red">{s.late}</Tag> : (d.finishedAt || d.returnedAt) && <Tag color="green">{s.onTime}</Tag>}
      </Space>
      <Descriptions
        bordered
        size="small"
        column={{ xs: 1, md: 2 }}
        data-testid="track-result"
        items={[
          { key: 'status', label: s.status, span: 'filled', children: <span data-testid="track-status">{d.statusName}</span> },
          { key: 'procedure', label: s.procedure, span: 'filled', children: `${d.procedure.code} · ${d.procedure.name}` },
          { key: 'receiving', label: s.receivingAgency, children: d.receivingAgency ?? '—' },
          { key: 'agency', label: s.agency, children: d.agency ?? '—' },
          { key: 'received', label: s.receivedAt, children: formatDateTime(d.receivedAt) },
          { key: 'due', label: s.dueAt, children: <span style={d.late ? { color: '#cf1322', fontWeight: 600 } : undefined}>{formatDateTime(d.dueAt)}</span> },
          ...(d.finishedAt ? [{ key: 'finished', label: s.finishedAt, children: formatDateTime(d.finishedAt) }] : []),
          ...(d.returnedAt ? [{ key: 'returned', label: s.returnedAt, children: formatDateTime(d.returnedAt) }] : []),
        ]}
      />
    </>
  );
}

/**
 * /tra-cuu/:code[?t=token] — the dossier's progress: no names, no documents. The QR code on a form
 * carries the token; otherwise the page asks for the 4 check digits (kept in memory, not in the URL).
 */
function TrackDossierPage() {
  const { t } = useI18n();
  const s = t.documents.track;
  const { code: raw = '' } = useParams();
  const [params] = useSearchParams();
  const location = useLocation();
  const [check, setCheck] = useState<string | undefined>((location.state as { check?: string } | null)?.check);
  const code = clean(raw);
  const valid = DOSSIER_CODE_PATTERN.test(code);
  const proof: LookupProof = check ? { check } : { t: params.get('t') ?? undefined };
  const q = usePublicDossier(valid ? code : undefined, proof);
  const back = (
    <Link to="/tra-cuu" data-testid="track-another">
      <ArrowLeftOutlined /> {s.another}
    </Link>
  );
  if (!valid) return <Result status="warning" title={s.badCode} subTitle={raw} extra={back} data-testid="track-error" />;
  const notFound = q.error instanceof ApiError && q.error.status === 404;
  let body;
  if (q.data)
    body = (
      <>
        <Progress d={q.data} />
        {!check && <DossierFees code={code} token={params.get('t')} />}
      </>
    );
  else if (q.isFetching) body = <Spin style={{ display: 'block', margin: 48 }} />;
  else
    body = (
      <>
        <Typography.Title level={3} style={{ marginTop: 0, overflowWrap: 'anywhere' }}>
          {code}
        </Typography.Title>
        {q.error && <Alert type={notFound ? 'warning' : 'error'} showIcon title={notFound ? s.notFound : problemDetail(q.error, t.error.generic)} style={{ marginBottom: 16 }} data-testid="track-error" />}
        <LookupForm key={check} code={code} onDone={(_, c) => setCheck(c)} />
      </>
    );
  return (
    <Card style={{ maxWidth: 900, margin: '0 auto' }}>
      {body}
      <div style={{ marginTop: 16 }}>{back}</div>
    </Card>
  );
}

/** The public dossier lookup under /tra-cuu (no login). */
export function TrackRoutes() {
  return (
    <Routes>
      <Route index element={<TrackHome />} />
      <Route path=":code" element={<TrackDossierPage />} />
    </Routes>
  );
}

import { ArrowLeftOutlined } from '@ant-design/icons';
import { App, Button, Card, Descriptions, List, Popconfirm, Result, Space, Spin, Table, Tag, Timeline, Typography } from 'antd';
import { Link, Route, Routes, useParams } from 'react-router';
import { ApiError } from '../../api/client';
import { useProcedure } from '../../features/catalogue/queries';
import { StatusTag } from '../../features/dossiers/display';
import { AnswersView } from '../../features/online/AnswersView';
import { OnlineFees } from '../../features/online/ApplySteps';
import { CitizenLogin } from '../../features/online/CitizenLogin';
import { IssuedList, SupplementForm, WithdrawButton } from '../../features/online/DossierActions';
import { MilestoneSteps } from '../../features/online/MilestoneSteps';
import { needsLogin, useDeleteDraft, useDrafts, useMyDossier, useMyDossiers, useRateMyDossier } from '../../features/online/queries';
import { RatingForm } from '../../features/online/RatingForm';
import { OnlineTheme, TAG } from '../../features/online/theme';
import type { CitizenDossier, CitizenDossierSummary } from '../../features/online/types';
import { formatDateTime } from '../../format';
import { useI18n } from '../../i18n';

/** /ho-so-cua-toi — drafts to continue and the dossiers submitted or received in the citizen's name. */
function MyDossiersPage() {
  const { t } = useI18n();
  const s = t.online.mine;
  const drafts = useDrafts();
  const dossiers = useMyDossiers();
  const remove = useDeleteDraft();
  if (needsLogin(dossiers.error) || needsLogin(drafts.error)) return <CitizenLogin />;
  return (
    <Space orientation="vertical" style={{ width: '100%' }} size={16}>
      <Typography.Title level={2} style={{ margin: 0 }}>
        {s.title}
      </Typography.Title>
      <Card size="small" title={s.drafts}>
        <List
          loading={drafts.isPending}
          dataSource={drafts.data ?? []}
          locale={{ emptyText: <Typography.Text>{s.noDrafts}</Typography.Text> }}
          data-testid="drafts"
          renderItem={(d) => (
            <List.Item
              data-testid="draft-item"
              actions={[
                <Link key="go" to={`/nop-ho-so/${d.procedureCode}?ban-nhap=${d.id}`} data-testid="draft-continue">
                  {s.continue}
                </Link>,
                <Popconfirm key="rm" title={s.deleteConfirm} onConfirm={() => remove.mutate(d.id)}>
                  <Button type="link" danger size="small">
                    {s.delete}
                  </Button>
                </Popconfirm>,
              ]}
            >
              <List.Item.Meta title={`${d.procedureCode} · ${d.procedureName ?? ''}`} description={formatDateTime(d.updatedAt)} />
            </List.Item>
          )}
        />
      </Card>
      <Card size="small" title={s.dossiers}>
        <Table<CitizenDossierSummary>
          rowKey="code"
          size="small"
          loading={dossiers.isPending}
          dataSource={dossiers.data ?? []}
          locale={{ emptyText: <Typography.Text>{s.empty}</Typography.Text> }}
          scroll={{ x: 'max-content' }}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          data-testid="my-dossiers"
          columns={[
            { key: 'code', title: s.code, render: (_, d) => <Link to={`/ho-so-cua-toi/${d.code}`}>{d.code}</Link> },
            { key: 'procedure', title: s.procedure, render: (_, d) => <Typography.Text style={{ maxWidth: 360, display: 'inline-block' }}>{d.procedureName}</Typography.Text> },
            { key: 'status', title: s.status, render: (_, d) => <StatusTag status={d.status} /> },
            { key: 'submitted', title: s.submittedAt, render: (_, d) => formatDateTime(d.submittedAt ?? d.receivedAt) },
            { key: 'due', title: s.dueAt, render: (_, d) => (d.dueAt ? <span style={d.late ? { color: '#cf1322' } : undefined}>{formatDateTime(d.dueAt)}</span> : '—') },
          ]}
        />
      </Card>
    </Space>
  );
}

function Answers({ d }: { d: CitizenDossier }) {
  const procedure = useProcedure(d.procedure.code);
  if (!d.formData || !procedure.data || procedure.data.formFields.length === 0) return null;
  return <AnswersView fields={procedure.data.formFields} values={d.formData} />;
}

function Detail({ d }: { d: CitizenDossier }) {
  const { t } = useI18n();
  const s = t.online.mine;
  const { message } = App.useApp();
  const rate = useRateMyDossier(d.code);
  const procedure = useProcedure(d.procedure.code);
  return (
    <Space orientation="vertical" style={{ width: '100%' }} size={16} data-testid="my-dossier">
      <Space wrap align="center">
        <Typography.Title level={2} style={{ margin: 0, overflowWrap: 'anywhere' }} copyable={{ text: d.code }} data-testid="my-dossier-code">
          {d.code}
        </Typography.Title>
        <StatusTag status={d.status} />
        {d.late && <Tag color={TAG.danger}>{s.late}</Tag>}
        {d.feePending && <Tag color={TAG.warning}>{t.online.apply.feePending}</Tag>}
      </Space>
      <Card size="small">
        <MilestoneSteps d={d} />
      </Card>
      {d.supplement && d.actions.includes('supplement_received') && <SupplementForm d={d} />}
      <Descriptions
        bordered
        size="small"
        column={{ xs: 1, md: 2 }}
        items={[
          { key: 'procedure', label: s.procedure, span: 'filled', children: `${d.procedure.code} · ${d.procedure.name}` },
          { key: 'agency', label: s.agency, children: d.receivingAgency ?? '—' },
          ...(d.processingAt ? [{ key: 'at', label: s.processingAt, children: <span data-testid="processing-at">{d.processingAt}</span> }] : []),
          { key: 'submitted', label: s.submittedAt, children: formatDateTime(d.submittedAt) },
          { key: 'received', label: s.receivedAt, children: formatDateTime(d.receivedAt) },
          { key: 'due', label: s.dueAt, children: <span data-testid="due-at">{d.dueAt ? formatDateTime(d.dueAt) : s.noDue}</span> },
          ...(d.returnedAt ? [{ key: 'returned', label: s.returnedAt, children: formatDateTime(d.returnedAt) }] : []),
        ]}
      />
      {procedure.data && <OnlineFees procedure={procedure.data} />}
      <Card size="small" title={s.issued}>
        <IssuedList d={d} />
      </Card>
      {(d.canRate || d.rating) && (
        <Card size="small" title={t.online.rating.title} data-testid="my-rating">
          <RatingForm rating={d.rating} canRate={d.canRate} onSubmit={(v) => rate.mutateAsync(v).then(() => void message.success(t.online.rating.thanks))} />
        </Card>
      )}
      <Card size="small" title={s.fields}>
        <Answers d={d} />
        <List
          size="small"
          header={<Typography.Text strong>{s.documents}</Typography.Text>}
          dataSource={d.documents}
          renderItem={(x) => (
            <List.Item>
              <Space wrap size={4}>
                {x.name}
                {x.supplement && <Tag color={TAG.warning}>{s.supplementTag}</Tag>}
                {x.source === 'personal_store' && <Tag color={TAG.success}>{t.online.nav.myDocuments}</Tag>}
              </Space>
            </List.Item>
          )}
        />
      </Card>
      <Card size="small" title={s.timeline}>
        <Timeline
          data-testid="timeline"
          items={d.timeline.map((e) => ({ content: <span>{[formatDateTime(e.at), e.label, e.agency, e.note].filter(Boolean).join(' · ')}</span> }))}
        />
      </Card>
      {d.actions.includes('withdraw') && <WithdrawButton d={d} />}
    </Space>
  );
}

/** /ho-so-cua-toi/:code — one dossier as its applicant sees it. */
function MyDossierPage() {
  const { t } = useI18n();
  const { code = '' } = useParams();
  const q = useMyDossier(code);
  const back = (
    <Link to="/ho-so-cua-toi">
      <ArrowLeftOutlined /> {t.online.mine.back}
    </Link>
  );
  if (needsLogin(q.error)) return <CitizenLogin />;
  if (q.error) return <Result status={q.error instanceof ApiError && q.error.status === 404 ? '404' : 'error'} subTitle={q.error instanceof ApiError ? q.error.detail : t.error.generic} extra={back} />;
  if (q.isPending) return <Spin style={{ display: 'block', margin: 48 }} />;
  return (
    <>
      <div style={{ marginBottom: 8 }}>{back}</div>
      <Detail d={q.data!} />
    </>
  );
}

export function MyDossierRoutes() {
  return (
    <OnlineTheme>
      <Routes>
        <Route index element={<MyDossiersPage />} />
        <Route path=":code" element={<MyDossierPage />} />
      </Routes>
    </OnlineTheme>
  );
}

import { Alert, App, Button, Descriptions, Popconfirm, Result, Spin, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { DUTY_NAMES } from '../../../domain/catalogue';
import { ApiError } from '../../api/client';
import { formatDate, formatDateTime } from '../../format';
import { useI18n } from '../../i18n';
import { useDecision, usePublishDecision } from './decision-queries';
import type { PlannedDuty } from './types';

type PublishProblem = { procedureCode: string; message: string };

/** One decision: its procedures, and publishing it (the duties it creates, or why it cannot be published). */
export function DecisionView({ number }: { number: string }) {
  const { t, lang } = useI18n();
  const c = t.decision;
  const { message } = App.useApp();
  const decision = useDecision(number);
  const publish = usePublishDecision();
  const [duties, setDuties] = useState<PlannedDuty[] | null>(null);
  const [problems, setProblems] = useState<{ detail: string; list: PublishProblem[] } | null>(null);

  if (decision.isPending) return <Spin style={{ display: 'block', margin: 48 }} />;
  if (decision.error) return <Result status={decision.error instanceof ApiError && decision.error.status === 404 ? '404' : 'error'} subTitle={decision.error.message} />;
  const d = decision.data;

  const run = () =>
    publish.mutate(number, {
      onSuccess: (r) => {
        setProblems(null);
        setDuties(r.duties);
        void message.success(c.published);
      },
      onError: (e) => {
        if (e instanceof ApiError && e.status === 422) {
          setProblems({ detail: e.detail, list: Array.isArray(e.body.problems) ? (e.body.problems as PublishProblem[]) : [] });
        } else void message.error(e.message);
      },
    });

  return (
    <div data-testid="decision-view">
      <Typography.Title level={3}>
        {c.number} {d.number} <Tag color={d.status === 'published' ? 'green' : 'orange'} data-testid="decision-status">{c.status[d.status]}</Tag>
      </Typography.Title>
      <Descriptions bordered size="small" column={{ xs: 1, md: 2 }} style={{ marginBottom: 16 }}>
        <Descriptions.Item label={c.issuer}>{d.issuer}</Descriptions.Item>
        <Descriptions.Item label={c.issuerLevel}>{t.level[d.issuerLevel]}</Descriptions.Item>
        <Descriptions.Item label={c.decisionDate}>{formatDate(d.decisionDate)}</Descriptions.Item>
        <Descriptions.Item label={c.effectiveDate}>{formatDate(d.effectiveDate)}</Descriptions.Item>
        {d.publishedAt && <Descriptions.Item label={c.publishedAt}>{formatDateTime(d.publishedAt)}</Descriptions.Item>}
        {d.note && <Descriptions.Item label={c.note}>{d.note}</Descriptions.Item>}
      </Descriptions>
      <Typography.Title level={4}>{c.items}</Typography.Title>
      <Table
        rowKey="procedureCode"
        size="small"
        pagination={false}
        dataSource={d.items}
        scroll={{ x: 400 }}
        style={{ marginBottom: 16 }}
        columns={[
          { title: c.procedureCode, render: (_, i) => <Link to={`/quan-tri/thu-tuc/${i.procedureCode}`}>{i.procedureCode}</Link> },
          { title: c.action, render: (_, i) => c.actions[i.action] },
        ]}
      />
      {d.status === 'draft' && (
        <Popconfirm title={c.publishConfirm} okText={c.publish} cancelText={t.admin.cancel} onConfirm={run}>
          <Button type="primary" loading={publish.isPending} data-testid="publish-decision">
            {c.publish}
          </Button>
        </Popconfirm>
      )}
      {problems && (
        <Alert
          type="error"
          showIcon
          data-testid="publish-problems"
          style={{ marginTop: 16 }}
          title={c.problems}
          description={
            problems.list.length ? (
              <ul style={{ margin: 0, paddingLeft: 20 }}>
                {problems.list.map((p, i) => (
                  <li key={i}>
                    <b>{p.procedureCode}</b>: {p.message}
                  </li>
                ))}
              </ul>
            ) : (
              problems.detail
            )
          }
        />
      )}
      {duties && (
        <>
          <Typography.Title level={4} style={{ marginTop: 16 }}>
            {c.duties}
          </Typography.Title>
          <Table
            data-testid="publish-duties"
            rowKey="kind"
            size="small"
            pagination={false}
            dataSource={duties}
            scroll={{ x: 560 }}
            columns={[
              { title: t.duty.kind, render: (_, x) => DUTY_NAMES[x.kind][lang] },
              { title: t.duty.basisDate, width: 120, render: (_, x) => formatDate(x.basisDate) },
              { title: t.duty.dueDate, width: 120, render: (_, x) => formatDate(x.dueDate) },
            ]}
          />
          <Link to="/quan-tri/nhiem-vu">{t.duty.viewBoard}</Link>
        </>
      )}
    </div>
  );
}

import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, Form, Modal, Row, Statistic, Table, Tag } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { formatMoney } from '../../format';
import { useI18n } from '../../i18n';
import { formatRate } from './CostCalculator';
import { AgencyPicker, ProcedurePicker } from './pickers';
import { useCreateReview, useReviews, useReviewSummary } from './queries';

const STATUS_COLOR: Record<string, string> = { draft: 'orange', submitted: 'blue', approved: 'green' };

/** The reviews of a year, and a new review for any catalogue procedure. */
export function ReviewList({ year }: { year: number }) {
  const { t, lang } = useI18n();
  const c = t.review;
  const { message } = App.useApp();
  const navigate = useNavigate();
  const reviews = useReviews(year);
  const create = useCreateReview();
  const [adding, setAdding] = useState(false);
  const [form] = Form.useForm<{ procedureCode: string; agency?: string }>();
  const submit = async () => {
    const v = await form.validateFields();
    create.mutate(
      { procedureCode: v.procedureCode, ...(v.agency && { agency: v.agency }) },
      {
        onSuccess: (r) => {
          void message.success(c.reviews.created);
          void navigate(`/quan-tri/ra-soat/${r.id}`);
        },
        onError: (e) => void message.error(e.message),
      },
    );
  };
  return (
    <>
      <Button type="primary" icon={<PlusOutlined />} style={{ marginBottom: 12 }} onClick={() => setAdding(true)} data-testid="new-review">
        {c.reviews.newReview}
      </Button>
      <Table
        rowKey="id"
        size="small"
        loading={reviews.isPending}
        dataSource={reviews.data ?? []}
        locale={{ emptyText: c.common.empty }}
        scroll={{ x: 900 }}
        data-testid="reviews-table"
        columns={[
          { title: c.common.procedure, render: (_, r) => <Link to={`/quan-tri/ra-soat/${r.id}`}>{`${r.procedure.code} — ${r.procedure.name}`}</Link> },
          { title: c.common.agency, render: (_, r) => r.agency.name },
          { title: c.common.status, width: 120, render: (_, r) => <Tag color={STATUS_COLOR[r.status]}>{c.common.statuses[r.status]}</Tag> },
          { title: c.reviews.current, width: 150, align: 'right', render: (_, r) => formatMoney(r.currentAnnual) },
          { title: c.reviews.proposed, width: 150, align: 'right', render: (_, r) => formatMoney(r.proposedAnnual) },
          { title: c.reviews.rate, width: 110, align: 'right', render: (_, r) => formatRate(r.rate, lang) },
        ]}
      />
      <Modal open={adding} title={c.reviews.newReview} onOk={() => void submit()} onCancel={() => setAdding(false)} okText={c.common.save} cancelText={c.common.cancel} confirmLoading={create.isPending} forceRender>
        <Form form={form} layout="vertical">
          <Form.Item name="procedureCode" label={c.reviews.pickProcedure} rules={[{ required: true }]}>
            <ProcedurePicker testId="new-review-procedure" />
          </Form.Item>
          <Form.Item name="agency" label={c.reviews.reviewingAgency}>
            <AgencyPicker testId="new-review-agency" />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}

/** The province summary of a year: registered, reviewed, proposals and the annual saving. */
export function SummaryPanel({ year }: { year: number }) {
  const { t, lang } = useI18n();
  const s = t.review.summary;
  const q = useReviewSummary(year);
  const d = q.data;
  if (!d) return null;
  return (
    <>
      <Row gutter={[12, 12]} style={{ marginBottom: 12 }} data-testid="review-summary">
        {(
          [
            [s.registered, d.registered.total],
            [s.reviewed, d.approved],
            [s.submitted, d.submitted],
            [s.overdue, d.registered.overdue],
            [s.proposals, d.proposals],
            [s.totalSaving, formatMoney(d.savingAnnual)],
            [s.rate, formatRate(d.rate, lang)],
          ] as const
        ).map(([title, value]) => (
          <Col xs={12} md={6} lg={3} key={title}>
            <Card size="small">
              <Statistic title={title} value={value} />
            </Card>
          </Col>
        ))}
      </Row>
      <Table
        size="small"
        rowKey="agencyCode"
        pagination={false}
        scroll={{ x: 700 }}
        title={() => s.byAgency}
        dataSource={d.byAgency}
        columns={[
          { title: t.review.common.agency, dataIndex: 'agencyName' },
          { title: s.reviewed, width: 120, render: (_, a) => `${a.approved}/${a.reviews}` },
          { title: s.proposals, width: 110, dataIndex: 'proposals' },
          { title: s.totalSaving, width: 170, align: 'right', render: (_, a) => formatMoney(a.savingAnnual) },
          { title: s.rate, width: 110, align: 'right', render: (_, a) => formatRate(a.rate, lang) },
        ]}
      />
    </>
  );
}

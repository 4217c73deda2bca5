import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, DatePicker, Empty, Form, Input, Modal, Progress, Space, Table, Tag } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { formatDate, formatMoney } from '../../format';
import { useI18n } from '../../i18n';
import { AgencyPicker, ProcedurePicker } from './pickers';
import { useCreatePlan, useCreateReview, useRegisterItem, useReviewPlans } from './queries';
import type { PlanItem, ReviewPlan } from './types';

const STATE_COLOR: Record<string, string> = { not_started: 'default', in_progress: 'orange', submitted: 'blue', approved: 'green', overdue: 'red' };

function RegisterModal({ plan, onClose }: { plan: ReviewPlan; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ procedureCode: string; reviewingAgency: string; reviewingUnit?: string; deadline: Dayjs }>();
  const register = useRegisterItem(plan.id);
  const submit = async () => {
    const v = await form.validateFields();
    register.mutate({ procedureCode: v.procedureCode, reviewingAgency: v.reviewingAgency, reviewingUnit: v.reviewingUnit?.trim() ?? '', deadline: v.deadline.format('YYYY-MM-DD') }, { onSuccess: onClose, onError: (e) => void message.error(e.message) });
  };
  return (
    <Modal open title={t.review.plans.register} okText={t.review.common.save} cancelText={t.review.common.cancel} onOk={() => void submit()} onCancel={onClose} confirmLoading={register.isPending}>
      <Form form={form} layout="vertical">
        <Form.Item name="procedureCode" label={t.review.common.procedure} rules={[{ required: true }]}>
          <ProcedurePicker testId="register-procedure" />
        </Form.Item>
        <Form.Item name="reviewingAgency" label={t.review.reviews.reviewingAgency} rules={[{ required: true }]}>
          <AgencyPicker />
        </Form.Item>
        <Form.Item name="reviewingUnit" label={t.review.plans.unit}>
          <Input />
        </Form.Item>
        <Form.Item name="deadline" label={t.review.common.deadline} rules={[{ required: true }]}>
          <DatePicker format="DD/MM/YYYY" style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function PlanCard({ plan }: { plan: ReviewPlan }) {
  const { t } = useI18n();
  const c = t.review;
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [registering, setRegistering] = useState(false);
  const start = useCreateReview();
  const begin = (i: PlanItem) => start.mutate({ procedureCode: i.procedureCode, planItemId: i.id }, { onSuccess: (r) => void navigate(`/quan-tri/ra-soat/${r.id}`), onError: (e) => void message.error(e.message) });
  return (
    <Card
      size="small"
      style={{ marginBottom: 12 }}
      title={`${plan.number ? `${plan.number} — ` : ''}${plan.title}`}
      extra={
        <Button size="small" icon={<PlusOutlined />} onClick={() => setRegistering(true)} data-testid="register-item">
          {c.plans.register}
        </Button>
      }
      data-testid="review-plan"
    >
      <Progress percent={plan.progress.percent} size="small" format={(p) => `${p}% (${plan.progress.approved}/${plan.progress.total})`} />
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        scroll={{ x: 760 }}
        dataSource={plan.items}
        columns={[
          { title: c.common.procedure, render: (_, i) => `${i.procedureCode} — ${i.procedureName ?? ''}` },
          { title: c.reviews.reviewingAgency, render: (_, i) => `${i.reviewingAgency.name}${i.reviewingUnit ? ` (${i.reviewingUnit})` : ''}` },
          { title: c.common.deadline, width: 110, render: (_, i) => formatDate(i.deadline) },
          { title: c.common.status, width: 130, render: (_, i) => <Tag color={STATE_COLOR[i.state]}>{c.plans.states[i.state]}</Tag> },
          { title: c.reviews.saving, width: 140, render: (_, i) => (i.savingAnnual === null ? '—' : formatMoney(i.savingAnnual)) },
          {
            width: 140,
            render: (_, i) =>
              i.reviewId ? (
                <Link to={`/quan-tri/ra-soat/${i.reviewId}`}>{c.plans.openReview}</Link>
              ) : (
                <Button size="small" loading={start.isPending} onClick={() => begin(i)} data-testid={`start-${i.procedureCode}`}>
                  {c.plans.startReview}
                </Button>
              ),
          },
        ]}
      />
      {registering && <RegisterModal plan={plan} onClose={() => setRegistering(false)} />}
    </Card>
  );
}

/** Review plans of a year: registered procedures with their reviewing unit, deadline and progress. */
export function PlansPanel({ year }: { year: number }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const plans = useReviewPlans(year);
  const create = useCreatePlan();
  const [adding, setAdding] = useState(false);
  const [form] = Form.useForm<{ number?: string; title: string }>();
  const submit = async () => {
    const v = await form.validateFields();
    create.mutate({ year, number: v.number?.trim() || null, title: v.title.trim() }, { onSuccess: () => setAdding(false), onError: (e) => void message.error(e.message) });
  };
  return (
    <>
      <Space style={{ marginBottom: 12 }}>
        <Button icon={<PlusOutlined />} onClick={() => setAdding(true)}>
          {t.review.plans.newPlan}
        </Button>
      </Space>
      {plans.data?.length === 0 && <Empty description={t.review.plans.empty} />}
      {(plans.data ?? []).map((p) => (
        <PlanCard key={p.id} plan={p} />
      ))}
      <Modal open={adding} title={t.review.plans.newPlan} onOk={() => void submit()} onCancel={() => setAdding(false)} okText={t.review.common.save} cancelText={t.review.common.cancel} confirmLoading={create.isPending} forceRender>
        <Form form={form} layout="vertical">
          <Form.Item name="number" label={t.review.plans.number}>
            <Input placeholder="12/KH-UBND" />
          </Form.Item>
          <Form.Item name="title" label={t.review.plans.planTitle} rules={[{ required: true, whitespace: true }]}>
            <Input.TextArea autoSize />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}

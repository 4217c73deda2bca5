import { ArrowLeftOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Form, Input, List, Modal, Select, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { FindingItem, InspectionPlanView } from '../../features/inspection/InspectionPlanView';
import { yearOptions } from '../../features/review/pickers';
import { useInspectionMutations, useInspectionPlans, useOverdueFixes } from '../../features/review/queries';
import { useI18n } from '../../i18n';

/** /quan-tri/kiem-tra — inspection plans, one plan with visits and findings (?id=), and the overdue fixes. */
export function InspectionsPage() {
  const { t } = useI18n();
  const c = t.review.inspection;
  const { message } = App.useApp();
  const [params, setParams] = useSearchParams();
  const [year, setYear] = useState(new Date().getFullYear());
  const [adding, setAdding] = useState(false);
  const [form] = Form.useForm<{ number?: string; title: string; scope?: string }>();
  const plans = useInspectionPlans(year);
  const overdue = useOverdueFixes();
  const { createPlan } = useInspectionMutations();
  const selected = params.get('id');

  if (selected) {
    return (
      <>
        <Link to="/quan-tri/kiem-tra">
          <ArrowLeftOutlined /> {t.review.common.back}
        </Link>
        <div style={{ marginTop: 8 }}>
          <InspectionPlanView key={selected} id={selected} />
        </div>
      </>
    );
  }
  const submit = async () => {
    const v = await form.validateFields();
    createPlan.mutate({ year, number: v.number?.trim() || null, title: v.title.trim(), scope: v.scope?.trim() ?? '' }, { onSuccess: (p) => setParams({ id: p.id }), onError: (e) => void message.error(e.message) });
  };
  return (
    <>
      <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={2}>{c.title}</Typography.Title>
        <Space>
          <Select value={year} onChange={setYear} options={yearOptions()} aria-label={t.review.common.year} style={{ width: 100 }} />
          <Button icon={<PlusOutlined />} onClick={() => setAdding(true)}>
            {c.newPlan}
          </Button>
        </Space>
      </Space>
      <Card size="small" title={c.overdueFixes} style={{ marginBottom: 12 }} data-testid="overdue-fixes">
        <List size="small" loading={overdue.isPending} dataSource={overdue.data ?? []} locale={{ emptyText: c.noOverdue }} renderItem={(f) => <FindingItem f={f} />} />
      </Card>
      <Table
        rowKey="id"
        size="small"
        loading={plans.isPending}
        dataSource={plans.data ?? []}
        locale={{ emptyText: t.review.common.empty }}
        scroll={{ x: 600 }}
        columns={[
          { title: c.plans, render: (_, p) => <Link to={`/quan-tri/kiem-tra?id=${p.id}`}>{`${p.number ? `${p.number} — ` : ''}${p.title}`}</Link> },
          { title: t.review.common.agency, width: 240, render: (_, p) => p.agency.name },
        ]}
      />
      <Modal open={adding} title={c.newPlan} onOk={() => void submit()} onCancel={() => setAdding(false)} okText={t.review.common.save} cancelText={t.review.common.cancel} confirmLoading={createPlan.isPending} forceRender>
        <Form form={form} layout="vertical">
          <Form.Item name="number" label={t.review.plans.number}>
            <Input placeholder="08/KH-TTr" />
          </Form.Item>
          <Form.Item name="title" label={c.planTitle} rules={[{ required: true, whitespace: true }]}>
            <Input.TextArea autoSize />
          </Form.Item>
          <Form.Item name="scope" label={c.scope}>
            <Input.TextArea autoSize />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}

import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Form, Input, Modal, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { ImpactEditor } from '../../features/review/ImpactEditor';
import { AgencyPicker, yearOptions } from '../../features/review/pickers';
import { useImpactMutations, useImpacts } from '../../features/review/queries';
import { formatMoney } from '../../format';
import { useI18n } from '../../i18n';

type Values = { agency: string; draftName: string; draftNumber?: string; procedureName: string };

/** /quan-tri/danh-gia-tac-dong — impact assessments of procedures in draft legal documents. */
export function ImpactAssessmentsPage() {
  const { t } = useI18n();
  const c = t.review;
  const { message } = App.useApp();
  const [year, setYear] = useState(new Date().getFullYear());
  const [selected, setSelected] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const [form] = Form.useForm<Values>();
  const impacts = useImpacts(year);
  const { create } = useImpactMutations(null);
  const current = impacts.data?.find((i) => i.id === selected);
  const submit = async () => {
    const v = await form.validateFields();
    create.mutate(
      { year, agency: v.agency, draft: { name: v.draftName.trim(), number: v.draftNumber?.trim() || null }, procedureName: v.procedureName.trim() },
      {
        onSuccess: (i) => {
          setAdding(false);
          form.resetFields();
          setSelected(i.id);
        },
        onError: (e) => void message.error(e.message),
      },
    );
  };
  return (
    <>
      <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={2}>{c.impact.title}</Typography.Title>
        <Space>
          <Select value={year} onChange={setYear} options={yearOptions()} aria-label={c.common.year} style={{ width: 100 }} />
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
            {c.impact.add}
          </Button>
        </Space>
      </Space>
      <Table
        rowKey="id"
        size="small"
        loading={impacts.isPending}
        dataSource={impacts.data ?? []}
        locale={{ emptyText: c.common.empty }}
        scroll={{ x: 860 }}
        onRow={(i) => ({ onClick: () => setSelected(i.id), style: { cursor: 'pointer' } })}
        columns={[
          { title: c.impact.draftName, render: (_, i) => i.draft.name },
          { title: c.impact.procedureName, render: (_, i) => i.procedureName },
          { title: c.common.status, width: 120, render: (_, i) => <Tag>{c.common.statuses[i.status]}</Tag> },
          { title: c.impact.annualCost, width: 150, align: 'right', render: (_, i) => formatMoney(i.cost.annual) },
          { title: c.impact.linked, width: 130, render: (_, i) => i.procedureCode ?? c.impact.notLinked },
        ]}
      />
      {current && (
        <div style={{ marginTop: 12 }}>
          <ImpactEditor key={`${current.id}-${current.version}`} impact={current} />
        </div>
      )}
      <Modal open={adding} title={c.impact.add} onOk={() => void submit()} onCancel={() => setAdding(false)} okText={c.common.save} cancelText={c.common.cancel} confirmLoading={create.isPending} forceRender>
        <Form form={form} layout="vertical">
          <Form.Item name="draftName" label={c.impact.draftName} rules={[{ required: true, whitespace: true }]}>
            <Input.TextArea autoSize />
          </Form.Item>
          <Form.Item name="draftNumber" label={c.impact.draftNumber}>
            <Input />
          </Form.Item>
          <Form.Item name="procedureName" label={c.impact.procedureName} rules={[{ required: true, whitespace: true }]}>
            <Input />
          </Form.Item>
          <Form.Item name="agency" label={c.common.agency} rules={[{ required: true }]}>
            <AgencyPicker />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}

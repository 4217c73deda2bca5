import { App, Button, Form, Input, Modal, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { ROLES } from '../../../domain/access';
import { flatten, useAgencies } from '../../features/agencies/queries';
import { useCreateUser, useUpdateUser, useUsers } from '../../features/users/queries';
import { useI18n } from '../../i18n';

export function UsersPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const users = useUsers();
  const agencies = flatten(useAgencies().data ?? []);
  const create = useCreateUser();
  const update = useUpdateUser();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm();
  const agencyCode = Form.useWatch('agencyCode', form) as string | undefined;
  const units = agencies.find((a) => a.code === agencyCode)?.units ?? [];

  const submit = async () => {
    const v = await form.validateFields();
    create.mutate(
      { username: v.username, password: v.password, fullName: v.fullName, email: v.email || null, phone: v.phone || null, grants: [{ role: v.role, agencyCode: v.agencyCode ?? null, unitCode: v.unitCode ?? null }] },
      { onSuccess: () => (setOpen(false), form.resetFields(), void message.success(t.admin.saved)), onError: (e) => void message.error(e.message) },
    );
  };

  return (
    <>
      <Space style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={2}>{t.admin.usersTitle}</Typography.Title>
        <Button type="primary" onClick={() => setOpen(true)}>
          {t.admin.addUser}
        </Button>
      </Space>
      <Table
        rowKey="id"
        loading={users.isPending}
        dataSource={users.data ?? []}
        scroll={{ x: 700 }}
        columns={[
          { title: t.field.username, dataIndex: 'username' },
          { title: t.field.fullName, dataIndex: 'fullName' },
          {
            title: t.field.role,
            render: (_, u) => u.grants.map((g, i) => <Tag key={i}>{t.role[g.role]}{g.agencyCode ? ` · ${g.agencyCode}` : ''}{g.unitCode ? ` · ${g.unitCode}` : ''}</Tag>),
          },
          { title: t.field.status, render: (_, u) => (u.active ? <Tag color="green">{t.admin.activeState}</Tag> : <Tag color="red">{t.admin.locked}</Tag>) },
          {
            title: '',
            render: (_, u) => (
              <Button size="small" onClick={() => update.mutate({ username: u.username, body: { version: u.version, active: !u.active } }, { onError: (e) => void message.error(e.message) })}>
                {u.active ? t.admin.lock : t.admin.unlock}
              </Button>
            ),
          },
        ]}
      />
      <Modal open={open} title={t.admin.addUser} onOk={() => void submit()} onCancel={() => setOpen(false)} okText={t.admin.save} cancelText={t.admin.cancel} confirmLoading={create.isPending}>
        <Form form={form} layout="vertical">
          <Form.Item name="username" label={t.field.username} rules={[{ required: true, pattern: /^[a-z0-9._-]{3,64}$/, message: 'a-z, 0-9, . _ - (3–64)' }]}>
            <Input />
          </Form.Item>
          <Form.Item name="fullName" label={t.field.fullName} rules={[{ required: true }]}>
            <Input />
          </Form.Item>
          <Form.Item name="password" label={t.field.password} rules={[{ required: true, min: 8 }]}>
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Form.Item name="email" label={t.field.email}>
            <Input type="email" />
          </Form.Item>
          <Form.Item name="phone" label={t.field.phone}>
            <Input />
          </Form.Item>
          <Form.Item name="role" label={t.field.role} rules={[{ required: true }]}>
            <Select options={ROLES.map((r) => ({ value: r, label: t.role[r] }))} />
          </Form.Item>
          <Form.Item name="agencyCode" label={t.field.agency}>
            <Select allowClear showSearch={{ optionFilterProp: 'label' }} options={agencies.map((a) => ({ value: a.code, label: `${a.code} — ${a.name}` }))} />
          </Form.Item>
          <Form.Item name="unitCode" label={t.field.unit}>
            <Select allowClear options={units.map((u) => ({ value: u.code, label: `${u.code} — ${u.name}` }))} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}

import { App, Button, Form, Input, Modal, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { AGENCY_LEVELS } from '../../../domain/agency';
import type { AgencyNode, Unit } from '../../api/types';
import { flatten, useAgencies, useSaveAgency, useSaveUnit } from '../../features/agencies/queries';
import { useI18n } from '../../i18n';
import { OfficeHoursModal } from '../../features/calendar/OfficeHoursModal';

type Editing = { mode: 'create' } | { mode: 'update'; agency: AgencyNode };
type UnitEditing = { agency: AgencyNode; unit?: Unit };

export function AgenciesPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const agencies = useAgencies();
  const save = useSaveAgency();
  const saveUnit = useSaveUnit();
  const [editing, setEditing] = useState<Editing | null>(null);
  const [unitEditing, setUnitEditing] = useState<UnitEditing | null>(null);
  const [hoursOf, setHoursOf] = useState<string | null>(null);
  const [form] = Form.useForm();
  const [unitForm] = Form.useForm();
  const rows = flatten(agencies.data ?? []);

  const open = (e: Editing) => {
    form.setFieldsValue(e.mode === 'update' ? { ...e.agency } : { level: 'province' });
    setEditing(e);
  };
  const submit = async () => {
    const v = await form.validateFields();
    const body = { ...v, parentCode: v.parentCode || null, shortName: v.shortName || null, address: v.address || null, phone: v.phone || null, email: v.email || null };
    if (!editing) return;
    const code = editing.mode === 'update' ? editing.agency.code : (v.code as string);
    if (editing.mode === 'update') {
      delete body.code;
      body.version = editing.agency.version;
    }
    save.mutate(
      { mode: editing.mode, code, body },
      { onSuccess: () => (setEditing(null), void message.success(t.admin.saved)), onError: (e) => void message.error(e.message) },
    );
  };
  const submitUnit = async () => {
    const v = await unitForm.validateFields();
    if (!unitEditing) return;
    const { agency, unit } = unitEditing;
    saveUnit.mutate(
      unit
        ? { agencyCode: agency.code, unitCode: unit.code, mode: 'update', body: { name: v.name, version: unit.version } }
        : { agencyCode: agency.code, unitCode: v.code, mode: 'create', body: { name: v.name } },
      { onSuccess: () => (setUnitEditing(null), void message.success(t.admin.saved)), onError: (e) => void message.error(e.message) },
    );
  };

  return (
    <>
      <Space style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={2}>{t.admin.agenciesTitle}</Typography.Title>
        <Button type="primary" onClick={() => open({ mode: 'create' })}>
          {t.admin.addAgency}
        </Button>
      </Space>
      <Table
        rowKey="id"
        loading={agencies.isPending}
        dataSource={rows}
        pagination={false}
        expandable={{ childrenColumnName: '_none' }}
        scroll={{ x: 800 }}
        columns={[
          { title: t.field.code, dataIndex: 'code', width: 150 },
          { title: t.field.name, render: (_, a) => <span style={{ paddingLeft: a.depth * 16 }}>{a.name}</span> },
          { title: t.field.level, width: 130, render: (_, a) => <Tag>{t.level[a.level]}</Tag> },
          {
            title: t.field.units,
            render: (_, a) => (
              <Space wrap size={4}>
                {a.units.map((u) => (
                  <Tag key={u.id} style={{ cursor: 'pointer' }} onClick={() => (unitForm.setFieldsValue(u), setUnitEditing({ agency: a, unit: u }))}>
                    {u.code}: {u.name}
                  </Tag>
                ))}
                <Button size="small" type="dashed" onClick={() => (unitForm.resetFields(), setUnitEditing({ agency: a }))}>
                  + {t.admin.addUnit}
                </Button>
              </Space>
            ),
          },
          {
            title: '',
            width: 200,
            render: (_, a) => (
              <Space>
                <Button size="small" onClick={() => open({ mode: 'update', agency: a })}>{t.admin.edit}</Button>
                <Button size="small" onClick={() => setHoursOf(a.code)}>{t.officeHours.button}</Button>
              </Space>
            ),
          },
        ]}
      />
      <Modal open={!!editing} title={editing?.mode === 'create' ? t.admin.addAgency : t.admin.edit} onOk={() => void submit()} onCancel={() => setEditing(null)} okText={t.admin.save} cancelText={t.admin.cancel} confirmLoading={save.isPending} destroyOnHidden>
        <Form form={form} layout="vertical">
          <Form.Item name="code" label={t.field.code} rules={[{ required: true, pattern: /^\d{3}\.[0-9A-Z]{2}\.[0-9A-Z]{2}\.[A-Z]\d{2}$/, message: 'QCVN 102: 000.00.17.H04' }]}>
            <Input disabled={editing?.mode === 'update'} placeholder="000.00.17.H04" />
          </Form.Item>
          <Form.Item name="name" label={t.field.name} rules={[{ required: true }]}>
            <Input />
          </Form.Item>
          <Form.Item name="shortName" label={t.field.shortName}>
            <Input />
          </Form.Item>
          <Form.Item name="level" label={t.field.level} rules={[{ required: true }]}>
            <Select options={AGENCY_LEVELS.map((l) => ({ value: l, label: t.level[l] }))} />
          </Form.Item>
          <Form.Item name="parentCode" label={t.field.parent}>
            <Select allowClear showSearch={{ optionFilterProp: 'label' }} options={rows.map((a) => ({ value: a.code, label: `${a.code} — ${a.name}` }))} />
          </Form.Item>
          <Form.Item name="address" label={t.field.address}>
            <Input />
          </Form.Item>
          <Form.Item name="phone" label={t.field.phone}>
            <Input />
          </Form.Item>
          <Form.Item name="email" label={t.field.email}>
            <Input type="email" />
          </Form.Item>
        </Form>
      </Modal>
      <OfficeHoursModal agencyCode={hoursOf} onClose={() => setHoursOf(null)} />
      <Modal open={!!unitEditing} title={unitEditing?.unit ? t.admin.edit : t.admin.addUnit} onOk={() => void submitUnit()} onCancel={() => setUnitEditing(null)} okText={t.admin.save} cancelText={t.admin.cancel} confirmLoading={saveUnit.isPending} destroyOnHidden>
        <Form form={unitForm} layout="vertical">
          <Form.Item name="code" label={t.field.unitCode} rules={[{ required: true, pattern: /^[A-Z0-9_-]{1,32}$/, message: 'A-Z, 0-9, -, _' }]}>
            <Input disabled={!!unitEditing?.unit} />
          </Form.Item>
          <Form.Item name="name" label={t.field.name} rules={[{ required: true }]}>
            <Input />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}

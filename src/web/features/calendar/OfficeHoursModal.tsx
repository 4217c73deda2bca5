import { App, Form, Input, Modal, Space } from 'antd';
import { useEffect } from 'react';
import { useMutation, useQuery } from '@tanstack/react-query';
import type { OfficeHours } from '../../../domain/calendar';
import { api } from '../../api/client';
import { useI18n } from '../../i18n';

type Hours = OfficeHours & { version: number | null };
const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$/;

/** Edits an agency's office hours (giờ làm việc), which decide when the legal clock starts. */
export function OfficeHoursModal({ agencyCode, onClose }: { agencyCode: string | null; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const hours = useQuery({
    queryKey: ['office-hours', agencyCode],
    queryFn: () => api<Hours>('GET', `/api/agencies/${agencyCode}/office-hours`),
    enabled: !!agencyCode,
  });
  const save = useMutation({ mutationFn: (body: Hours) => api<Hours>('PUT', `/api/admin/agencies/${agencyCode}/office-hours`, body) });
  useEffect(() => {
    if (hours.data) form.setFieldsValue(hours.data);
  }, [hours.data, form]);

  const submit = async () => {
    const v = (await form.validateFields()) as OfficeHours;
    save.mutate(
      { ...v, version: hours.data?.version ?? null },
      { onSuccess: () => (void hours.refetch(), void message.success(t.admin.saved), onClose()), onError: (e) => void message.error(e.message) },
    );
  };
  const rule = [{ required: true, pattern: CLOCK, message: 'HH:MM' }];
  return (
    <Modal open={!!agencyCode} title={`${t.officeHours.title} — ${agencyCode ?? ''}`} onOk={() => void submit()} onCancel={onClose} okText={t.admin.save} cancelText={t.admin.cancel} confirmLoading={save.isPending} destroyOnHidden>
      <Form form={form} layout="vertical">
        <Space>
          <Form.Item name={['morning', 'start']} label={t.officeHours.morningStart} rules={rule}>
            <Input style={{ width: 90 }} />
          </Form.Item>
          <Form.Item name={['morning', 'end']} label={t.officeHours.morningEnd} rules={rule}>
            <Input style={{ width: 90 }} />
          </Form.Item>
        </Space>
        <Space>
          <Form.Item name={['afternoon', 'start']} label={t.officeHours.afternoonStart} rules={rule}>
            <Input style={{ width: 90 }} />
          </Form.Item>
          <Form.Item name={['afternoon', 'end']} label={t.officeHours.afternoonEnd} rules={rule}>
            <Input style={{ width: 90 }} />
          </Form.Item>
        </Space>
      </Form>
    </Modal>
  );
}

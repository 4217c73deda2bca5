import { UserAddOutlined } from '@ant-design/icons';
import { Button, Form, Input, Modal, Radio, Result } from 'antd';
import { useState } from 'react';
import type { CitizenKind } from '../../../domain/citizen';
import { useI18n } from '../../i18n';
import { showFieldProblems } from '../dossiers/problems';
import { IdentityFields, ProblemAlert } from './fields';
import { useAssistSignup } from './queries';
import type { AssistInput, CodeChannel } from './types';

type Values = { kind: CitizenKind; idNumber: string; fullName: string; phone?: string; email?: string; address?: string; channel?: CodeChannel };
const blank = (s: string | null | undefined) => (s?.trim() ? s.trim() : null);

/**
 * Seed 000 "hỗ trợ tạo tài khoản" at the counter: opens a pending portal account for the citizen in
 * front of the officer (prefilled from the last receipt's applicant when there is one); the citizen
 * gets an activation code and sets their own password on the portal.
 */
export function AssistSignupButton({ initial }: { initial?: Partial<AssistInput> | undefined }) {
  const { t, fmt } = useI18n();
  const c = t.account.counter;
  const f = t.account.field;
  const [open, setOpen] = useState(false);
  const assist = useAssistSignup();
  const [form] = Form.useForm<Values>();
  const kind: CitizenKind = Form.useWatch('kind', form) ?? 'individual';
  const phone = Form.useWatch('phone', form);
  const email = Form.useWatch('email', form);
  const close = () => {
    setOpen(false);
    assist.reset();
  };
  const onFinish = (v: Values) =>
    assist.mutate(
      { kind: v.kind, idNumber: v.idNumber.trim(), fullName: v.fullName.trim(), phone: blank(v.phone), email: blank(v.email), address: blank(v.address), ...(v.channel ? { channel: v.channel } : {}) },
      { onError: (e) => showFieldProblems(form, e, ['kind', 'idNumber', 'fullName', 'phone', 'email', 'address', 'channel']) },
    );
  const done = assist.data;
  return (
    <>
      <Button icon={<UserAddOutlined />} onClick={() => setOpen(true)} className="no-print" data-testid="assist-signup">
        {c.button}
      </Button>
      <Modal
        open={open}
        title={c.title}
        onCancel={close}
        destroyOnHidden
        footer={
          done
            ? [<Button key="close" type="primary" onClick={close}>{c.close}</Button>]
            : [
                <Button key="cancel" onClick={close}>{t.admin.cancel}</Button>,
                <Button key="ok" type="primary" loading={assist.isPending} onClick={() => form.submit()} data-testid="assist-submit">{c.submit}</Button>,
              ]
        }
      >
        {done ? (
          <Result status="success" title={fmt(c.done, { id: done.idNumber, to: done.sentTo })} subTitle={fmt(c.activateAt, { minutes: String(done.expiresMinutes) })} data-testid="assist-done" />
        ) : (
          <>
            <p>{c.hint}</p>
            <ProblemAlert error={assist.error} />
            <Form
              form={form}
              layout="vertical"
              requiredMark={false}
              onFinish={onFinish}
              initialValues={{ kind: initial?.kind ?? 'individual', idNumber: initial?.idNumber ?? '', fullName: initial?.fullName ?? '', phone: initial?.phone ?? '', email: initial?.email ?? '', address: initial?.address ?? '' }}
            >
              <IdentityFields kind={kind} />
              <Form.Item name="address" label={f.address}>
                <Input id="address" maxLength={500} autoComplete="off" />
              </Form.Item>
              {phone?.trim() && email?.trim() && (
                <Form.Item name="channel" label={f.channel} initialValue="sms">
                  <Radio.Group options={(['sms', 'email'] as const).map((ch) => ({ value: ch, label: f.channels[ch] }))} />
                </Form.Item>
              )}
            </Form>
          </>
        )}
      </Modal>
    </>
  );
}

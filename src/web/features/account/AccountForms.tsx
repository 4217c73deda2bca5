import { App, Button, Form, Input, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { useI18n } from '../../i18n';
import { showFieldProblems } from '../dossiers/problems';
import { CodeField, NewPasswordFields, ProblemAlert, useAccountRules } from './fields';
import { useChangePassword, useConfirmContactChange, useRequestContactChange, useUpdateProfile } from './queries';
import type { CitizenMe, CodeChannel, SentCode } from './types';

/** Name and address (the CCCD / tax code never changes). */
export function ProfileForm({ me }: { me: CitizenMe }) {
  const { t } = useI18n();
  const a = t.account;
  const { message } = App.useApp();
  const update = useUpdateProfile();
  const rules = useAccountRules();
  const [form] = Form.useForm<{ fullName: string; address?: string }>();
  return (
    <Form
      form={form}
      layout="vertical"
      requiredMark={false}
      initialValues={{ fullName: me.fullName, address: me.address ?? '' }}
      onFinish={(v) =>
        update.mutate(
          { fullName: v.fullName.trim(), address: v.address?.trim() || null },
          { onSuccess: () => void message.success(a.profile.saved), onError: (e) => showFieldProblems(form, e, ['fullName', 'address']) },
        )
      }
    >
      <ProblemAlert error={update.error} />
      <Form.Item name="fullName" label={a.field.fullName[me.kind]} rules={[rules.required(a.field.fullName[me.kind])]}>
        <Input id="profile-fullName" autoComplete="name" maxLength={300} />
      </Form.Item>
      <Form.Item name="address" label={a.field.address}>
        <Input id="profile-address" autoComplete="street-address" maxLength={500} />
      </Form.Item>
      <Button htmlType="submit" loading={update.isPending}>
        {a.profile.save}
      </Button>
    </Form>
  );
}

/** A new mobile number or e-mail: a code goes there first; the account changes once it comes back. */
export function ContactForm() {
  const { t, fmt } = useI18n();
  const a = t.account;
  const { message } = App.useApp();
  const ask = useRequestContactChange();
  const confirm = useConfirmContactChange();
  const rules = useAccountRules();
  const [sent, setSent] = useState<SentCode | null>(null);
  const [form] = Form.useForm<{ channel: CodeChannel; value: string }>();
  const [codeForm] = Form.useForm<{ code: string }>();
  const channel: CodeChannel = Form.useWatch('channel', form) ?? 'sms';
  return (
    <>
      <Typography.Paragraph type="secondary">{a.profile.contactHint}</Typography.Paragraph>
      <ProblemAlert error={sent ? confirm.error : ask.error} />
      <Form
        form={form}
        layout="vertical"
        requiredMark={false}
        initialValues={{ channel: 'sms' }}
        onFinish={(v) => ask.mutate({ channel: v.channel, value: v.value.trim() }, { onSuccess: setSent, onError: (e) => showFieldProblems(form, e, ['value']) })}
      >
        <Space wrap align="start">
          <Form.Item name="channel" label={a.field.channel}>
            <Select id="contact-channel" style={{ minWidth: 160 }} options={(['sms', 'email'] as const).map((c) => ({ value: c, label: c === 'sms' ? a.field.phone : a.field.email }))} />
          </Form.Item>
          <Form.Item name="value" label={a.profile.newValue} rules={[rules.required(a.profile.newValue), channel === 'sms' ? rules.phone : rules.email]}>
            <Input id="contact-value" type={channel === 'sms' ? 'tel' : 'email'} autoComplete={channel === 'sms' ? 'tel' : 'email'} />
          </Form.Item>
        </Space>
        <Button htmlType="submit" loading={ask.isPending}>
          {a.profile.sendCode}
        </Button>
      </Form>
      {sent && (
        <Form
          form={codeForm}
          layout="vertical"
          requiredMark={false}
          style={{ marginTop: 16 }}
          onFinish={(v) =>
            confirm.mutate(
              { code: v.code.trim() },
              {
                onSuccess: () => {
                  setSent(null);
                  form.resetFields();
                  codeForm.resetFields();
                  void message.success(a.profile.contactChanged);
                },
                onError: (e) => showFieldProblems(codeForm, e, ['code']),
              },
            )
          }
        >
          <Typography.Paragraph>{fmt(a.code.sent, { to: sent.sentTo, minutes: String(sent.expiresMinutes) })}</Typography.Paragraph>
          <CodeField />
          <Button type="primary" htmlType="submit" loading={confirm.isPending}>
            {a.code.submit}
          </Button>
        </Form>
      )}
    </>
  );
}

/** Change the password (or set one on an account opened with e-ID); other sessions end. */
export function PasswordForm({ me }: { me: CitizenMe }) {
  const { t } = useI18n();
  const a = t.account;
  const { message } = App.useApp();
  const change = useChangePassword();
  const rules = useAccountRules();
  const [form] = Form.useForm<{ currentPassword?: string; newPassword: string; newPasswordAgain: string }>();
  return (
    <Form
      form={form}
      layout="vertical"
      requiredMark={false}
      onFinish={(v) =>
        change.mutate(
          { ...(me.hasPassword ? { currentPassword: v.currentPassword ?? '' } : {}), newPassword: v.newPassword },
          {
            onSuccess: () => {
              form.resetFields();
              void message.success(a.profile.passwordChanged);
            },
            onError: (e) => showFieldProblems(form, e, ['currentPassword', 'newPassword']),
          },
        )
      }
    >
      {!me.hasPassword && <Typography.Paragraph type="secondary">{a.profile.setPasswordHint}</Typography.Paragraph>}
      <ProblemAlert error={change.error} />
      {me.hasPassword && (
        <Form.Item name="currentPassword" label={a.field.currentPassword} rules={[rules.required(a.field.currentPassword)]}>
          <Input.Password id="currentPassword" autoComplete="current-password" />
        </Form.Item>
      )}
      <NewPasswordFields name="newPassword" label={a.field.newPassword} />
      <Button htmlType="submit" loading={change.isPending}>
        {a.profile.changePassword}
      </Button>
    </Form>
  );
}

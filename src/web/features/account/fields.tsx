import { Alert, Form, Input, Radio, type FormRule as Rule } from 'antd';
import type { ReactNode } from 'react';
import { CITIZEN_KINDS, CITIZEN_PASSWORD_MIN, idNumberProblem, type CitizenKind } from '../../../domain/citizen';
import { normaliseEmail, normaliseVietnamMobile } from '../../../domain/notifications';
import { ApiError } from '../../api/client';
import { useI18n } from '../../i18n';

const check = (ok: boolean, message: string) => (ok ? Promise.resolve() : Promise.reject(new Error(message)));

/** Form rules shared by the account pages: the same checks the server makes, in the reader's language. */
export function useAccountRules() {
  const { t, fmt } = useI18n();
  const a = t.account;
  return {
    required: (field: string): Rule => ({ required: true, whitespace: true, message: fmt(a.rule.required, { field: field.toLowerCase() }) }),
    password: { validator: (_: unknown, v?: string) => check((v ?? '').length >= CITIZEN_PASSWORD_MIN, a.rule.passwordShort) } satisfies Rule,
    confirm: (of: string): Rule => ({ getFieldValue }) => ({ validator: (_, v?: string) => check(!!v && v === getFieldValue(of), a.rule.passwordMismatch) }),
    phone: { validator: (_: unknown, v?: string) => check(!v?.trim() || normaliseVietnamMobile(v) !== null, a.rule.phoneInvalid) } satisfies Rule,
    email: { validator: (_: unknown, v?: string) => check(!v?.trim() || normaliseEmail(v) !== null, a.rule.emailInvalid) } satisfies Rule,
    code: { validator: (_: unknown, v?: string) => check(/^\d{6}$/.test((v ?? '').trim()), a.rule.codeInvalid) } satisfies Rule,
    idNumber: (kind: CitizenKind): Rule => ({ validator: (_, v?: string) => {
      const problem = idNumberProblem(kind, (v ?? '').trim());
      return problem ? Promise.reject(new Error(problem)) : Promise.resolve();
    } }),
  };
}

/** Kind, CCCD / tax code, name, phone, e-mail (one of the two required), for sign-up and the counter. */
export function IdentityFields({ kind }: { kind: CitizenKind }) {
  const { t } = useI18n();
  const f = t.account.field;
  const rules = useAccountRules();
  const contact: Rule = ({ getFieldValue }) => ({
    validator: () => check(!!(getFieldValue('phone') ?? '').trim() || !!(getFieldValue('email') ?? '').trim(), t.account.rule.contactRequired),
  });
  return (
    <>
      <Form.Item name="kind" label={f.kind} initialValue="individual">
        <Radio.Group options={CITIZEN_KINDS.map((k) => ({ value: k, label: f.kinds[k] }))} optionType="button" />
      </Form.Item>
      <Form.Item name="idNumber" label={f.idNumber[kind]} dependencies={['kind']} validateDebounce={300} rules={[rules.idNumber(kind)]} required>
        <Input id="idNumber" inputMode={kind === 'individual' ? 'numeric' : 'text'} maxLength={14} autoComplete="off" />
      </Form.Item>
      <Form.Item name="fullName" label={f.fullName[kind]} rules={[rules.required(f.fullName[kind])]}>
        <Input id="fullName" autoComplete={kind === 'individual' ? 'name' : 'organization'} maxLength={300} />
      </Form.Item>
      <Form.Item name="phone" label={f.phone} dependencies={['email']} rules={[rules.phone, contact]}>
        <Input id="phone" type="tel" inputMode="tel" autoComplete="tel" maxLength={20} />
      </Form.Item>
      <Form.Item name="email" label={f.email} dependencies={['phone']} rules={[rules.email, contact]}>
        <Input id="email" type="email" autoComplete="email" maxLength={254} />
      </Form.Item>
    </>
  );
}

/** A new password and its repetition. */
export function NewPasswordFields({ name = 'password', label }: { name?: string; label?: string }) {
  const { t } = useI18n();
  const f = t.account.field;
  const rules = useAccountRules();
  return (
    <>
      <Form.Item name={name} label={label ?? f.password} extra={f.passwordHint} rules={[rules.password]} required>
        <Input.Password id={name} autoComplete="new-password" maxLength={256} />
      </Form.Item>
      <Form.Item name={`${name}Again`} label={f.confirmPassword} dependencies={[name]} rules={[rules.confirm(name)]} required>
        <Input.Password id={`${name}Again`} autoComplete="new-password" maxLength={256} />
      </Form.Item>
    </>
  );
}

/** The 6-digit code box (phones offer the code from the SMS). */
export function CodeField() {
  const { t } = useI18n();
  return (
    <Form.Item name="code" label={t.account.field.code} rules={[useAccountRules().code]} required>
      <Input id="code" inputMode="numeric" autoComplete="one-time-code" maxLength={6} style={{ maxWidth: 200, letterSpacing: 4 }} />
    </Form.Item>
  );
}

/** The server's refusal, read out by screen readers. */
export function ProblemAlert({ error, action }: { error: unknown; action?: ReactNode }) {
  const { t } = useI18n();
  if (!error) return null;
  const message = error instanceof ApiError ? error.detail : t.error.generic;
  return <Alert type="error" showIcon role="alert" title={message} action={action} style={{ marginBottom: 16 }} />;
}

/** The stable `reason` of a refusal (problem+json extension), e.g. `account_pending`. */
export const reasonOf = (e: unknown): string | null => (e instanceof ApiError && typeof e.body.reason === 'string' ? e.body.reason : null);

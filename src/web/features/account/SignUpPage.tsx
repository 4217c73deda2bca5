import { Button, Card, Form, Radio, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { safeReturnPath, type CitizenKind } from '../../../domain/citizen';
import { useI18n } from '../../i18n';
import { showFieldProblems } from '../dossiers/problems';
import { CodeStep } from './CodeStep';
import { IdentityFields, NewPasswordFields, ProblemAlert } from './fields';
import { useSignUp } from './queries';
import type { CodeChannel, SentCode } from './types';

type Values = { kind: CitizenKind; idNumber: string; fullName: string; phone?: string; email?: string; channel?: CodeChannel; password: string; passwordAgain: string };
const FIELDS = ['kind', 'idNumber', 'fullName', 'phone', 'email', 'channel', 'password'];
const blank = (s: string | undefined) => (s?.trim() ? s.trim() : null);

/** /tai-khoan/dang-ky — sign-up (individual by CCCD, organisation by tax code), then the code sent to activate it. */
export function SignUpPage() {
  const { t } = useI18n();
  const a = t.account;
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const signUp = useSignUp();
  const [form] = Form.useForm<Values>();
  const kind: CitizenKind = Form.useWatch('kind', form) ?? 'individual';
  const phone = Form.useWatch('phone', form);
  const email = Form.useWatch('email', form);
  const [sent, setSent] = useState<(SentCode & { account: string }) | null>(null);
  const next = safeReturnPath(params.get('next'));

  const onFinish = (v: Values) =>
    signUp.mutate(
      { kind: v.kind, idNumber: v.idNumber.trim(), fullName: v.fullName.trim(), phone: blank(v.phone), email: blank(v.email), password: v.password, ...(v.channel ? { channel: v.channel } : {}) },
      { onSuccess: setSent, onError: (e) => showFieldProblems(form, e, FIELDS) },
    );

  return (
    <Card style={{ maxWidth: 560, margin: '24px auto' }}>
      <Typography.Title level={2} style={{ marginTop: 0 }}>
        {sent ? a.code.title : a.signup.title}
      </Typography.Title>
      {sent ? (
        <CodeStep account={sent.account} sent={sent} onDone={() => void navigate(next === '/' ? '/tai-khoan' : next, { replace: true })} />
      ) : (
        <>
          <Typography.Paragraph type="secondary">{a.signup.intro}</Typography.Paragraph>
          <ProblemAlert error={signUp.error} />
          <Form form={form} layout="vertical" requiredMark={false} onFinish={onFinish} data-testid="signup-form">
            <IdentityFields kind={kind} />
            {phone?.trim() && email?.trim() && (
              <Form.Item name="channel" label={a.field.channel} initialValue="email">
                <Radio.Group options={(['email', 'sms'] as const).map((c) => ({ value: c, label: a.field.channels[c] }))} />
              </Form.Item>
            )}
            <NewPasswordFields />
            <Button type="primary" htmlType="submit" block size="large" loading={signUp.isPending} data-testid="signup-submit">
              {a.signup.submit}
            </Button>
          </Form>
          <Typography.Paragraph style={{ marginTop: 16 }}>
            {a.signup.haveAccount} <Link to="/tai-khoan/dang-nhap" style={{ textDecoration: 'underline' }}>
              {a.signup.login}
            </Link>
          </Typography.Paragraph>
        </>
      )}
    </Card>
  );
}

import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useI18n } from '../../i18n';
import { showFieldProblems } from '../dossiers/problems';
import { CodeField, NewPasswordFields, ProblemAlert, useAccountRules } from './fields';
import { useRequestRecovery, useResetPassword } from './queries';

/** /tai-khoan/quen-mat-khau — a recovery code to the registered address, then a new password (and a session). */
export function RecoverPage() {
  const { t } = useI18n();
  const r = t.account.recover;
  const f = t.account.field;
  const navigate = useNavigate();
  const request = useRequestRecovery();
  const reset = useResetPassword();
  const rules = useAccountRules();
  const [account, setAccount] = useState<string | null>(null);
  const [form] = Form.useForm<{ code: string; password: string; passwordAgain: string }>();

  return (
    <Card style={{ maxWidth: 520, margin: '24px auto' }}>
      <Typography.Title level={2} style={{ marginTop: 0 }}>
        {r.title}
      </Typography.Title>
      {account === null ? (
        <>
          <Typography.Paragraph type="secondary">{r.intro}</Typography.Paragraph>
          <ProblemAlert error={request.error} />
          <Form layout="vertical" requiredMark={false} onFinish={(v: { account: string }) => request.mutate({ account: v.account.trim() }, { onSuccess: () => setAccount(v.account.trim()) })}>
            <Form.Item name="account" label={f.account} rules={[rules.required(f.account)]}>
              <Input id="account" autoComplete="username" autoFocus />
            </Form.Item>
            <Button type="primary" htmlType="submit" block loading={request.isPending}>
              {r.send}
            </Button>
          </Form>
        </>
      ) : (
        <>
          <Alert type="info" showIcon title={r.sent} style={{ marginBottom: 16 }} />
          <ProblemAlert error={reset.error} />
          <Form
            form={form}
            layout="vertical"
            requiredMark={false}
            onFinish={(v) =>
              reset.mutate(
                { account, code: v.code.trim(), password: v.password },
                { onSuccess: () => void navigate('/tai-khoan', { replace: true }), onError: (e) => showFieldProblems(form, e, ['code', 'password']) },
              )
            }
          >
            <CodeField />
            <NewPasswordFields label={f.newPassword} />
            <Button type="primary" htmlType="submit" block loading={reset.isPending}>
              {r.submit}
            </Button>
          </Form>
        </>
      )}
    </Card>
  );
}

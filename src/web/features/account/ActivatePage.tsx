import { App, Button, Card, Form, Input, Typography } from 'antd';
import { useNavigate, useSearchParams } from 'react-router';
import { useI18n } from '../../i18n';
import { showFieldProblems } from '../dossiers/problems';
import { CodeField, NewPasswordFields, ProblemAlert, useAccountRules } from './fields';
import { useActivate, useResendCode } from './queries';

type Values = { account: string; code: string; password: string; passwordAgain: string };

/** /tai-khoan/kich-hoat — an account opened at the counter: its activation code and the citizen's own password. */
export function ActivatePage() {
  const { t } = useI18n();
  const a = t.account;
  const { message } = App.useApp();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const activate = useActivate();
  const resend = useResendCode();
  const rules = useAccountRules();
  const [form] = Form.useForm<Values>();

  const askCode = async () => {
    const { account } = await form.validateFields(['account']);
    resend.mutate({ account: account.trim() }, { onSuccess: () => void message.success(a.code.resent) });
  };

  return (
    <Card style={{ maxWidth: 520, margin: '24px auto' }}>
      <Typography.Title level={2} style={{ marginTop: 0 }}>
        {a.activate.title}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{a.activate.intro}</Typography.Paragraph>
      <ProblemAlert error={activate.error} />
      <Form
        form={form}
        layout="vertical"
        requiredMark={false}
        initialValues={{ account: params.get('account') ?? '' }}
        onFinish={(v) =>
          activate.mutate(
            { account: v.account.trim(), code: v.code.trim(), password: v.password },
            { onSuccess: () => void navigate('/tai-khoan', { replace: true }), onError: (e) => showFieldProblems(form, e, ['code', 'password']) },
          )
        }
      >
        <Form.Item name="account" label={a.field.account} extra={a.field.accountHint} rules={[rules.required(a.field.account)]}>
          <Input id="account" autoComplete="username" />
        </Form.Item>
        <CodeField />
        <Button type="link" style={{ paddingInline: 0, marginTop: -8, marginBottom: 16 }} onClick={() => void askCode()} loading={resend.isPending}>
          {a.activate.askCode}
        </Button>
        <NewPasswordFields label={a.field.newPassword} />
        <Button type="primary" htmlType="submit" block size="large" loading={activate.isPending} data-testid="activate-submit">
          {a.activate.submit}
        </Button>
      </Form>
    </Card>
  );
}

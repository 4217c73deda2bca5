import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Divider, Form, Input, Space, Typography } from 'antd';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { safeReturnPath } from '../../../domain/citizen';
import { useI18n } from '../../i18n';
import { ProblemAlert, reasonOf, useAccountRules } from './fields';
import { useAuthOptions, useCitizenLogin } from './queries';

type EidError = keyof ReturnType<typeof useI18n>['t']['account']['login']['eidError'];

/** /tai-khoan/dang-nhap — password login for citizens and organisations, and the e-ID button when configured. */
export function CitizenLoginPage() {
  const { t, fmt } = useI18n();
  const a = t.account;
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const login = useCitizenLogin();
  const options = useAuthOptions();
  const rules = useAccountRules();
  const [form] = Form.useForm<{ account: string; password: string }>();
  const next = safeReturnPath(params.get('next'));
  const nextQuery = next !== '/' ? `?next=${encodeURIComponent(next)}` : '';
  const eidError = params.get('loi');
  const eidMessage = eidError && eidError in a.login.eidError ? a.login.eidError[eidError as EidError] : null;
  const eid = options.data?.eid;
  const pending = reasonOf(login.error) === 'account_pending';

  return (
    <Card style={{ maxWidth: 460, margin: '24px auto' }}>
      <Typography.Title level={2} style={{ marginTop: 0 }}>
        {a.login.title}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{a.login.intro}</Typography.Paragraph>
      {eidMessage && <Alert type="error" showIcon role="alert" title={eidMessage} style={{ marginBottom: 16 }} data-testid="eid-error" />}
      <ProblemAlert
        error={login.error}
        action={
          pending ? (
            <Link to={`/tai-khoan/kich-hoat?account=${encodeURIComponent(form.getFieldValue('account') ?? '')}`}>{a.login.pending}</Link>
          ) : undefined
        }
      />
      <Form
        form={form}
        layout="vertical"
        requiredMark={false}
        onFinish={(v) => login.mutate({ account: v.account.trim(), password: v.password }, { onSuccess: () => void navigate(next, { replace: true }) })}
      >
        <Form.Item name="account" label={a.field.account} extra={a.field.accountHint} rules={[rules.required(a.field.account)]}>
          <Input id="account" autoComplete="username" autoFocus size="large" />
        </Form.Item>
        <Form.Item name="password" label={a.field.password} rules={[rules.required(a.field.password)]}>
          <Input.Password id="password" autoComplete="current-password" size="large" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block size="large" loading={login.isPending} data-testid="citizen-login-submit">
          {a.login.submit}
        </Button>
      </Form>
      <div style={{ marginTop: 12 }}>
        <Link to="/tai-khoan/quen-mat-khau">{a.login.forgot}</Link>
      </div>
      {eid && (
        <>
          <Divider plain>{a.login.or}</Divider>
          {/* A plain link: the browser leaves for the identity provider and comes back to the callback. */}
          <Button href={`${eid.startUrl}${nextQuery}`} block size="large" icon={<SafetyCertificateOutlined />} data-testid="eid-login">
            {fmt(a.login.eid, { name: eid.name })}
          </Button>
        </>
      )}
      <Divider />
      <Space orientation="vertical" size={8}>
        <span>
          {a.login.noAccount} <Link to={`/tai-khoan/dang-ky${nextQuery}`} style={{ textDecoration: 'underline' }}>
            {a.login.signUp}
          </Link>
        </span>
        <Link to="/tai-khoan/kich-hoat">{a.login.activate}</Link>
        <Link to="/dang-nhap">{a.login.officer}</Link>
      </Space>
    </Card>
  );
}

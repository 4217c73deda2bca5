import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useNavigate, useSearchParams } from 'react-router';
import { useI18n } from '../../i18n';
import { areaPath } from '../../app/areas';
import { useLogin } from './queries';

export function LoginPage() {
  const { t, fmt } = useI18n();
  const login = useLogin();
  const navigate = useNavigate();
  const [params] = useSearchParams();

  const onFinish = (values: { username: string; password: string }) =>
    login.mutate(values, {
      onSuccess: (me) => {
        const next = params.get('next');
        void navigate(next && next.startsWith('/') ? next : areaPath(me.home), { replace: true });
      },
    });

  return (
    <Card style={{ maxWidth: 420, margin: '48px auto' }}>
      <Typography.Title level={3}>{t.login.title}</Typography.Title>
      {login.error && <Alert type="error" showIcon title={login.error.message} style={{ marginBottom: 16 }} role="alert" />}
      <Form layout="vertical" onFinish={onFinish} requiredMark={false}>
        <Form.Item label={t.login.username} name="username" rules={[{ required: true, message: fmt(t.login.required, { field: t.login.username.toLowerCase() }) }]}>
          <Input autoFocus autoComplete="username" id="username" />
        </Form.Item>
        <Form.Item label={t.login.password} name="password" rules={[{ required: true, message: fmt(t.login.required, { field: t.login.password.toLowerCase() }) }]}>
          <Input.Password autoComplete="current-password" id="password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={login.isPending}>
          {t.login.submit}
        </Button>
      </Form>
      <Typography.Paragraph type="secondary" style={{ marginTop: 16 }}>
        {t.login.citizenNote}
      </Typography.Paragraph>
    </Card>
  );
}

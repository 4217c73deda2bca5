import { LogoutOutlined } from '@ant-design/icons';
import { Button, Card, Col, Descriptions, Row, Spin, Tag, Typography } from 'antd';
import { Navigate, useNavigate } from 'react-router';
import { useI18n } from '../../i18n';
import { ContactForm, PasswordForm, ProfileForm } from './AccountForms';
import { useCitizenLogout, useCitizenMe } from './queries';

/** /tai-khoan — the citizen's own account: details, name and address, contact change by code, password, logout. */
export function AccountPage() {
  const { t, fmt } = useI18n();
  const a = t.account;
  const me = useCitizenMe();
  const logout = useCitizenLogout();
  const navigate = useNavigate();
  if (me.isPending) return <Spin style={{ display: 'block', margin: 48 }} />;
  if (!me.data) return <Navigate to="/tai-khoan/dang-nhap?next=%2Ftai-khoan" replace />;
  const m = me.data;
  const none = <Typography.Text type="secondary">{a.profile.none}</Typography.Text>;
  return (
    <>
      <Typography.Title level={2} data-testid="account-title">
        {fmt(a.profile.welcome, { name: m.fullName })}
      </Typography.Title>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Card title={a.profile.details}>
            <Descriptions column={1} size="small" data-testid="account-details">
              <Descriptions.Item label={a.field.kind}>{a.field.kinds[m.kind]}</Descriptions.Item>
              <Descriptions.Item label={a.field.idNumber[m.kind]}>{m.idNumber}</Descriptions.Item>
              <Descriptions.Item label={a.field.fullName[m.kind]}>{m.fullName}</Descriptions.Item>
              <Descriptions.Item label={a.field.phone}>{m.phone ?? none}</Descriptions.Item>
              <Descriptions.Item label={a.field.email}>{m.email ?? none}</Descriptions.Item>
              <Descriptions.Item label={a.field.address}>{m.address ?? none}</Descriptions.Item>
              <Descriptions.Item label={a.profile.eid}>
                <Tag color={m.eidLinked ? 'green' : undefined}>{m.eidLinked ? a.profile.eidLinked : a.profile.eidNotLinked}</Tag>
              </Descriptions.Item>
            </Descriptions>
            <Button
              icon={<LogoutOutlined />}
              style={{ marginTop: 16 }}
              loading={logout.isPending}
              onClick={() => logout.mutate(undefined, { onSuccess: () => void navigate('/') })}
              data-testid="account-logout"
            >
              {a.profile.logout}
            </Button>
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card title={a.profile.edit}>
            <ProfileForm key={m.fullName + (m.address ?? '')} me={m} />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card title={a.profile.contactTitle}>
            <ContactForm />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card title={m.hasPassword ? a.profile.passwordTitle : a.profile.setPasswordTitle}>
            <PasswordForm me={m} />
          </Card>
        </Col>
      </Row>
    </>
  );
}

import { Button, Layout, Menu, Space, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { useLogout, useMe } from '../features/auth/queries';
import { useI18n } from '../i18n';

export type NavItem = { key: string; label: string };

/** The frame of every area: title bar with area name, navigation, language switch, user menu. */
export function AppLayout({ area, nav, children }: { area: string; nav: NavItem[]; children: ReactNode }) {
  const { t, lang, setLang } = useI18n();
  const me = useMe();
  const logout = useLogout();
  const navigate = useNavigate();
  const location = useLocation();
  const selected = nav.filter((n) => location.pathname === n.key || location.pathname.startsWith(`${n.key}/`)).map((n) => n.key).slice(-1);

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header style={{ display: 'flex', alignItems: 'center', gap: 16, paddingInline: 16, flexWrap: 'wrap', height: 'auto', lineHeight: '48px' }}>
        <Link to="/" style={{ color: '#fff', fontWeight: 600, whiteSpace: 'nowrap' }}>
          {t.app.name}
        </Link>
        <Typography.Text style={{ color: '#ffffffb0' }} data-testid="area-name">
          {area}
        </Typography.Text>
        <Menu
          theme="dark"
          mode="horizontal"
          selectedKeys={selected}
          style={{ flex: 1, minWidth: 120 }}
          items={nav.map((n) => ({ key: n.key, label: <Link to={n.key}>{n.label}</Link> }))}
        />
        <Space wrap>
          <Button size="small" onClick={() => setLang(lang === 'vi' ? 'en' : 'vi')}>
            {t.app.language}
          </Button>
          {me.data ? (
            <>
              <Typography.Text style={{ color: '#fff' }} data-testid="current-user">
                {me.data.fullName}
              </Typography.Text>
              <Button size="small" onClick={() => logout.mutate(undefined, { onSuccess: () => void navigate('/') })}>
                {t.nav.logout}
              </Button>
            </>
          ) : (
            <Link to="/dang-nhap" style={{ color: '#fff' }}>
              {t.nav.login}
            </Link>
          )}
        </Space>
      </Layout.Header>
      <Layout.Content style={{ padding: 16, maxWidth: 1280, width: '100%', margin: '0 auto' }}>{children}</Layout.Content>
      <Layout.Footer style={{ textAlign: 'center' }}>{t.app.tagline} · motcua</Layout.Footer>
    </Layout>
  );
}

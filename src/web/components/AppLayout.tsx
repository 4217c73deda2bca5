import { MenuOutlined } from '@ant-design/icons';
import { Button, Drawer, Grid, Layout, Menu, Space, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { useLogout, useMe } from '../features/auth/queries';
import { useI18n } from '../i18n';

export type NavItem = { key: string; label: string };

/**
 * The frame of every area: title bar (app and area name, an optional tool such as a search box,
 * language switch, user), then the navigation on its own row, wrapping rather than hiding entries
 * behind "…" when there are many (the administration has eight). On phones the navigation moves
 * into a drawer behind a menu button. `account` replaces the officer's corner (the portal shows the
 * citizen's account there).
 */
export function AppLayout({ area, nav, extra, account, children }: { area: string; nav: NavItem[]; extra?: ReactNode; account?: ReactNode; children: ReactNode }) {
  const { t, lang, setLang } = useI18n();
  const me = useMe();
  const logout = useLogout();
  const navigate = useNavigate();
  const location = useLocation();
  const narrow = !Grid.useBreakpoint().md;
  const [drawer, setDrawer] = useState(false);
  // The most specific entry wins: on /can-bo/tiep-nhan that is "Tiếp nhận", not the area home.
  const selected = nav
    .filter((n) => location.pathname === n.key || location.pathname.startsWith(`${n.key}/`))
    .sort((a, b) => b.key.length - a.key.length)
    .slice(0, 1)
    .map((n) => n.key);
  const items = nav.map((n) => ({ key: n.key, label: <Link to={n.key} onClick={() => setDrawer(false)}>{n.label}</Link> }));
  const user = me.data && (
    <Typography.Text style={{ color: narrow ? undefined : '#fff' }} data-testid="current-user">
      {me.data.fullName}
    </Typography.Text>
  );

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <style>{'body { margin: 0; }'}</style>
      <Layout.Header style={{ height: 'auto', lineHeight: '48px', paddingInline: 16 }}>
        <div style={{ display: 'flex', alignItems: 'center', columnGap: 12, flexWrap: 'wrap', minHeight: 48 }}>
          {narrow && nav.length > 0 && (
            <Button type="text" icon={<MenuOutlined style={{ color: '#fff' }} />} aria-label={t.nav.menu} onClick={() => setDrawer(true)} data-testid="nav-toggle" />
          )}
          <Link to="/" style={{ color: '#fff', fontWeight: 600, whiteSpace: 'nowrap' }}>
            {t.app.name}
          </Link>
          {!narrow && (
            <Typography.Text style={{ color: '#ffffffb0', whiteSpace: 'nowrap' }} data-testid="area-name">
              {area}
            </Typography.Text>
          )}
          <div style={{ flex: 1 }} />
          {extra && <div style={{ width: narrow ? '100%' : undefined, order: narrow ? 10 : undefined, lineHeight: 'normal', paddingBottom: narrow ? 10 : 0 }}>{extra}</div>}
          <Space wrap size={8}>
            <Button size="small" onClick={() => setLang(lang === 'vi' ? 'en' : 'vi')}>
              {t.app.language}
            </Button>
            {account ?? (me.data ? (
              <>
                {!narrow && user}
                <Button size="small" onClick={() => logout.mutate(undefined, { onSuccess: () => void navigate('/') })}>
                  {t.nav.logout}
                </Button>
              </>
            ) : (
              <Link to="/dang-nhap" style={{ color: '#fff' }}>
                {t.nav.login}
              </Link>
            ))}
          </Space>
        </div>
        {!narrow && nav.length > 0 && (
          <Menu
            theme="dark"
            mode="horizontal"
            disabledOverflow
            selectedKeys={selected}
            items={items}
            data-testid="main-nav"
            style={{ flexWrap: 'wrap', lineHeight: '40px', borderBottom: 0, marginInline: -16 }}
          />
        )}
      </Layout.Header>
      {narrow && (
        <Drawer open={drawer} placement="left" size={280} title={area} onClose={() => setDrawer(false)} styles={{ body: { padding: 0 } }}>
          <Menu mode="inline" selectedKeys={selected} items={items} style={{ borderInlineEnd: 0 }} data-testid="main-nav" />
          {user && !account && <div style={{ padding: 16 }}>{user}</div>}
        </Drawer>
      )}
      <Layout.Content style={{ padding: 16, maxWidth: 1280, width: '100%', margin: '0 auto' }}>{children}</Layout.Content>
      <Layout.Footer style={{ textAlign: 'center' }}>{t.app.tagline} · motcua</Layout.Footer>
    </Layout>
  );
}

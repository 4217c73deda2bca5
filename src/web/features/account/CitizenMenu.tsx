import { DownOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Dropdown, Grid } from 'antd';
import { Link, useLocation, useNavigate } from 'react-router';
import { useI18n } from '../../i18n';
import { useCitizenLogout, useCitizenMe } from './queries';

const VISUALLY_HIDDEN = { position: 'absolute', width: 1, height: 1, overflow: 'hidden', clipPath: 'inset(50%)', whiteSpace: 'nowrap' } as const;

/**
 * The portal header's account corner: "Đăng nhập" for visitors, the citizen's name with a menu
 * (Tài khoản, Đăng xuất) once logged in. Officers log in on their own page.
 */
export function CitizenMenu({ light }: { light: boolean }) {
  const { t, fmt } = useI18n();
  const a = t.account.menu;
  const me = useCitizenMe();
  const logout = useCitizenLogout();
  const navigate = useNavigate();
  const location = useLocation();
  // On a phone only the icon shows (the header keeps one row); the name heads the menu.
  const narrow = !Grid.useBreakpoint().md;
  const color = light ? '#fff' : undefined;
  if (me.isPending) return null;
  if (!me.data) {
    const here = location.pathname.startsWith('/tai-khoan') ? '' : `?next=${encodeURIComponent(location.pathname + location.search)}`;
    return (
      <Link to={`/tai-khoan/dang-nhap${here}`} style={{ color }} data-testid="citizen-login-link">
        {a.login}
      </Link>
    );
  }
  const entries = [
    { key: 'account', icon: <UserOutlined />, label: <Link to="/tai-khoan">{a.account}</Link> },
    { key: 'logout', label: a.logout, 'data-testid': 'citizen-logout', onClick: () => logout.mutate(undefined, { onSuccess: () => void navigate('/') }) },
  ];
  const items = narrow ? [{ type: 'group' as const, key: 'who', label: me.data.fullName, children: entries }] : entries;
  return (
    <Dropdown menu={{ items }} trigger={['click']}>
      <Button type="text" size="small" style={{ color, maxWidth: 240 }} aria-label={fmt(a.label, { name: me.data.fullName })} data-testid="citizen-menu">
        <UserOutlined />
        <span style={narrow ? VISUALLY_HIDDEN : { overflow: 'hidden', textOverflow: 'ellipsis' }} data-testid="citizen-name">
          {me.data.fullName}
        </span>
        <DownOutlined />
      </Button>
    </Dropdown>
  );
}

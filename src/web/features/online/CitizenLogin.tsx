import { LoginOutlined } from '@ant-design/icons';
import { Button, Result } from 'antd';
import { Link, useLocation } from 'react-router';
import { useI18n } from '../../i18n';

/** Shown where the portal account is needed and the API answered 401: the way to the citizen login, back here after. */
export function CitizenLogin() {
  const s = useI18n().t.online.login;
  const here = useLocation();
  return (
    <Result
      status="403"
      title={s.title}
      subTitle={s.hint}
      data-testid="citizen-login"
      extra={
        <Link to={`/tai-khoan/dang-nhap?tiep=${encodeURIComponent(here.pathname + here.search)}`}>
          <Button type="primary" icon={<LoginOutlined />}>
            {s.link}
          </Button>
        </Link>
      }
    />
  );
}

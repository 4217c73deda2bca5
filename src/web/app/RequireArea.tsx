import { Spin } from 'antd';
import { LazyResult } from '../components/LazyResult';
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useMe } from '../features/auth/queries';
import { useI18n } from '../i18n';
import { mayEnter, type AreaName } from './areas';

/** Sends anonymous users to the login page and refuses roles that may not enter the area. */
export function RequireArea({ area, children }: { area: AreaName; children: ReactNode }) {
  const me = useMe();
  const location = useLocation();
  const { t } = useI18n();
  if (me.isPending) return <Spin style={{ display: 'block', margin: 48 }} />;
  if (!me.data) return <Navigate to={`/dang-nhap?next=${encodeURIComponent(location.pathname)}`} replace />;
  if (!mayEnter(area, me.data.roles.map((r) => r.role))) return <LazyResult status="403" title="403" subTitle={t.error.forbiddenArea} />;
  return <>{children}</>;
}

import { Alert, Card, List, Typography } from 'antd';
import { Route, Routes } from 'react-router';
import { AppLayout } from '../../components/AppLayout';
import { useMe } from '../../features/auth/queries';
import { useI18n } from '../../i18n';

function WorkspaceHome() {
  const { t, fmt } = useI18n();
  const me = useMe();
  return (
    <>
      <Typography.Title level={2} data-testid="workspace-title">
        {fmt(t.workspace.welcome, { name: me.data?.fullName ?? '' })}
      </Typography.Title>
      <Card title={t.workspace.roles}>
        <List
          dataSource={me.data?.roles ?? []}
          renderItem={(r) => (
            <List.Item data-testid="role-item">
              {t.role[r.role]} {r.agencyCode ? `· ${r.agencyCode}` : ''} {r.unitCode ? `· ${r.unitCode}` : ''}
            </List.Item>
          )}
        />
      </Card>
      <Alert style={{ marginTop: 16 }} type="info" title={t.workspace.queuesSoon} />
    </>
  );
}

export function WorkspaceRoutes() {
  const { t } = useI18n();
  return (
    <AppLayout area={t.area.workspace} nav={[{ key: '/can-bo', label: t.nav.home }]}>
      <Routes>
        <Route index element={<WorkspaceHome />} />
      </Routes>
    </AppLayout>
  );
}

import { Result } from 'antd';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router';
import { LoginPage } from '../features/auth/LoginPage';
import { useI18n } from '../i18n';
import { AdminRoutes } from '../routes/admin/AdminRoutes';
import { PortalRoutes } from '../routes/portal/PortalRoutes';
import { ProcedurePortalRoutes } from '../routes/portal/ProcedurePages';
import { TrackRoutes } from '../routes/portal/TrackPages';
import { VerifyRoutes } from '../routes/portal/VerifyPages';
import { WorkspaceRoutes } from '../routes/workspace/WorkspaceRoutes';
import { RequireArea } from './RequireArea';

function NotFound() {
  const { t } = useI18n();
  return <Result status="404" title="404" subTitle={t.error.notFound} />;
}

export function App() {
  return (
    <BrowserRouter>
      <Routes>
        <Route path="/dang-nhap" element={<PortalRoutes page={<LoginPage />} />} />
        <Route
          path="/can-bo/*"
          element={
            <RequireArea area="workspace">
              <WorkspaceRoutes />
            </RequireArea>
          }
        />
        <Route
          path="/quan-tri/*"
          element={
            <RequireArea area="admin">
              <AdminRoutes />
            </RequireArea>
          }
        />
        <Route path="/" element={<PortalRoutes />} />
        <Route path="/thu-tuc/*" element={<PortalRoutes page={<ProcedurePortalRoutes />} />} />
        <Route path="/tra-cuu/*" element={<PortalRoutes page={<TrackRoutes />} />} />
        <Route path="/xac-thuc/*" element={<PortalRoutes page={<VerifyRoutes />} />} />
        <Route path="/index.html" element={<Navigate to="/" replace />} />
        <Route path="*" element={<PortalRoutes page={<NotFound />} />} />
      </Routes>
    </BrowserRouter>
  );
}

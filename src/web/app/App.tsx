import { Result } from 'antd';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router';
import { LoginPage } from '../features/auth/LoginPage';
import { useI18n } from '../i18n';
import { AdminRoutes } from '../routes/admin/AdminRoutes';
import { AccountRoutes } from '../routes/portal/AccountPages';
import { ApplyPage } from '../routes/portal/ApplyPage';
import { MyDocumentsPage } from '../routes/portal/MyDocumentsPage';
import { MyDossierRoutes } from '../routes/portal/MyDossiersPages';
import { RatingRoutes } from '../routes/portal/RatingPages';
import { PortalRoutes } from '../routes/portal/PortalRoutes';
import { ProcedurePortalRoutes } from '../routes/portal/ProcedurePages';
import { TrackRoutes } from '../routes/portal/TrackPages';
import { VerifyRoutes } from '../routes/portal/VerifyPages';
import { PaymentRoutes } from '../routes/portal/PaymentPages';
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
        <Route path="/thanh-toan/*" element={<PortalRoutes page={<PaymentRoutes />} />} />
        <Route path="/tai-khoan/*" element={<PortalRoutes page={<AccountRoutes />} />} />
        <Route path="/nop-ho-so/:procedureCode" element={<PortalRoutes page={<ApplyPage />} />} />
        <Route path="/ho-so-cua-toi/*" element={<PortalRoutes page={<MyDossierRoutes />} />} />
        <Route path="/giay-to-cua-toi" element={<PortalRoutes page={<MyDocumentsPage />} />} />
        <Route path="/danh-gia/*" element={<PortalRoutes page={<RatingRoutes />} />} />
        <Route path="/index.html" element={<Navigate to="/" replace />} />
        <Route path="*" element={<PortalRoutes page={<NotFound />} />} />
      </Routes>
    </BrowserRouter>
  );
}

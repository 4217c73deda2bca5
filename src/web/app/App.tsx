import { LazyResult } from '../components/LazyResult';
import { later } from '../components/Later';
import { lazy, type ReactNode } from 'react';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router';
import { useI18n } from '../i18n';
import { PortalRoutes } from '../routes/portal/PortalRoutes';
import { ProcedurePortalRoutes } from '../routes/portal/ProcedurePages';
import { RequireArea } from './RequireArea';

/*
 * Code splitting (issue 7: portal pages interactive < 2 s on a throttled connection). The first
 * bundle holds what an anonymous visitor opens first — the portal home and the procedure catalogue;
 * the officers' workspace, the administration and the citizen's own pages load on first visit,
 * each in its own chunk (docs/adr/0028-portal-speed.md).
 */
const named = <K extends string>(load: () => Promise<Record<K, () => ReactNode>>, name: K) => lazy(async () => ({ default: (await load())[name] }));
const WorkspaceRoutes = named(() => import('../routes/workspace/WorkspaceRoutes'), 'WorkspaceRoutes');
const LoginPage = named(() => import('../features/auth/LoginPage'), 'LoginPage');
const AdminRoutes = named(() => import('../routes/admin/AdminRoutes'), 'AdminRoutes');
const AccountRoutes = named(() => import('../routes/portal/AccountPages'), 'AccountRoutes');
const ApplyPage = named(() => import('../routes/portal/ApplyPage'), 'ApplyPage');
const MyDocumentsPage = named(() => import('../routes/portal/MyDocumentsPage'), 'MyDocumentsPage');
const MyDossierRoutes = named(() => import('../routes/portal/MyDossiersPages'), 'MyDossierRoutes');
const RatingRoutes = named(() => import('../routes/portal/RatingPages'), 'RatingRoutes');
const TrackRoutes = named(() => import('../routes/portal/TrackPages'), 'TrackRoutes');
const VerifyRoutes = named(() => import('../routes/portal/VerifyPages'), 'VerifyRoutes');
const PaymentRoutes = named(() => import('../routes/portal/PaymentPages'), 'PaymentRoutes');
const EvaluationPublicPage = named(() => import('../routes/portal/EvaluationPublicPage'), 'EvaluationPublicPage');
const IndicatorsPublicPage = named(() => import('../routes/portal/IndicatorsPublicPage'), 'IndicatorsPublicPage');
const PaknPortalRoutes = named(() => import('../routes/portal/PaknPages'), 'PaknPortalRoutes');


function NotFound() {
  const { t } = useI18n();
  return <LazyResult status="404" title="404" subTitle={t.error.notFound} />;
}

export function App() {
  return (
    <BrowserRouter>
      <Routes>
        <Route path="/dang-nhap" element={<PortalRoutes page={later(<LoginPage />)} />} />
        <Route
          path="/can-bo/*"
          element={<RequireArea area="workspace">{later(<WorkspaceRoutes />)}</RequireArea>}
        />
        <Route
          path="/quan-tri/*"
          element={<RequireArea area="admin">{later(<AdminRoutes />)}</RequireArea>}
        />
        <Route path="/" element={<PortalRoutes />} />
        <Route path="/thu-tuc/*" element={<PortalRoutes page={<ProcedurePortalRoutes />} />} />
        <Route path="/tra-cuu/*" element={<PortalRoutes page={later(<TrackRoutes />)} />} />
        <Route path="/xac-thuc/*" element={<PortalRoutes page={later(<VerifyRoutes />)} />} />
        <Route path="/thanh-toan/*" element={<PortalRoutes page={later(<PaymentRoutes />)} />} />
        <Route path="/tai-khoan/*" element={<PortalRoutes page={later(<AccountRoutes />)} />} />
        <Route path="/nop-ho-so/:procedureCode" element={<PortalRoutes page={later(<ApplyPage />)} />} />
        <Route path="/ho-so-cua-toi/*" element={<PortalRoutes page={later(<MyDossierRoutes />)} />} />
        <Route path="/giay-to-cua-toi" element={<PortalRoutes page={later(<MyDocumentsPage />)} />} />
        <Route path="/danh-gia/*" element={<PortalRoutes page={later(<RatingRoutes />)} />} />
        <Route path="/phan-anh-kien-nghi/*" element={<PortalRoutes page={later(<PaknPortalRoutes />)} />} />
        <Route path="/danh-gia-chat-luong" element={<PortalRoutes page={later(<EvaluationPublicPage />)} />} />
        <Route path="/chi-so-766" element={<PortalRoutes page={later(<IndicatorsPublicPage />)} />} />
        <Route path="/index.html" element={<Navigate to="/" replace />} />
        <Route path="*" element={<PortalRoutes page={<NotFound />} />} />
      </Routes>
    </BrowserRouter>
  );
}

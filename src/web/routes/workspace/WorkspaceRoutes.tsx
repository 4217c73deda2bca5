import { Route, Routes } from 'react-router';
import { AppLayout, type NavItem } from '../../components/AppLayout';
import { useMe } from '../../features/auth/queries';
import { DossierSearch } from '../../features/dossiers/DossierSearch';
import { Dashboard as IndicatorsDashboard } from '../../features/indicators/Dashboard';
import { CollectionsReport } from '../../features/payments/CollectionsReport';
import { ReconcilePage } from '../../features/payments/ReconcilePage';
import { ReportsPage } from '../../features/reports/ReportsPage';
import { POLICY } from '../../../domain/access';
import { useI18n } from '../../i18n';
import { CounterPage } from './CounterPage';
import { DossierPage } from './DossierPage';
import { EvaluationPage } from './EvaluationPage';
import { PaknWorkspaceRoutes } from './PaknPages';
import { PlanBoardPage } from './PlanBoardPage';
import { QueuePage } from './QueuePage';
import { WorkspaceHome } from './WorkspaceHome';

/** The officer workspace /can-bo: queues (home), the counter for reception officers, dossier pages, fee collections for leaders. */
export function WorkspaceRoutes() {
  const { t } = useI18n();
  const me = useMe();
  const reception = me.data?.roles.some((r) => r.role === 'reception') ?? false;
  const pakn = me.data?.roles.some((r) => (POLICY['pakn.read'].roles as readonly string[]).includes(r.role)) ?? false;
  const reports = me.data?.roles.some((r) => (POLICY['payment.report'].roles as readonly string[]).includes(r.role)) ?? false;
  const plans = me.data?.roles.some((r) => (POLICY['plan.read'].roles as readonly string[]).includes(r.role)) ?? false;
  const periodic = me.data?.roles.some((r) => (POLICY['report.read'].roles as readonly string[]).includes(r.role)) ?? false;
  const reconcile = me.data?.roles.some((r) => (POLICY['payment.reconcile'].roles as readonly string[]).includes(r.role)) ?? false;
  const indicators = me.data?.roles.some((r) => (POLICY['indicators.read'].roles as readonly string[]).includes(r.role)) ?? false;
  const nav: NavItem[] = [
    { key: '/can-bo', label: t.dossier.nav.queues },
    ...(reception ? [{ key: '/can-bo/tiep-nhan', label: t.dossier.nav.counter }] : []),
    ...(reports ? [{ key: '/can-bo/thu-phi', label: t.payments.report.nav }] : []),
    ...(reconcile ? [{ key: '/can-bo/doi-soat', label: t.payments.reconcile.nav }] : []),
    ...(periodic ? [{ key: '/can-bo/bao-cao', label: t.reports.nav }] : []),
    ...(indicators ? [{ key: '/can-bo/chi-so-766', label: t.indicators.nav.admin }] : []),
    // Every officer sees at least their own evaluation results (evaluation.* in domain/access/policy.ts).
    { key: '/can-bo/danh-gia', label: t.evaluation.nav },
    ...(pakn ? [{ key: '/can-bo/pakn', label: t.pakn.nav.workspace }] : []),
    ...(plans ? [{ key: '/can-bo/ke-hoach', label: t.plans.nav.workspace }] : []),
  ];
  return (
    <AppLayout area={t.area.workspace} nav={nav} extra={<DossierSearch />}>
      <Routes>
        <Route index element={<WorkspaceHome />} />
        <Route path="tiep-nhan" element={<CounterPage />} />
        <Route path="hang-doi/:queue" element={<QueuePage />} />
        <Route path="ho-so/:code" element={<DossierPage />} />
        <Route path="chi-so-766" element={<IndicatorsDashboard />} />
        <Route path="thu-phi" element={<CollectionsReport />} />
        <Route path="doi-soat" element={<ReconcilePage />} />
        <Route path="bao-cao" element={<ReportsPage />} />
        <Route path="danh-gia" element={<EvaluationPage />} />
        <Route path="pakn/*" element={<PaknWorkspaceRoutes />} />
        <Route path="ke-hoach" element={<PlanBoardPage />} />
      </Routes>
    </AppLayout>
  );
}

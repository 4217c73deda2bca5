import { Route, Routes } from 'react-router';
import { AppLayout, type NavItem } from '../../components/AppLayout';
import { useMe } from '../../features/auth/queries';
import { DossierSearch } from '../../features/dossiers/DossierSearch';
import { CollectionsReport } from '../../features/payments/CollectionsReport';
import { POLICY } from '../../../domain/access';
import { useI18n } from '../../i18n';
import { CounterPage } from './CounterPage';
import { DossierPage } from './DossierPage';
import { QueuePage } from './QueuePage';
import { WorkspaceHome } from './WorkspaceHome';

/** The officer workspace /can-bo: queues (home), the counter for reception officers, dossier pages, fee collections for leaders. */
export function WorkspaceRoutes() {
  const { t } = useI18n();
  const me = useMe();
  const reception = me.data?.roles.some((r) => r.role === 'reception') ?? false;
  const reports = me.data?.roles.some((r) => (POLICY['payment.report'].roles as readonly string[]).includes(r.role)) ?? false;
  const nav: NavItem[] = [
    { key: '/can-bo', label: t.dossier.nav.queues },
    ...(reception ? [{ key: '/can-bo/tiep-nhan', label: t.dossier.nav.counter }] : []),
    ...(reports ? [{ key: '/can-bo/thu-phi', label: t.payments.report.nav }] : []),
  ];
  return (
    <AppLayout area={t.area.workspace} nav={nav} extra={<DossierSearch />}>
      <Routes>
        <Route index element={<WorkspaceHome />} />
        <Route path="tiep-nhan" element={<CounterPage />} />
        <Route path="hang-doi/:queue" element={<QueuePage />} />
        <Route path="ho-so/:code" element={<DossierPage />} />
        <Route path="thu-phi" element={<CollectionsReport />} />
      </Routes>
    </AppLayout>
  );
}

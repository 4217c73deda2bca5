import { Route, Routes } from 'react-router';
import { AppLayout, type NavItem } from '../../components/AppLayout';
import { useMe } from '../../features/auth/queries';
import { DossierSearch } from '../../features/dossiers/DossierSearch';
import { useI18n } from '../../i18n';
import { CounterPage } from './CounterPage';
import { DossierPage } from './DossierPage';
import { QueuePage } from './QueuePage';
import { WorkspaceHome } from './WorkspaceHome';

/** The officer workspace /can-bo: queues (home), the counter for reception officers, dossier pages. */
export function WorkspaceRoutes() {
  const { t } = useI18n();
  const me = useMe();
  const reception = me.data?.roles.some((r) => r.role === 'reception') ?? false;
  const nav: NavItem[] = [{ key: '/can-bo', label: t.dossier.nav.queues }, ...(reception ? [{ key: '/can-bo/tiep-nhan', label: t.dossier.nav.counter }] : [])];
  return (
    <AppLayout area={t.area.workspace} nav={nav} extra={<DossierSearch />}>
      <Routes>
        <Route index element={<WorkspaceHome />} />
        <Route path="tiep-nhan" element={<CounterPage />} />
        <Route path="hang-doi/:queue" element={<QueuePage />} />
        <Route path="ho-so/:code" element={<DossierPage />} />
      </Routes>
    </AppLayout>
  );
}

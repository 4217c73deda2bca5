import { Spin } from 'antd';
import { lazy, Suspense, type ReactNode } from 'react';
import { LazyResult } from '../../components/LazyResult';
import { Route, Routes, useParams } from 'react-router';
import { useProcedure } from '../../features/catalogue/queries';
import { useI18n } from '../../i18n';
import { SearchPage } from './ProcedureSearchPage';

// The procedure page and its sheets come in a chunk of their own (their tables are not needed to find a
// procedure); the server names that chunk in the HTML of /thu-tuc/:code (src/server/api/web-hints.ts), so it
// travels beside the first bundle instead of after it (issue 7, portal speed).
const page = (name: 'ProcedurePage' | 'SheetPage' | 'AgencyListPage') =>
  lazy(async () => ({ default: (await import('./ProcedureDetailPages'))[name] }));
// Plain Suspense, not components/Later: these pages use no antd App context (message, modal), so they do not wait for it.
const later = (el: ReactNode) => <Suspense fallback={<Spin style={{ display: 'block', margin: 48 }} />}>{el}</Suspense>;
const ProcedurePage = page('ProcedurePage');
const SheetPage = page('SheetPage');
const AgencyListPage = page('AgencyListPage');

/** Asks for the procedure while its page's code is still loading, so the two travel side by side. */
function ProcedureRoute() {
  useProcedure(useParams().code);
  return later(<ProcedurePage />);
}

function NotFound() {
  const { t } = useI18n();
  return <LazyResult status="404" title="404" subTitle={t.error.notFound} />;
}

/** The citizen's procedure pages under /thu-tuc. */
export function ProcedurePortalRoutes() {
  return (
    <Routes>
      <Route index element={<SearchPage />} />
      <Route path="niem-yet" element={later(<AgencyListPage />)} />
      <Route path=":code" element={<ProcedureRoute />} />
      <Route path=":code/niem-yet" element={later(<SheetPage />)} />
      <Route path="*" element={<NotFound />} />
    </Routes>
  );
}

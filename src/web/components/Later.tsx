import { Spin } from 'antd';
import { lazy, Suspense, type ReactNode } from 'react';

// antd's App (the context behind App.useApp(): message, notification, modal) comes with the pages loaded on
// demand, not with the portal's first bundle (issue 7, portal speed). Every page that calls App.useApp() is
// such a page; a component of the first bundle (home, search, layout) must not call it.
const AntApp = lazy(() => import('./AntApp'));

/** A page whose code is still on its way: a spinner inside the area's frame; the page gets antd's App context. */
export const later = (page: ReactNode) => (
  <Suspense fallback={<Spin style={{ display: 'block', margin: 48 }} />}>
    <AntApp>{page}</AntApp>
  </Suspense>
);

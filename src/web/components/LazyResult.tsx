import type { ResultProps } from 'antd';
import { lazy, Suspense } from 'react';

// antd's Result carries its 403/404/500 illustrations (about 33 KB): fetched only when a page needs one,
// not with the portal's first bundle (issue 7, portal speed).
const Result = lazy(() => import('antd/es/result'));

/** antd's Result, loaded on first use. */
export function LazyResult(props: ResultProps) {
  return (
    <Suspense fallback={null}>
      <Result {...props} />
    </Suspense>
  );
}

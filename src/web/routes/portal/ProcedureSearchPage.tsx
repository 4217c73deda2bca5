import { PrinterOutlined } from '@ant-design/icons';
import { Typography } from 'antd';
import { Link, useSearchParams } from 'react-router';
import { ProcedureSearch } from '../../features/catalogue/ProcedureSearch';
import type { SearchParams } from '../../features/catalogue/types';
import { useI18n } from '../../i18n';

const KEYS = ['q', 'field', 'level', 'agency', 'online'] as const;

/** /thu-tuc?q=…&field=…&locationIndependent=true&page=2 — the search state lives in the URL so it can be shared and bookmarked. */
export function SearchPage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const value: SearchParams = { page: Number(params.get('page')) || undefined, locationIndependent: params.get('locationIndependent') === 'true' || undefined };
  for (const k of KEYS) value[k] = params.get(k) || undefined;
  const onChange = (next: SearchParams) => {
    const s = new URLSearchParams();
    for (const k of KEYS) if (next[k]) s.set(k, next[k]);
    if (next.locationIndependent) s.set('locationIndependent', 'true');
    if (next.page && next.page > 1) s.set('page', String(next.page));
    setParams(s, { replace: true });
  };
  return (
    <>
      <Typography.Title level={2}>{t.procedure.searchTitle}</Typography.Title>
      <ProcedureSearch value={value} onChange={onChange} hrefOf={(code) => `/thu-tuc/${code}`} />
      {value.agency && (
        <Link to={`/thu-tuc/niem-yet?agency=${encodeURIComponent(value.agency)}`}>
          <PrinterOutlined /> {t.procedure.postingList}
        </Link>
      )}
    </>
  );
}

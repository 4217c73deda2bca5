import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons';
import { Button, Select, Space, Spin, Typography } from 'antd';
import { LazyResult } from '../../components/LazyResult';
import type { ReactNode } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { ApiError } from '../../api/client';
import { flatten, useAgencies } from '../../features/agencies/queries';
import { AgencyListSheet, ProcedureSheet } from '../../features/catalogue/PostingSheet';
import { ProcedureView } from '../../features/catalogue/ProcedureView';
import { useAgencyPostingList, useProcedure } from '../../features/catalogue/queries';
import type { ProcedureDetail } from '../../features/catalogue/types';
import { useI18n } from '../../i18n';

/*
 * A procedure's page and its printable sheets (/thu-tuc/:code, …/niem-yet): loaded on first visit, apart
 * from the search (ProcedurePages.tsx), because their tables are not needed to find a procedure (issue 7, speed).
 */

function Loading({ error, pending, children }: { error: unknown; pending: boolean; children: () => ReactNode }) {
  const { t } = useI18n();
  if (error) {
    const notFound = error instanceof ApiError && error.status === 404;
    return <LazyResult status={notFound ? '404' : 'error'} title={notFound ? '404' : undefined} subTitle={notFound ? t.procedure.notFound : (error as Error).message} extra={<Link to="/thu-tuc">{t.procedure.searchTitle}</Link>} />;
  }
  if (pending) return <Spin style={{ display: 'block', margin: 48 }} />;
  return <>{children()}</>;
}

export function ProcedurePage() {
  const { code } = useParams();
  const { t } = useI18n();
  const q = useProcedure(code);
  return (
    <Loading error={q.error} pending={q.isPending}>
      {() => (
        <>
          <Link to="/thu-tuc" style={{ display: 'inline-block', marginBottom: 8 }}>
            <ArrowLeftOutlined /> {t.procedure.searchTitle}
          </Link>
          <ProcedureView procedure={q.data!} printHref={`/thu-tuc/${code}/niem-yet`} />
        </>
      )}
    </Loading>
  );
}

function PrintBar({ back, children }: { back: string; children?: ReactNode }) {
  const { t } = useI18n();
  return (
    <Space wrap className="no-print" style={{ marginBottom: 16 }}>
      <Link to={back}>
        <ArrowLeftOutlined /> {t.procedure.back}
      </Link>
      {children}
      <Button type="primary" icon={<PrinterOutlined />} onClick={() => window.print()} data-testid="print-button">
        {t.procedure.printButton}
      </Button>
    </Space>
  );
}

/** /thu-tuc/:code/niem-yet[?agency=CODE] — one procedure's A4 posting sheet. */
export function SheetPage() {
  const { code } = useParams();
  const [params] = useSearchParams();
  const agencies = flatten(useAgencies().data ?? []);
  const q = useProcedure(code);
  const agencyCode = params.get('agency');
  const heading = (d: ProcedureDetail) => agencies.find((a) => a.code === agencyCode)?.name ?? (d.assignments.length === 1 ? d.assignments[0]!.agencyName : d.implementingAgency);
  return (
    <Loading error={q.error} pending={q.isPending}>
      {() => (
        <>
          <PrintBar back={`/thu-tuc/${code}`} />
          <ProcedureSheet d={q.data!} agency={heading(q.data!)} />
        </>
      )}
    </Loading>
  );
}

/** /thu-tuc/niem-yet?agency=CODE — every procedure received at an agency, for its notice board. */
export function AgencyListPage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const agencyCode = params.get('agency') ?? undefined;
  const agencies = flatten(useAgencies().data ?? []);
  const { list, details, pending } = useAgencyPostingList(agencyCode);
  const agency = agencies.find((a) => a.code === agencyCode);
  const rows = details.filter((d): d is ProcedureDetail => !!d);
  const picker = (
    <Select
      style={{ minWidth: 280, maxWidth: '100%' }}
      aria-label={t.procedure.sheet.chooseAgency}
      placeholder={t.procedure.sheet.chooseAgency}
      showSearch={{ optionFilterProp: 'title' }}
      value={agencyCode}
      onChange={(v: string) => setParams({ agency: v }, { replace: true })}
      options={agencies.map((a) => ({ value: a.code, title: a.name, label: <span style={{ paddingLeft: a.depth * 12 }}>{a.name}</span> }))}
    />
  );
  if (!agencyCode) return <Space orientation="vertical"><Typography.Title level={2}>{t.procedure.postingList}</Typography.Title>{picker}</Space>;
  return (
    <Loading error={list.error} pending={pending}>
      {() => (
        <>
          <PrintBar back={`/thu-tuc?agency=${encodeURIComponent(agencyCode)}`}>{picker}</PrintBar>
          <AgencyListSheet agency={agency?.name ?? agencyCode} rows={rows} />
        </>
      )}
    </Loading>
  );
}

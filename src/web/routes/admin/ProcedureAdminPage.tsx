import { ArrowLeftOutlined, EyeOutlined } from '@ant-design/icons';
import { Alert, Result, Space, Spin, Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { PROCEDURE_CODE_PATTERN } from '../../../domain/procedure';
import { ApiError } from '../../api/client';
import { AssignmentsEditor } from '../../features/catalogue/AssignmentsEditor';
import { DraftEditor, emptyRecord } from '../../features/catalogue/DraftEditor';
import { useDraft, useProcedure } from '../../features/catalogue/queries';
import type { ProcedureDetail, ProcedureRecord } from '../../features/catalogue/types';
import { VersionHistory } from '../../features/catalogue/VersionHistory';
import { ProcessAgencies } from '../../features/processes/ProcessAgencies';
import { ResultTemplateEditor } from '../../features/documents/ResultTemplateEditor';
import { formatDateTime } from '../../format';
import { useI18n } from '../../i18n';

/** The interchange record inside a detail response (without version, history and assignments). */
function recordOf(d: ProcedureDetail): ProcedureRecord {
  const { code, name, field, levels, implementingAgency, decisionRef, channels, documents, onlineLevel, locationIndependent, legalBases, subjects, result, conditions, formFields } = d;
  return { code, name, field, levels, implementingAgency, decisionRef, channels, documents, onlineLevel, locationIndependent, legalBases, subjects, result, conditions, formFields: formFields ?? [] };
}

/** /quan-tri/thu-tuc/:code — edit the draft, the receiving agencies, and compare versions. */
export function ProcedureAdminPage() {
  const { code = '' } = useParams();
  const { t, fmt } = useI18n();
  const a = t.catalogueAdmin;
  const valid = PROCEDURE_CODE_PATTERN.test(code);
  const draft = useDraft(valid ? code : undefined);
  const detail = useProcedure(valid ? code : undefined);
  const missing = detail.error instanceof ApiError && detail.error.status === 404;
  // The editor keeps what was typed across saves; only an explicit reload (after a conflict) starts it afresh.
  const [reloads, setReloads] = useState(0);
  const [search] = useSearchParams();

  if (!valid) return <Result status="404" title="404" subTitle={a.codePattern} />;
  if (draft.isPending || (detail.isPending && !detail.error)) return <Spin style={{ display: 'block', margin: 48 }} />;
  if (draft.error) return <Result status="error" subTitle={draft.error.message} />;
  if (detail.error && !missing) return <Result status="error" subTitle={detail.error.message} />;

  const d = detail.data;
  const initial = draft.data?.record ?? (d ? recordOf(d) : emptyRecord(code));
  const info = draft.data
    ? fmt(a.draftInfo, { version: String(draft.data.versionNo), date: formatDateTime(draft.data.updatedAt) })
    : d
      ? a.noDraft
      : a.newProcedure;

  return (
    <>
      <Link to="/quan-tri/thu-tuc">
        <ArrowLeftOutlined /> {a.title}
      </Link>
      <Typography.Title level={2} style={{ marginTop: 8 }} data-testid="procedure-admin-title">
        {initial.name || code}
      </Typography.Title>
      <Space wrap style={{ marginBottom: 12 }}>
        <Tag>{code}</Tag>
        {draft.data && <Tag color="orange">{a.status.draft}</Tag>}
        {d?.status === 'published' && <Tag color="green">{a.status.published}</Tag>}
        {d?.status === 'published' && (
          <Link to={`/thu-tuc/${code}`}>
            <EyeOutlined /> {a.viewPublic}
          </Link>
        )}
      </Space>
      <Alert type={draft.data ? 'warning' : 'info'} showIcon title={info} style={{ marginBottom: 16 }} data-testid="draft-info" />
      <Tabs
        defaultActiveKey={search.get('tab') ?? undefined}
        items={[
          {
            key: 'content',
            label: a.tabContent,
            children: (
              <DraftEditor
                key={`${code}:${reloads}`}
                code={code}
                initial={initial}
                lockVersion={draft.data?.lockVersion ?? null}
                onReload={() => void draft.refetch().then(() => setReloads((n) => n + 1))}
              />
            ),
          },
          {
            key: 'assignments',
            label: a.tabAssignments,
            disabled: !d,
            children: d && <AssignmentsEditor key={code} code={code} assignments={d.assignments} />,
          },
          {
            key: 'process',
            label: t.process.tab,
            disabled: !d,
            children: d && <ProcessAgencies code={code} assignments={d.assignments} />,
          },
          {
            key: 'result-template',
            label: t.documents.template.tab,
            disabled: !d,
            children: d && <ResultTemplateEditor code={code} />,
          },
          {
            key: 'versions',
            label: a.tabVersions,
            disabled: !d,
            children: d && <VersionHistory key={d.versions.length} code={code} versions={d.versions} />,
          },
        ]}
      />
    </>
  );
}

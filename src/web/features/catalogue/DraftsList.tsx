import { Input, Table, Tag } from 'antd';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { matchesQuery, recordsEqual } from '../../../domain/procedure';
import { useI18n } from '../../i18n';
import { OnlineTag } from './display';
import { useCatalogueExport } from './queries';

/**
 * Procedures whose draft differs from the version in force (or that were never published):
 * the export with drafts compared with the export without them.
 */
export function DraftsList({ hrefOf }: { hrefOf: (code: string) => string }) {
  const { t } = useI18n();
  const a = t.catalogueAdmin;
  const p = t.procedure;
  const withDrafts = useCatalogueExport(true);
  const published = useCatalogueExport(false);
  const [filter, setFilter] = useState('');
  const drafts = useMemo(() => {
    const current = new Map((published.data ?? []).map((r) => [r.code, r]));
    return (withDrafts.data ?? [])
      .filter((r) => {
        const pub = current.get(r.code);
        return !pub || !recordsEqual(pub, r);
      })
      .map((r) => ({ ...r, isNew: !current.has(r.code) }));
  }, [withDrafts.data, published.data]);
  const shown = drafts.filter((r) => !filter.trim() || matchesQuery(`${r.code} ${r.name} ${r.field}`, filter));

  return (
    <>
      <Input.Search allowClear placeholder={a.filter} aria-label={a.filter} value={filter} onChange={(e) => setFilter(e.target.value)} style={{ marginBottom: 12, maxWidth: 480 }} />
      <Table
        data-testid="drafts-table"
        rowKey="code"
        size="small"
        loading={withDrafts.isPending || published.isPending}
        dataSource={shown}
        locale={{ emptyText: a.noDrafts }}
        scroll={{ x: 760 }}
        columns={[
          { title: p.code, dataIndex: 'code', width: 100 },
          { title: p.name, render: (_, r) => <Link to={hrefOf(r.code)}>{r.name}</Link> },
          { title: p.field, dataIndex: 'field', width: 180 },
          { title: p.onlineLevel, width: 130, render: (_, r) => <OnlineTag level={r.onlineLevel} /> },
          { title: t.field.status, width: 150, render: (_, r) => <Tag color="orange">{r.isNew ? a.newDraft : a.status.draft}</Tag> },
        ]}
      />
    </>
  );
}

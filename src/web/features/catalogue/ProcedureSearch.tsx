import { Checkbox, Col, Input, List, Row, Select, Space, Tag, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { AGENCY_LEVELS } from '../../../domain/agency';
import { ONLINE_LEVELS } from '../../../domain/procedure';
import { PORTAL_SEARCH_PAGE_SIZE } from '../../../domain/procedure/search-query';
import { flatten, useAgencies } from '../agencies/queries';
import { useI18n } from '../../i18n';
import { LocationIndependentTag, OnlineTag } from './tags';
import { useFields, useProcedureSearch } from './queries';
import type { SearchParams } from './types';

export const PAGE_SIZE = PORTAL_SEARCH_PAGE_SIZE;

/** Calls `onChange` once the value has been still for `ms`. */
function useDebounced(value: string, ms: number, onChange: (v: string) => void) {
  const latest = useRef(onChange);
  useEffect(() => {
    latest.current = onChange;
  });
  useEffect(() => {
    const id = setTimeout(() => latest.current(value), ms);
    return () => clearTimeout(id);
  }, [value, ms]);
}

/**
 * Search box (debounced), filters and paginated results. The caller owns the state (the portal
 * keeps it in the URL) and says where a result links to.
 */
export function ProcedureSearch({ value, onChange, hrefOf }: { value: SearchParams; onChange: (next: SearchParams) => void; hrefOf: (code: string) => string }) {
  const { t } = useI18n();
  const p = t.procedure;
  const fields = useFields();
  const agencies = flatten(useAgencies().data ?? []);
  const [text, setText] = useState(value.q ?? '');
  const page = value.page ?? 1;
  const result = useProcedureSearch({ ...value, page, pageSize: PAGE_SIZE });

  // Follow the URL (back button, home page link) without undoing what is being typed: "ly lich " stays as typed.
  useEffect(() => setText((typed) => (typed.trim() === (value.q ?? '') ? typed : (value.q ?? ''))), [value.q]);
  useDebounced(text, 350, (q) => {
    if (q.trim() !== (value.q ?? '').trim()) onChange({ ...value, q: q.trim() || undefined, page: undefined });
  });
  const set = (patch: SearchParams) => onChange({ ...value, ...patch, page: undefined });

  return (
    <>
      <Input.Search
        size="large"
        allowClear
        data-testid="procedure-search"
        aria-label={p.searchPlaceholder}
        placeholder={p.searchPlaceholder}
        value={text}
        onChange={(e) => setText(e.target.value)}
        onSearch={(q) => onChange({ ...value, q: q.trim() || undefined, page: undefined })}
        style={{ marginBottom: 12 }}
      />
      <Row gutter={[8, 8]} style={{ marginBottom: 12 }}>
        <Col xs={24} sm={12} lg={6}>
          <Select
            style={{ width: '100%' }}
            aria-label={p.field}
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={p.allFields}
            value={value.field}
            loading={fields.isPending}
            onChange={(field?: string) => set({ field })}
            options={(fields.data ?? []).map((f) => ({ value: f, label: f }))}
          />
        </Col>
        <Col xs={12} sm={12} lg={5}>
          <Select style={{ width: '100%' }} aria-label={p.levels} allowClear placeholder={p.allLevels} value={value.level} onChange={(level?: string) => set({ level })} options={AGENCY_LEVELS.map((l) => ({ value: l, label: t.level[l] }))} />
        </Col>
        <Col xs={12} sm={12} lg={5}>
          <Select style={{ width: '100%' }} aria-label={p.onlineLevel} allowClear placeholder={p.allOnline} value={value.online} onChange={(online?: string) => set({ online })} options={ONLINE_LEVELS.map((o) => ({ value: o, label: p.online[o] }))} />
        </Col>
        <Col xs={24} sm={12} lg={8}>
          <Select
            style={{ width: '100%' }}
            aria-label={t.field.agency}
            allowClear
            showSearch={{ optionFilterProp: 'title' }}
            placeholder={p.allAgencies}
            value={value.agency}
            onChange={(agency?: string) => set({ agency })}
            options={agencies.map((a) => ({ value: a.code, title: a.name, label: <span style={{ paddingLeft: a.depth * 12 }}>{a.name}</span> }))}
          />
        </Col>
        <Col xs={24}>
          <Checkbox checked={!!value.locationIndependent} onChange={(e) => set({ locationIndependent: e.target.checked || undefined })} data-testid="location-independent-filter">
            {p.onlyLocationIndependent}
          </Checkbox>
        </Col>
      </Row>
      <List
        data-testid="procedure-results"
        loading={result.isFetching}
        header={result.data && <Typography.Text type="secondary">{p.found(result.data.total)}</Typography.Text>}
        locale={{ emptyText: p.empty }}
        dataSource={result.data?.items ?? []}
        pagination={
          (result.data?.total ?? 0) > PAGE_SIZE && {
            current: page,
            pageSize: PAGE_SIZE,
            total: result.data?.total ?? 0,
            showSizeChanger: false,
            onChange: (n) => onChange({ ...value, page: n > 1 ? n : undefined }),
          }
        }
        renderItem={(item) => (
          <List.Item data-testid="procedure-item">
            <List.Item.Meta
              title={<Link to={hrefOf(item.code)}>{item.name}</Link>}
              description={
                <Space wrap size={4}>
                  <Typography.Text type="secondary">{item.code}</Typography.Text>
                  <Tag color="geekblue">{item.field}</Tag>
                  {item.levels.map((l) => (
                    <Tag key={l}>{t.level[l]}</Tag>
                  ))}
                  <OnlineTag level={item.onlineLevel} />
                  {item.locationIndependent && <LocationIndependentTag />}
                </Space>
              }
            />
          </List.Item>
        )}
      />
    </>
  );
}

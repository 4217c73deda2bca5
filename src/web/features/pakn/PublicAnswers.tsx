import { Button, Card, Input, List, Select, Space, Tag, Typography } from 'antd';
import { Link, useSearchParams } from 'react-router';
import { PAKN_CATEGORIES } from '../../../domain/pakn';
import { formatDate } from '../../format';
import { useI18n } from '../../i18n';
import { flatten, useAgencies } from '../agencies/queries';
import { usePublicAnswers } from './queries';

/** /phan-anh-kien-nghi — published answers with search (no diacritics needed), by agency and kind. */
export function PublicAnswers() {
  const { t, fmt } = useI18n();
  const p = t.pakn.portal;
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? undefined;
  const agencyId = params.get('co-quan') ?? undefined;
  const category = params.get('loai') ?? undefined;
  const page = Number(params.get('trang') ?? '1') || 1;
  const data = usePublicAnswers({ q, agencyId, category, page });
  const agencies = flatten(useAgencies().data ?? []);
  const set = (k: string, v: string | undefined) => {
    const next = new URLSearchParams(params);
    if (v) next.set(k, v);
    else next.delete(k);
    if (k !== 'trang') next.delete('trang');
    setParams(next, { replace: true });
  };
  return (
    <>
      <Space wrap style={{ width: '100%', justifyContent: 'space-between' }}>
        <Typography.Title level={2} style={{ marginTop: 0 }}>
          {p.listTitle}
        </Typography.Title>
        <Space wrap>
          <Link to="/phan-anh-kien-nghi/gui">
            <Button type="primary" data-testid="pakn-send-link">
              {p.send}
            </Button>
          </Link>
          <Link to="/phan-anh-kien-nghi/theo-doi">
            <Button>{p.followTitle}</Button>
          </Link>
        </Space>
      </Space>
      <Typography.Paragraph type="secondary">{p.listIntro}</Typography.Paragraph>
      <Space wrap style={{ marginBottom: 16 }}>
        <Input.Search allowClear defaultValue={q} placeholder={p.search} onSearch={(v) => set('q', v.trim())} style={{ width: 320 }} data-testid="pakn-public-search" />
        <Select allowClear style={{ minWidth: 240 }} placeholder={p.allAgencies} value={agencyId} onChange={(v: string | undefined) => set('co-quan', v)} showSearch={{ optionFilterProp: 'title' }} options={agencies.map((a) => ({ value: a.id, title: a.name, label: <span style={{ paddingLeft: a.depth * 12 }}>{a.name}</span> }))} />
        <Select allowClear style={{ minWidth: 220 }} placeholder={p.allCategories} value={category} onChange={(v: string | undefined) => set('loai', v)} options={PAKN_CATEGORIES.map((c) => ({ value: c, label: t.pakn.category[c] }))} />
      </Space>
      <List
        loading={data.isFetching}
        dataSource={data.data?.items ?? []}
        locale={{ emptyText: p.empty }}
        data-testid="pakn-public-list"
        header={data.data ? <Typography.Text type="secondary">{fmt(p.total, { n: String(data.data.total) })}</Typography.Text> : null}
        pagination={data.data && data.data.total > 10 ? { current: page, pageSize: 10, total: data.data.total, onChange: (n) => set('trang', String(n)), showSizeChanger: false } : false}
        renderItem={(i) => (
          <List.Item key={i.code} data-testid="pakn-public-item">
            <Card size="small" style={{ width: '100%' }} title={<Link to={`/phan-anh-kien-nghi/${i.code}`}>{i.title}</Link>} extra={i.category ? <Tag>{t.pakn.category[i.category]}</Tag> : null}>
              <Typography.Paragraph ellipsis={{ rows: 2 }} type="secondary">
                {i.content}
              </Typography.Paragraph>
              <Typography.Paragraph ellipsis={{ rows: 3 }}>
                <Typography.Text strong>{p.answer}: </Typography.Text>
                {i.answer}
              </Typography.Paragraph>
              <Typography.Text type="secondary">
                {i.code} · {i.agency} · {p.publishedAt} {formatDate(i.publishedAt)}
              </Typography.Text>
            </Card>
          </List.Item>
        )}
      />
    </>
  );
}

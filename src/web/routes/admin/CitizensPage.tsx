import { Empty, Input, Result, Space, Spin, Typography } from 'antd';
import { useState } from 'react';
import { POLICY, type Role } from '../../../domain/access';
import type { Me } from '../../api/types';
import { ProblemAlert } from '../../features/account/fields';
import { useMe } from '../../features/auth/queries';
import { CitizenCard } from '../../features/citizen-admin/CitizenCard';
import { useCitizenSearch } from '../../features/citizen-admin/queries';
import { useI18n } from '../../i18n';

/** `citizen.lock` is a global action: an admin grant without an agency (the server checks the same table). */
export const mayLockCitizens = (me: Me | null | undefined) =>
  !!me?.roles.some((r) => (POLICY['citizen.lock'].roles as readonly Role[]).includes(r.role) && r.agencyCode === null);

/** /quan-tri/cong-dan — find a portal account by its whole CCCD / tax code, mobile or e-mail; lock or unlock it. */
export function CitizensPage() {
  const { t } = useI18n();
  const s = t.citizenAdmin;
  const me = useMe();
  const [q, setQ] = useState('');
  const search = useCitizenSearch(q);
  if (me.isPending) return <Spin style={{ display: 'block', margin: 48 }} />;
  if (!mayLockCitizens(me.data)) return <Result status="403" title="403" subTitle={s.forbidden} />;
  return (
    <>
      <Typography.Title level={2} data-testid="citizens-title">
        {s.title}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{s.searchHint}</Typography.Paragraph>
      <Input.Search
        aria-label={s.searchLabel}
        placeholder={s.searchLabel}
        enterButton={s.searchButton}
        allowClear
        maxLength={254}
        style={{ maxWidth: 560, marginBottom: 16 }}
        data-testid="citizen-search"
        loading={search.isFetching}
        onSearch={(v) => setQ(v.trim())}
      />
      <ProblemAlert error={search.error} />
      {search.data && search.data.length === 0 && <Empty description={s.notFound} data-testid="citizen-none" />}
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        {(search.data ?? []).map((c) => (
          <CitizenCard key={c.id} c={c} />
        ))}
      </Space>
    </>
  );
}

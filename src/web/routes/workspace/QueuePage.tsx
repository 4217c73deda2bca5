import { Col, Row, Typography } from 'antd';
import { useCallback, useMemo } from 'react';
import { Navigate, useParams, useSearchParams } from 'react-router';
import { CHANNELS, type Channel } from '../../../domain/procedure';
import { QueueFiltersBar, QueueMenu } from '../../features/dossiers/QueueNav';
import { QueueTable } from '../../features/dossiers/QueueTable';
import { isQueue, type QueueFilters } from '../../features/dossiers/types';
import { useI18n } from '../../i18n';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** /can-bo/hang-doi/:queue — the filters live in the URL (?q=&kenh=&tu=&den=) so a link or the back button keeps them. */
export function QueuePage() {
  const { t } = useI18n();
  const { queue } = useParams();
  const [params, setParams] = useSearchParams();
  const get = (k: string) => params.get(k) ?? undefined;
  const channel = get('kenh');
  const from = get('tu');
  const to = get('den');
  const filters: QueueFilters = useMemo(
    () => ({
      q: get('q'),
      channel: CHANNELS.includes(channel as Channel) ? (channel as Channel) : undefined,
      receivedFrom: from && DATE.test(from) ? from : undefined,
      receivedTo: to && DATE.test(to) ? to : undefined,
    }),
    [params], // `get`, `channel`, `from`, `to` all read `params`
  );
  const onChange = useCallback(
    (f: QueueFilters) => {
      const next = new URLSearchParams();
      const set = (k: string, v: string | undefined) => v && next.set(k, v);
      set('q', f.q);
      set('kenh', f.channel);
      set('tu', f.receivedFrom);
      set('den', f.receivedTo);
      setParams(next, { replace: true });
    },
    [setParams],
  );
  if (!isQueue(queue)) return <Navigate to="/can-bo" replace />;
  return (
    <Row gutter={24}>
      <Col xs={24} lg={5} xl={4}>
        <QueueMenu current={queue} />
      </Col>
      <Col xs={24} lg={19} xl={20}>
        <Typography.Title level={2} style={{ marginTop: 0 }} data-testid="queue-title">
          {t.dossier.queue[queue]}
        </Typography.Title>
        <QueueFiltersBar value={filters} onChange={onChange} />
        <QueueTable queue={queue} filters={filters} />
      </Col>
    </Row>
  );
}

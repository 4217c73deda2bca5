import { Card, Col, List, Row, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { AppLayout } from '../../components/AppLayout';
import { flatten, useAgencies } from '../../features/agencies/queries';
import { useI18n } from '../../i18n';

function PortalHome() {
  const { t } = useI18n();
  const agencies = useAgencies();
  return (
    <>
      <Typography.Title level={2}>{t.portal.welcome}</Typography.Title>
      <Typography.Paragraph>{t.portal.intro}</Typography.Paragraph>
      <Row gutter={[16, 16]}>
        <Col xs={24} md={8}>
          <Card title={t.portal.searchProcedures}>{t.portal.intro}</Card>
        </Col>
        <Col xs={24} md={8}>
          <Card title={t.portal.trackDossier}>{t.portal.intro}</Card>
        </Col>
        <Col xs={24} md={8}>
          <Card title={t.portal.officerLogin}>
            <Link to="/dang-nhap">{t.nav.login}</Link>
          </Card>
        </Col>
      </Row>
      <Typography.Title level={3} style={{ marginTop: 24 }}>
        {t.portal.agencies}
      </Typography.Title>
      <List
        loading={agencies.isPending}
        dataSource={flatten(agencies.data ?? [])}
        renderItem={(a) => (
          <List.Item style={{ paddingLeft: a.depth * 24 }}>
            <List.Item.Meta title={a.name} description={[a.address, a.phone].filter(Boolean).join(' · ')} />
            <Tag>{t.level[a.level]}</Tag>
          </List.Item>
        )}
      />
    </>
  );
}

export function PortalRoutes({ page }: { page?: ReactNode }) {
  const { t } = useI18n();
  return (
    <AppLayout area={t.area.portal} nav={[{ key: '/', label: t.nav.home }]}>
      {page ?? <PortalHome />}
    </AppLayout>
  );
}

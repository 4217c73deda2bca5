import { Col, Input, List, Row, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link, useNavigate } from 'react-router';
import { AppLayout } from '../../components/AppLayout';
import { Panel } from '../../components/Panel';
import { CitizenMenu } from '../../features/account/CitizenMenu';
import { flatten, useAgencies } from '../../features/agencies/queries';
import { useI18n } from '../../i18n';
import { TrackForm } from './TrackForm';

function PortalHome() {
  const { t } = useI18n();
  const agencies = useAgencies();
  const navigate = useNavigate();
  return (
    <>
      <Typography.Title level={2}>{t.portal.welcome}</Typography.Title>
      <Typography.Paragraph>{t.portal.intro}</Typography.Paragraph>
      <Row gutter={[16, 16]}>
        <Col xs={24} md={12} xl={6}>
          <Panel title={<Link to="/thu-tuc">{t.portal.searchProcedures}</Link>} data-testid="home-search-card" style={{ height: '100%' }}>
            <Typography.Paragraph type="secondary">{t.portal.searchHint}</Typography.Paragraph>
            <Input.Search
              aria-label={t.procedure.searchPlaceholder}
              placeholder={t.procedure.searchPlaceholder}
              enterButton={t.portal.searchButton}
              onSearch={(q) => void navigate(q.trim() ? `/thu-tuc?q=${encodeURIComponent(q.trim())}` : '/thu-tuc')}
            />
            <Link to="/thu-tuc" style={{ display: 'inline-block', marginTop: 8 }}>
              {t.portal.browseAll}
            </Link>
          </Panel>
        </Col>
        <Col xs={24} md={12} xl={6}>
          <Panel title={<Link to="/tra-cuu">{t.portal.trackDossier}</Link>} data-testid="home-track-card" style={{ height: '100%' }}>
            <Typography.Paragraph type="secondary">{t.portal.trackHint}</Typography.Paragraph>
            <TrackForm />
          </Panel>
        </Col>
        <Col xs={24} md={12} xl={6}>
          <Panel title={<Link to="/xac-thuc">{t.nav.verify}</Link>} data-testid="home-verify-card" style={{ height: '100%' }}>
            <Typography.Paragraph type="secondary">{t.portal.verifyHint}</Typography.Paragraph>
            <Link to="/xac-thuc">{t.documents.verify.check}</Link>
          </Panel>
        </Col>
        <Col xs={24} md={12} xl={6}>
          <Panel title={t.portal.officerLogin} style={{ height: '100%' }}>
            <Link to="/dang-nhap">{t.nav.login}</Link>
          </Panel>
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
    <AppLayout
      area={t.area.portal}
      account={<CitizenMenu light />}
      nav={[
        { key: '/', label: t.nav.home },
        { key: '/thu-tuc', label: t.nav.procedures },
        { key: '/tra-cuu', label: t.nav.track },
        { key: '/xac-thuc', label: t.nav.verify },
        { key: '/ho-so-cua-toi', label: t.online.nav.myDossiers },
        { key: '/giay-to-cua-toi', label: t.online.nav.myDocuments },
        { key: '/phan-anh-kien-nghi', label: t.pakn.nav.portal },
        { key: '/danh-gia-chat-luong', label: t.evaluation.portalNav },
        { key: '/chi-so-766', label: t.indicators.nav.portal },
      ]}
    >
      {page ?? <PortalHome />}
    </AppLayout>
  );
}

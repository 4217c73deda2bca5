import { Card, Col, Row, Typography } from 'antd';
import { Link, Route, Routes } from 'react-router';
import { AppLayout } from '../../components/AppLayout';
import { useI18n } from '../../i18n';
import { DutyBoard, DutySummaryCard } from '../../features/catalogue/DutyBoard';
import { ProcessPage } from '../../features/processes/ProcessPage';
import { AgenciesPage } from './AgenciesPage';
import { CalendarPage } from './CalendarPage';
import { CatalogueAdminPage } from './CatalogueAdminPage';
import { DecisionsPage } from './DecisionsPage';
import { ProcedureAdminPage } from './ProcedureAdminPage';
import { UsersPage } from './UsersPage';

function DutiesPage() {
  const { t } = useI18n();
  return (
    <>
      <Typography.Title level={2}>{t.duty.title}</Typography.Title>
      <DutyBoard />
    </>
  );
}

function AdminHome() {
  const { t } = useI18n();
  return (
    <>
      <Typography.Title level={2} data-testid="admin-title">
        {t.admin.welcome}
      </Typography.Title>
      <Row gutter={[16, 16]}>
        <Col xs={24} md={8}>
          <DutySummaryCard />
        </Col>
        <Col xs={24} md={8}>
          <Card title={<Link to="/quan-tri/thu-tuc">{t.catalogueAdmin.title}</Link>} />
        </Col>
        <Col xs={24} md={8}>
          <Card title={<Link to="/quan-tri/quyet-dinh">{t.nav.decisions}</Link>} />
        </Col>
        <Col xs={24} md={8}>
          <Card title={<Link to="/quan-tri/co-quan">{t.admin.agenciesTitle}</Link>} />
        </Col>
        <Col xs={24} md={8}>
          <Card title={<Link to="/quan-tri/tai-khoan">{t.admin.usersTitle}</Link>} />
        </Col>
        <Col xs={24} md={8}>
          <Card title={<Link to="/quan-tri/lich">{t.nav.calendar}</Link>} />
        </Col>
        <Col xs={24} md={8}>
          <Card title={<a href="/api/docs">{t.nav.apiDocs}</a>} />
        </Col>
      </Row>
    </>
  );
}

export function AdminRoutes() {
  const { t } = useI18n();
  return (
    <AppLayout
      area={t.area.admin}
      nav={[
        { key: '/quan-tri', label: t.nav.home },
        { key: '/quan-tri/co-quan', label: t.nav.agencies },
        { key: '/quan-tri/tai-khoan', label: t.nav.users },
        { key: '/quan-tri/lich', label: t.nav.calendar },
        { key: '/quan-tri/thu-tuc', label: t.nav.catalogue },
        { key: '/quan-tri/quyet-dinh', label: t.nav.decisions },
        { key: '/quan-tri/nhiem-vu', label: t.nav.duties },
      ]}
    >
      <Routes>
        <Route index element={<AdminHome />} />
        <Route path="co-quan" element={<AgenciesPage />} />
        <Route path="tai-khoan" element={<UsersPage />} />
        <Route path="lich" element={<CalendarPage />} />
        <Route path="thu-tuc" element={<CatalogueAdminPage />} />
        <Route path="thu-tuc/:code" element={<ProcedureAdminPage />} />
        <Route path="quy-trinh/:code/:agency" element={<ProcessPage />} />
        <Route path="quyet-dinh" element={<DecisionsPage />} />
        <Route path="nhiem-vu" element={<DutiesPage />} />
      </Routes>
    </AppLayout>
  );
}

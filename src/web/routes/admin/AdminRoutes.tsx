import { Card, Col, Row, Typography } from 'antd';
import { Link, Route, Routes } from 'react-router';
import { AppLayout } from '../../components/AppLayout';
import { useI18n } from '../../i18n';
import { DutyBoard, DutySummaryCard } from '../../features/catalogue/DutyBoard';
import { ProcessPage } from '../../features/processes/ProcessPage';
import { ReportsPage } from '../../features/reports/ReportsPage';
import { AgenciesPage } from './AgenciesPage';
import { CalendarPage } from './CalendarPage';
import { CatalogueAdminPage } from './CatalogueAdminPage';
import { CitizensPage } from './CitizensPage';
import { DecisionsPage } from './DecisionsPage';
import { DossierImportPage } from './DossierImportPage';
import { IndicatorsPage } from './IndicatorsPage';
import { FeeScheduleAdminPage } from './FeeScheduleAdminPage';
import { FeeSchedulesPage } from './FeeSchedulesPage';
import { ProcedureAdminPage } from './ProcedureAdminPage';
import { UsersPage } from './UsersPage';
import { PlanPage, PlansPage } from './PlansPage';
import { ImpactAssessmentsPage } from './ImpactAssessmentsPage';
import { InspectionsPage } from './InspectionsPage';
import { ReviewDetailPage, ReviewsPage } from './ReviewsPage';

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
          <Card title={<Link to="/quan-tri/ke-hoach">{t.plans.list.title}</Link>}>{t.plans.list.cardHint}</Card>
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
          <Card title={<Link to="/quan-tri/bieu-phi">{t.payments.feeAdmin.nav}</Link>} />
        </Col>
        <Col xs={24} md={8}>
          <Card title={<Link to="/quan-tri/cong-dan">{t.citizenAdmin.nav}</Link>}>{t.citizenAdmin.cardHint}</Card>
        </Col>
        <Col xs={24} md={8}>
          <Card title={<Link to="/quan-tri/nhap-ho-so">{t.dossierImport.nav}</Link>}>{t.dossierImport.cardHint}</Card>
        </Col>
        <Col xs={24} md={8}>
          <Card title={<Link to="/quan-tri/chi-so-766">{t.indicators.nav.admin}</Link>}>{t.indicators.cardHint}</Card>
        </Col>
        <Col xs={24} md={8}>
          <Card title={<Link to="/quan-tri/bao-cao">{t.reports.nav}</Link>}>{t.reports.cardHint}</Card>
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
        { key: '/quan-tri/cong-dan', label: t.citizenAdmin.nav },
        { key: '/quan-tri/lich', label: t.nav.calendar },
        { key: '/quan-tri/thu-tuc', label: t.nav.catalogue },
        { key: '/quan-tri/quyet-dinh', label: t.nav.decisions },
        { key: '/quan-tri/bieu-phi', label: t.payments.feeAdmin.nav },
        { key: '/quan-tri/nhiem-vu', label: t.nav.duties },
        { key: '/quan-tri/ke-hoach', label: t.plans.nav.admin },
        { key: '/quan-tri/ra-soat', label: t.review.nav.reviews },
        { key: '/quan-tri/danh-gia-tac-dong', label: t.review.nav.impact },
        { key: '/quan-tri/kiem-tra', label: t.review.nav.inspection },
        { key: '/quan-tri/nhap-ho-so', label: t.dossierImport.nav },
        { key: '/quan-tri/bao-cao', label: t.reports.nav },
        { key: '/quan-tri/chi-so-766', label: t.indicators.nav.admin },
      ]}
    >
      <Routes>
        <Route index element={<AdminHome />} />
        <Route path="co-quan" element={<AgenciesPage />} />
        <Route path="tai-khoan" element={<UsersPage />} />
        <Route path="cong-dan" element={<CitizensPage />} />
        <Route path="lich" element={<CalendarPage />} />
        <Route path="thu-tuc" element={<CatalogueAdminPage />} />
        <Route path="thu-tuc/:code" element={<ProcedureAdminPage />} />
        <Route path="quy-trinh/:code/:agency" element={<ProcessPage />} />
        <Route path="quyet-dinh" element={<DecisionsPage />} />
        <Route path="bieu-phi" element={<FeeSchedulesPage />} />
        <Route path="bieu-phi/:code" element={<FeeScheduleAdminPage />} />
        <Route path="nhiem-vu" element={<DutiesPage />} />
        <Route path="ke-hoach" element={<PlansPage />} />
        <Route path="ke-hoach/:id" element={<PlanPage />} />
        <Route path="ra-soat" element={<ReviewsPage />} />
        <Route path="ra-soat/:id" element={<ReviewDetailPage />} />
        <Route path="danh-gia-tac-dong" element={<ImpactAssessmentsPage />} />
        <Route path="kiem-tra" element={<InspectionsPage />} />
        <Route path="nhap-ho-so" element={<DossierImportPage />} />
        <Route path="bao-cao" element={<ReportsPage />} />
        <Route path="chi-so-766" element={<IndicatorsPage />} />
      </Routes>
    </AppLayout>
  );
}

import { Card, Col, Row, Typography } from 'antd';
import { Link, Route, Routes } from 'react-router';
import { AppLayout } from '../../components/AppLayout';
import { useI18n } from '../../i18n';
import { AgenciesPage } from './AgenciesPage';
import { CalendarPage } from './CalendarPage';
import { UsersPage } from './UsersPage';

function AdminHome() {
  const { t } = useI18n();
  return (
    <>
      <Typography.Title level={2} data-testid="admin-title">
        {t.admin.welcome}
      </Typography.Title>
      <Row gutter={[16, 16]}>
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
      ]}
    >
      <Routes>
        <Route index element={<AdminHome />} />
        <Route path="co-quan" element={<AgenciesPage />} />
        <Route path="tai-khoan" element={<UsersPage />} />
        <Route path="lich" element={<CalendarPage />} />
      </Routes>
    </AppLayout>
  );
}

import { Segmented, Typography } from 'antd';
import { Route, Routes, useLocation, useNavigate } from 'react-router';
import { DashboardView } from '../../features/pakn/DashboardView';
import { DeskForm } from '../../features/pakn/DeskForm';
import { Inbox } from '../../features/pakn/Inbox';
import { ItemPage } from '../../features/pakn/ItemPage';
import { useI18n } from '../../i18n';

/** The three views of the officers' PAKN area. */
function Tabs({ title }: { title: string }) {
  const { t } = useI18n();
  const w = t.pakn.workspace;
  const location = useLocation();
  const navigate = useNavigate();
  const tabs = [
    { value: '/can-bo/pakn', label: w.inbox },
    { value: '/can-bo/pakn/ghi-nhan', label: w.record },
    { value: '/can-bo/pakn/thong-ke', label: w.dashboard },
  ];
  return (
    <>
      <Typography.Title level={2} style={{ marginTop: 0 }} data-testid="pakn-page-title">
        {title}
      </Typography.Title>
      <Segmented options={tabs} value={tabs.find((x) => x.value === location.pathname)?.value ?? tabs[0]!.value} onChange={(v) => void navigate(String(v))} style={{ marginBottom: 16 }} />
    </>
  );
}

/** /can-bo/pakn: inbox, counter entry, dashboard, and the item pages. */
export function PaknWorkspaceRoutes() {
  const { t } = useI18n();
  const w = t.pakn.workspace;
  return (
    <Routes>
      <Route
        index
        element={
          <>
            <Tabs title={w.inbox} />
            <Inbox />
          </>
        }
      />
      <Route
        path="ghi-nhan"
        element={
          <>
            <Tabs title={t.pakn.desk.title} />
            <DeskForm />
          </>
        }
      />
      <Route
        path="thong-ke"
        element={
          <>
            <Tabs title={t.pakn.dashboard.title} />
            <DashboardView />
          </>
        }
      />
      <Route path=":code" element={<ItemPage />} />
    </Routes>
  );
}

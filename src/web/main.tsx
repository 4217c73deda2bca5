import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import viVN from 'antd/locale/vi_VN';
import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { I18nProvider, useI18n } from './i18n';

dayjs.locale('vi');
const queryClient = new QueryClient({ defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: false } } });

/**
 * The motcua red; links and secondary text (hints, field help) darker than Ant Design's defaults so
 * they reach WCAG AA contrast (4.5:1) on white.
 */
const THEME = { token: { colorPrimary: '#b71c1c', borderRadius: 4, colorLink: '#1d4ed8', colorTextDescription: 'rgba(0, 0, 0, 0.65)' } };

function Localised({ children }: { children: ReactNode }) {
  const { lang } = useI18n();
  return (
    // antd's App context (App.useApp) wraps each page loaded on demand, not the whole tree: see components/Later.tsx.
    <ConfigProvider locale={lang === 'vi' ? viVN : enUS} theme={THEME}>
      {children}
    </ConfigProvider>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <I18nProvider>
        <Localised>
          <App />
        </Localised>
      </I18nProvider>
    </QueryClientProvider>
  </StrictMode>,
);

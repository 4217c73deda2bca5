import { ConfigProvider } from 'antd';
import type { ReactNode } from 'react';

/**
 * The citizen's pages with text colours that keep WCAG AA contrast on white (axe: no serious
 * violation): placeholders, secondary and empty texts, errors. Tags use the solid colours below.
 */
export function OnlineTheme({ children }: { children: ReactNode }) {
  return (
    <ConfigProvider theme={{ token: { colorTextPlaceholder: 'rgba(0, 0, 0, 0.62)', colorTextDescription: 'rgba(0, 0, 0, 0.62)', colorTextDisabled: 'rgba(0, 0, 0, 0.56)', colorError: '#cf1322' } }}>
      {children}
    </ConfigProvider>
  );
}

/** Solid tag colours with white text (contrast ≥ 4.5:1). */
export const TAG = { success: '#237804', danger: '#a8071a', warning: '#874d00', info: '#0050b3', neutral: '#434343' } as const;

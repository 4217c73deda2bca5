import { theme } from 'antd';
import type { CSSProperties, ReactNode } from 'react';

/**
 * A titled box drawn like antd's Card, for the portal's home page. antd's Card carries its tabs and skeleton
 * (about 13 KB compressed) into the first bundle; the home page needs none of them (issue 7, portal speed).
 */
export function Panel({ title, children, style, ...rest }: { title: ReactNode; children: ReactNode; style?: CSSProperties; 'data-testid'?: string }) {
  const { token } = theme.useToken();
  const line = `${token.lineWidth}px ${token.lineType} ${token.colorBorderSecondary}`;
  return (
    <section style={{ background: token.colorBgContainer, border: line, borderRadius: token.borderRadiusLG, color: token.colorText, ...style }} {...rest}>
      <div role="heading" aria-level={3} style={{ minHeight: 56, display: 'flex', alignItems: 'center', padding: `0 ${token.paddingLG}px`, borderBottom: line, fontWeight: token.fontWeightStrong, fontSize: token.fontSizeLG }}>
        {title}
      </div>
      <div style={{ padding: token.paddingLG }}>{children}</div>
    </section>
  );
}

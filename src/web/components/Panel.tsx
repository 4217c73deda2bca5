import { theme } from 'antd';
import type { CSSProperties, ReactNode } from 'react';

/**
 * A titled box drawn like antd's Card, for the portal's home and procedure pages. antd's Card carries its tabs and skeleton
 * (about 13 KB compressed) into the first bundle; these pages need none of them (issue 7, portal speed).
 */
export function Panel({ title, children, style, size, ...rest }: { title: ReactNode; children: ReactNode; style?: CSSProperties; size?: 'small'; 'data-testid'?: string | undefined }) {
  const { token } = theme.useToken();
  const line = `${token.lineWidth}px ${token.lineType} ${token.colorBorderSecondary}`;
  const small = size === 'small';
  const pad = small ? token.paddingSM : token.paddingLG;
  return (
    <section style={{ background: token.colorBgContainer, border: line, borderRadius: token.borderRadiusLG, color: token.colorText, ...style }} {...rest}>
      <div role="heading" aria-level={3} style={{ minHeight: small ? 38 : 56, display: 'flex', alignItems: 'center', padding: `0 ${pad}px`, borderBottom: line, fontWeight: token.fontWeightStrong, fontSize: small ? token.fontSize : token.fontSizeLG }}>
        {title}
      </div>
      <div style={{ padding: pad }}>{children}</div>
    </section>
  );
}

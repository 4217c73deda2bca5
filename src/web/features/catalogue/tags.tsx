/**
 * A procedure's online level and location independence as tags: what the search results show. Kept apart
 * from display.tsx (tables) so the portal's first bundle does not carry the table component (issue 7, speed).
 */
import { EnvironmentOutlined } from '@ant-design/icons';
import { Tag, Tooltip } from 'antd';
import { useI18n } from '../../i18n';
import type { Catalogue } from '../../i18n/vi';
import type { OnlineLevel } from './types';

type P = Catalogue['procedure'];

export const ONLINE_COLOURS: Record<OnlineLevel, string> = { full: 'green', partial: 'blue', none: 'default' };

export const onlineLabel = (p: P, level: OnlineLevel | null) => (level ? p.online[level] : p.online.unknown);

export function OnlineTag({ level }: { level: OnlineLevel | null }) {
  const { t } = useI18n();
  return (
    <Tag color={level ? ONLINE_COLOURS[level] : 'default'} data-testid="online-tag">
      {onlineLabel(t.procedure, level)}
    </Tag>
  );
}

/** "Không phụ thuộc địa giới hành chính" (NĐ 118/2025), for procedures that any receiving office accepts. */
export function LocationIndependentTag() {
  const { t } = useI18n();
  return (
    <Tooltip title={t.procedure.locationIndependentNote}>
      <Tag color="cyan" icon={<EnvironmentOutlined />} data-testid="location-independent-tag">
        {t.procedure.locationIndependent}
      </Tag>
    </Tooltip>
  );
}

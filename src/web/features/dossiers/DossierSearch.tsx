import { Input, Tooltip } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { DOSSIER_CODE_PATTERN } from '../../../domain/dossier';
import { useI18n } from '../../i18n';

/** Header search box: a full dossier code opens the dossier; anything else says what a code looks like. */
export function DossierSearch({ onOpen }: { onOpen?: () => void }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [text, setText] = useState('');
  const [bad, setBad] = useState(false);
  return (
    <Tooltip open={bad} title={t.dossier.nav.badCode} placement="bottom">
      <Input.Search
        size="small"
        allowClear
        aria-label={t.dossier.nav.open}
        placeholder={t.dossier.nav.open}
        value={text}
        status={bad ? 'error' : undefined}
        style={{ width: 260, maxWidth: '100%' }}
        data-testid="dossier-search"
        onChange={(e) => {
          setText(e.target.value);
          setBad(false);
        }}
        onBlur={() => setBad(false)}
        onSearch={(v) => {
          const code = v.trim().toUpperCase();
          if (!code) return;
          if (!DOSSIER_CODE_PATTERN.test(code)) return setBad(true);
          setText('');
          onOpen?.();
          void navigate(`/can-bo/ho-so/${encodeURIComponent(code)}`);
        }}
      />
    </Tooltip>
  );
}

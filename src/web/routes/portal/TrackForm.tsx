import { Input, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { DOSSIER_CODE_PATTERN } from '../../../domain/dossier/code';
import { useI18n } from '../../i18n';

/*
 * The dossier-code box of the home page and its rules, apart from the lookup pages (TrackPages.tsx), which
 * load on first visit (issue 7, portal speed).
 */

export const clean = (s: string) => s.trim().toUpperCase();
export const digits = (s: string | undefined) => (s ?? '').replace(/\D/g, '');

export function useRules() {
  const s = useI18n().t.documents.track;
  return {
    code: [{ validator: (_: unknown, v?: string) => (DOSSIER_CODE_PATTERN.test(clean(v ?? '')) ? Promise.resolve() : Promise.reject(new Error(s.badCode))) }],
    check: [{ validator: (_: unknown, v?: string) => (digits(v).length === 4 ? Promise.resolve() : Promise.reject(new Error(s.checkRequired))) }],
  };
}

/**
 * The home page's dossier-code box: opens /tra-cuu/:code, which then asks for the 4 check digits. A plain
 * form (not antd's Form, which the home page would otherwise load only for this box).
 */
export function TrackForm() {
  const { t } = useI18n();
  const s = t.documents.track;
  const navigate = useNavigate();
  const [error, setError] = useState<string | null>(null);
  const open = (value: string) => {
    if (!DOSSIER_CODE_PATTERN.test(clean(value))) return setError(s.badCode);
    setError(null);
    void navigate(`/tra-cuu/${clean(value)}`);
  };
  return (
    <form data-testid="track-form" onSubmit={(e) => e.preventDefault()} noValidate>
      <Input.Search
        aria-label={t.dossier.col.code}
        aria-invalid={error !== null}
        aria-describedby={error ? 'track-error-text' : undefined}
        status={error ? 'error' : undefined}
        placeholder={s.placeholder}
        enterButton={s.button}
        autoComplete="off"
        onChange={() => setError(null)}
        onSearch={open}
        data-testid="track-input"
      />
      {error && (
        <Typography.Text type="danger" role="alert" id="track-error-text" style={{ display: 'block', marginTop: 4 }}>
          {error}
        </Typography.Text>
      )}
    </form>
  );
}

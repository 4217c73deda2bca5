import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import { en } from './en';
import { vi, type Catalogue } from './vi';

export type Lang = 'vi' | 'en';
const CATALOGUES: Record<Lang, Catalogue> = { vi, en };

type I18n = { lang: Lang; t: Catalogue; setLang: (l: Lang) => void; fmt: (s: string, vars: Record<string, string>) => string };

const Ctx = createContext<I18n | null>(null);

const fmt = (s: string, vars: Record<string, string>) => s.replace(/\{(\w+)\}/g, (_, k: string) => vars[k] ?? `{${k}}`);

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(() => (localStorage.getItem('motcua.lang') === 'en' ? 'en' : 'vi'));
  const value = useMemo<I18n>(
    () => ({
      lang,
      t: CATALOGUES[lang],
      fmt,
      setLang: (l) => {
        localStorage.setItem('motcua.lang', l);
        document.documentElement.lang = l;
        setLangState(l);
      },
    }),
    [lang],
  );
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

export function useI18n(): I18n {
  const v = useContext(Ctx);
  if (!v) throw new Error('useI18n outside I18nProvider');
  return v;
}

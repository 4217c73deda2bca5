import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { vi, type Catalogue } from './vi';

export type Lang = 'vi' | 'en';
/**
 * Vietnamese ships in the first bundle; English is fetched when chosen (issue 7, portal speed: the
 * portal must be usable within 2 s on a slow mobile link, and most visitors read Vietnamese).
 */
const loaded: Partial<Record<Lang, Catalogue>> = { vi };
const loadEnglish = async () => (loaded.en ??= (await import('./en')).en);

type I18n = { lang: Lang; t: Catalogue; setLang: (l: Lang) => void; fmt: (s: string, vars: Record<string, string>) => string };

const Ctx = createContext<I18n | null>(null);

const fmt = (s: string, vars: Record<string, string>) => s.replace(/\{(\w+)\}/g, (_, k: string) => vars[k] ?? `{${k}}`);

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(() => (localStorage.getItem('motcua.lang') === 'en' ? 'en' : 'vi'));
  const [, setReady] = useState(0);
  // Until the English catalogue arrives the page stays in Vietnamese (a fraction of a second).
  useEffect(() => {
    if (lang === 'en' && !loaded.en) void loadEnglish().then(() => setReady((n) => n + 1));
  }, [lang]);
  const catalogue = loaded[lang] ?? vi;
  const value = useMemo<I18n>(
    () => ({
      lang: loaded[lang] ? lang : 'vi',
      t: catalogue,
      fmt,
      setLang: (l) => {
        localStorage.setItem('motcua.lang', l);
        document.documentElement.lang = l;
        setLangState(l);
      },
    }),
    [lang, catalogue],
  );
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

export function useI18n(): I18n {
  const v = useContext(Ctx);
  if (!v) throw new Error('useI18n outside I18nProvider');
  return v;
}

import fs from 'node:fs';
import path from 'node:path';
import { PROCEDURE_CODE_PATTERN } from '../../domain/procedure/interchange';
import { portalSearchQuery } from '../../domain/procedure/search-query';

/**
 * Preload hints in the HTML of the web app (issue 7: portal pages interactive < 2 s on a throttled mobile
 * link). The first bundle holds the portal's home and search; other pages come in chunks loaded on
 * demand, and every page asks the API for its data only once its code runs. On a link with a 150 ms
 * round trip these are waits in a row. The server knows the address asked for, so the HTML it sends
 * names the page's chunks (`modulepreload`, listed per page in dist/web/preload.json by
 * scripts/build-web.mjs) and the API answers the page will ask for first (`preload as=fetch`, the same
 * address the page's code spells): they download beside the first bundle. A hint never changes what the
 * page does; a wrong one costs a download, nothing else.
 */
/** `app: false`: the page is not wrapped in antd's App context (web/components/Later.tsx), so its chunk is not named. */
type Route = { pattern: RegExp; page?: string; app?: false; fetch?: (match: RegExpExecArray, query: URLSearchParams) => string[] };

/** Web app addresses → the page module they open (a key of preload.json) and the API calls it makes first. */
const ROUTES: Route[] = [
  { pattern: /^\/thu-tuc\/?$/, fetch: (_, q) => [`/api/procedures${portalSearchQuery(q)}`] },
  {
    pattern: /^\/thu-tuc\/([^/]+)\/?$/,
    page: 'routes/portal/ProcedureDetailPages.tsx',
    app: false,
    fetch: (m) => (PROCEDURE_CODE_PATTERN.test(m[1]!) ? [`/api/procedures/${m[1]}`] : []),
  },
  { pattern: /^\/thu-tuc\/[^/]+\/niem-yet\/?$/, page: 'routes/portal/ProcedureDetailPages.tsx', app: false },
  { pattern: /^\/tra-cuu(\/|$)/, page: 'routes/portal/TrackPages.tsx' },
  { pattern: /^\/xac-thuc(\/|$)/, page: 'routes/portal/VerifyPages.tsx' },
  { pattern: /^\/tai-khoan(\/|$)/, page: 'routes/portal/AccountPages.tsx' },
  { pattern: /^\/nop-ho-so\//, page: 'routes/portal/ApplyPage.tsx' },
  { pattern: /^\/ho-so-cua-toi(\/|$)/, page: 'routes/portal/MyDossiersPages.tsx' },
  { pattern: /^\/giay-to-cua-toi(\/|$)/, page: 'routes/portal/MyDocumentsPage.tsx' },
  { pattern: /^\/danh-gia(\/|$)/, page: 'routes/portal/RatingPages.tsx' },
  { pattern: /^\/thanh-toan(\/|$)/, page: 'routes/portal/PaymentPages.tsx' },
  { pattern: /^\/dang-nhap(\/|$)/, page: 'features/auth/LoginPage.tsx' },
  { pattern: /^\/can-bo(\/|$)/, page: 'routes/workspace/WorkspaceRoutes.tsx' },
  { pattern: /^\/quan-tri(\/|$)/, page: 'routes/admin/AdminRoutes.tsx' },
];

const ANTD_APP = 'components/AntApp.tsx';

const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The `<link>` tags for an address, given the chunk lists of the build. */
export function hintsFor(pathname: string, query: URLSearchParams, chunks: Record<string, string[]>): string[] {
  const links: string[] = [];
  for (const r of ROUTES) {
    const m = r.pattern.exec(pathname);
    if (!m) continue;
    // Every page loaded on demand is wrapped in antd's App, itself loaded on demand (web/components/Later.tsx).
    const files = r.page ? [...(chunks[r.page] ?? []), ...((r.app !== false && chunks[ANTD_APP]) || [])] : [];
    for (const file of new Set(files)) links.push(`<link rel="modulepreload" crossorigin href="${attr(file)}">`);
    for (const url of r.fetch?.(m, query) ?? []) links.push(`<link rel="preload" as="fetch" crossorigin="anonymous" href="${attr(url)}">`);
    break;
  }
  return links;
}

/**
 * The built index.html with the hints of an address, or null when it has none (then the file is sent as
 * it is, compressed). Both files are re-read when the build changes under a running server.
 */
export function webHints(webDir: string): (pathname: string, query: URLSearchParams) => string | null {
  let cached: { mtime: number; html: string; chunks: Record<string, string[]> } | null = null;
  const load = () => {
    const index = path.join(webDir, 'index.html');
    const mtime = fs.statSync(index).mtimeMs;
    if (cached?.mtime !== mtime) {
      const list = path.join(webDir, 'preload.json');
      const chunks = fs.existsSync(list) ? (JSON.parse(fs.readFileSync(list, 'utf8')) as Record<string, string[]>) : {};
      cached = { mtime, html: fs.readFileSync(index, 'utf8'), chunks };
    }
    return cached;
  };
  return (pathname, query) => {
    const { html, chunks } = load();
    const links = hintsFor(pathname, query, chunks);
    return links.length > 0 && html.includes('</head>') ? html.replace('</head>', `    ${links.join('\n    ')}\n  </head>`) : null;
  };
}

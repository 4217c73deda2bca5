/**
 * The query string of a procedure search (`GET /api/procedures?…`) in one fixed order. The portal's search
 * page asks for it, and the server, answering a visit to /thu-tuc, announces the same address to the
 * browser (a preload hint) so the answer travels with the page's code (issue 7, portal speed): both must
 * spell it identically, hence one function.
 */
export const PORTAL_SEARCH_PAGE_SIZE = 20;

export type ProcedureSearchQuery = {
  q?: string | undefined;
  field?: string | undefined;
  level?: string | undefined;
  agency?: string | undefined;
  online?: string | undefined;
  locationIndependent?: boolean | undefined;
  page?: number | undefined;
  pageSize?: number | undefined;
};

const ORDER = ['q', 'field', 'level', 'agency', 'online', 'locationIndependent', 'page', 'pageSize'] as const;

/** "?q=…&page=1&pageSize=20" from the non-empty values, always in the same order; "" when none. */
export function procedureSearchQuery(p: ProcedureSearchQuery): string {
  const parts: string[] = [];
  for (const k of ORDER) {
    const v = p[k];
    if (v !== undefined && v !== '' && v !== false) parts.push(`${k}=${encodeURIComponent(String(v))}`);
  }
  return parts.length > 0 ? `?${parts.join('&')}` : '';
}

/**
 * What the portal's search page at /thu-tuc?… asks the API for on its first render: the page's own
 * parameters, page 1 unless given, the portal's page size.
 */
export function portalSearchQuery(page: URLSearchParams): string {
  const text = (k: string) => page.get(k) || undefined;
  return procedureSearchQuery({
    q: text('q'),
    field: text('field'),
    level: text('level'),
    agency: text('agency'),
    online: text('online'),
    locationIndependent: page.get('locationIndependent') === 'true' || undefined,
    page: Number(page.get('page')) || 1,
    pageSize: PORTAL_SEARCH_PAGE_SIZE,
  });
}

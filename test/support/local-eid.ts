import http from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';

/** A person known to the local e-ID provider; `sub` is also what is typed as login on its page. */
export type EidPerson = { sub: string; name: string; cccd?: string; email?: string; phone_number?: string };

export type LocalEid = {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** The provider answers once the client's redirect URIs are known (the relying party's port may come later). */
  configure: (redirectUris: string[]) => void;
  close: () => Promise<void>;
};

/**
 * A real OpenID Connect provider (`oidc-provider` with its development login and consent pages) on a
 * random local port, standing in for VNeID: one confidential client (code flow, PKCE required,
 * client_secret_basic) and people whose claims include `cccd` (scope `cccd`).
 */
export async function startLocalEid(people: EidPerson[]): Promise<LocalEid> {
  let handler: ((req: http.IncomingMessage, res: http.ServerResponse) => void) | null = null;
  const server = http.createServer((req, res) => {
    if (handler) handler(req, res);
    else res.writeHead(503).end('not configured');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const eid: LocalEid = {
    issuer,
    clientId: 'motcua-portal',
    clientSecret: 'local-eid-client-secret',
    configure(redirectUris) {
      const provider = new Provider(issuer, {
        clients: [{ client_id: eid.clientId, client_secret: eid.clientSecret, redirect_uris: redirectUris, response_types: ['code'], grant_types: ['authorization_code'] }],
        claims: { openid: ['sub'], profile: ['name'], email: ['email', 'email_verified'], phone: ['phone_number'], cccd: ['cccd'] },
        findAccount: (_ctx, id) => {
          const p = people.find((x) => x.sub === id);
          return p && { accountId: p.sub, claims: () => ({ ...p, ...(p.email ? { email_verified: true } : {}) }) };
        },
        cookies: { keys: ['local-eid-cookie-key'] },
        pkce: { required: () => true },
        features: { devInteractions: { enabled: true } },
      });
      handler = provider.callback();
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
  return eid;
}

const unescape = (s: string) => s.replace(/&amp;/g, '&').replace(/&#x2F;/g, '/').replace(/&#x3D;/g, '=');

/**
 * Walks an authorization request through the provider with plain HTTP, as a browser would: follows
 * redirects, keeps the provider's cookies, submits the login form (as `login`) and the consent form.
 * Returns the first URL outside the provider: the relying party's redirect URI with code and state.
 */
export async function authorizeAt(eid: LocalEid, authorizationUrl: string, login: string): Promise<URL> {
  const jar = new Map<string, string>();
  let url = authorizationUrl;
  let body: string | undefined;
  for (let hop = 0; hop < 20; hop++) {
    if (!url.startsWith(eid.issuer)) return new URL(url);
    const res = await fetch(url, {
      method: body ? 'POST' : 'GET',
      redirect: 'manual',
      headers: { cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; '), ...(body ? { 'content-type': 'application/x-www-form-urlencoded' } : {}) },
      body,
    });
    for (const c of res.headers.getSetCookie()) {
      const pair = c.split(';')[0]!;
      const name = pair.slice(0, pair.indexOf('='));
      const value = pair.slice(pair.indexOf('=') + 1);
      if (value === '' || /expires=Thu, 01 Jan 1970/i.test(c)) jar.delete(name);
      else jar.set(name, value);
    }
    body = undefined;
    if (res.status >= 300 && res.status < 400) {
      url = new URL(res.headers.get('location')!, url).href;
      continue;
    }
    const html = await res.text();
    const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
    const prompt = /name="prompt" value="(\w+)"/.exec(html)?.[1];
    if (res.status !== 200 || !action || !prompt) throw new Error(`unexpected answer ${res.status} at ${url}: ${html.slice(0, 500)}`);
    body = new URLSearchParams(prompt === 'login' ? { prompt, login, password: 'bat-ky' } : { prompt }).toString();
    url = new URL(unescape(action), url).href;
  }
  throw new Error('too many redirects at the e-ID provider');
}

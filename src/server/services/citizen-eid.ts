import { timingSafeEqual } from 'node:crypto';
import * as client from 'openid-client';
import { safeReturnPath } from '../../domain/citizen';
import type { OidcConfig } from '../config';
import { insertOidcRequest, takeOidcRequest } from '../storage/citizen-oidc-requests';
import type { Store } from '../storage/database';
import { sha256 } from './passwords';

/** How long the browser may take at the identity provider (the state cookie lives as long). */
export const EID_REQUEST_MINUTES = 10;

/** What the identity provider says about the person (ID token claims, then UserInfo). */
export type EidIdentity = { issuer: string; subject: string; idNumber: string | null; fullName: string | null; phone: string | null; email: string | null };

export type EidFailure = 'state' | 'denied' | 'token' | 'no_id' | 'conflict' | 'locked' | 'unavailable';

export type EidResult = { ok: true; identity: EidIdentity; returnTo: string } | { ok: false; reason: EidFailure; returnTo: string; error?: unknown };

export type EidLogin = {
  /** The button label, e.g. "VNeID". */
  name: string;
  /** The authorization request (PKCE S256, state, nonce) and the state for the browser's cookie. */
  start(next: string | undefined, redirectUri: string): Promise<{ url: string; state: string }>;
  /** Checks the browser's state, exchanges the code and validates the ID token (nonce, issuer, audience). */
  finish(p: { cookieState: string | undefined; query: URLSearchParams; redirectUri: string }): Promise<EidResult>;
};

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

const text = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v.trim() : typeof v === 'number' ? String(v) : null);

function sameString(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

function identityOf(issuer: string, idClaim: string, claims: Record<string, unknown>, subject: string): EidIdentity {
  const parts = [claims.family_name, claims.middle_name, claims.given_name].map(text).filter((x): x is string => x !== null);
  return {
    issuer,
    subject,
    idNumber: text(claims[idClaim]),
    fullName: text(claims.name) ?? (parts.length > 0 ? parts.join(' ') : null),
    phone: text(claims.phone_number),
    email: claims.email_verified === false ? null : text(claims.email),
  };
}

/**
 * The e-ID relying party (openid-client): the authorization code flow with PKCE, state and nonce.
 * The provider's metadata is discovered on first use and kept for this instance (a failed discovery
 * is retried on the next login). The client authenticates with client_secret_basic, the OpenID
 * Connect default. Logins under way live in `citizen_oidc_requests`, keyed by the state's hash.
 */
export function createEidLogin(store: Store, settings: OidcConfig): EidLogin {
  const issuerUrl = new URL(settings.issuer);
  const insecure = issuerUrl.protocol === 'http:' && LOOPBACK.has(issuerUrl.hostname);
  let discovered: Promise<client.Configuration> | undefined;
  const configuration = () =>
    (discovered ??= client
      .discovery(issuerUrl, settings.clientId, undefined, client.ClientSecretBasic(settings.clientSecret), insecure ? { execute: [client.allowInsecureRequests] } : undefined)
      .catch((err: unknown) => {
        discovered = undefined;
        throw err;
      }));

  return {
    name: settings.name,
    async start(next, redirectUri) {
      const config = await configuration();
      const state = client.randomState();
      const nonce = client.randomNonce();
      const codeVerifier = client.randomPKCECodeVerifier();
      const expiresAt = new Date(Date.now() + EID_REQUEST_MINUTES * 60_000);
      await insertOidcRequest(store, sha256(state), { codeVerifier, nonce, returnTo: safeReturnPath(next), expiresAt });
      const url = client.buildAuthorizationUrl(config, {
        redirect_uri: redirectUri,
        scope: settings.scope,
        state,
        nonce,
        code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
        code_challenge_method: 'S256',
      });
      return { url: url.href, state };
    },

    async finish({ cookieState, query, redirectUri }) {
      const state = query.get('state');
      // The state must be the one this browser was given: a forged or swapped callback stops here.
      if (!state || !cookieState || !sameString(state, cookieState)) return { ok: false, reason: 'state', returnTo: '/' };
      const request = await takeOidcRequest(store, sha256(state));
      if (!request || request.expiresAt.getTime() < Date.now()) return { ok: false, reason: 'state', returnTo: '/' };
      const returnTo = request.returnTo;
      if (query.has('error')) return { ok: false, reason: 'denied', returnTo, error: query.get('error') };
      let config: client.Configuration;
      try {
        config = await configuration();
      } catch (error) {
        return { ok: false, reason: 'unavailable', returnTo, error };
      }
      try {
        const current = new URL(redirectUri);
        current.search = query.toString();
        const tokens = await client.authorizationCodeGrant(config, current, {
          pkceCodeVerifier: request.codeVerifier,
          expectedState: state,
          expectedNonce: request.nonce,
          idTokenExpected: true,
        });
        const idToken = tokens.claims()!;
        const userInfo = config.serverMetadata().userinfo_endpoint ? await client.fetchUserInfo(config, tokens.access_token, idToken.sub) : {};
        const identity = identityOf(config.serverMetadata().issuer, settings.idClaim, { ...userInfo, ...idToken }, idToken.sub);
        return { ok: true, identity, returnTo };
      } catch (error) {
        return { ok: false, reason: 'token', returnTo, error };
      }
    },
  };
}

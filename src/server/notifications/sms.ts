export type SmsMessage = { to: string; text: string; requestId: string };

/** Hands one SMS to a provider; resolves with the provider's id once accepted. */
export interface SmsSender {
  send(m: SmsMessage): Promise<{ providerId: string | null }>;
}

/**
 * The generic HTTP adapter (docs/notifications.md): `POST url` with JSON `{ to, text, brandname,
 * requestId }` and the key in `x-api-key`; any 2xx is accepted and its JSON `{ id }` is the
 * provider's id. `requestId` stays the same on retries, so the provider (or the integrator's bridge)
 * can drop a repeat. Anything else is an error, retried by the job queue.
 */
export function httpSmsSender(opts: { url: string; apiKey: string; brandname: string; timeoutMs?: number }): SmsSender {
  return {
    async send(m) {
      const res = await fetch(opts.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json', 'x-api-key': opts.apiKey },
        body: JSON.stringify({ to: m.to, text: m.text, brandname: opts.brandname, requestId: m.requestId }),
        signal: AbortSignal.timeout(opts.timeoutMs ?? 15_000),
      });
      const body = await res.text();
      if (!res.ok) throw new Error(`Nhà cung cấp SMS trả lời HTTP ${res.status}: ${body.slice(0, 200)}`);
      let id: unknown = null;
      try {
        id = (JSON.parse(body) as { id?: unknown }).id ?? null;
      } catch {
        // A 2xx without JSON is still an acceptance; only the id is unknown.
      }
      return { providerId: typeof id === 'string' || typeof id === 'number' ? String(id) : null };
    },
  };
}

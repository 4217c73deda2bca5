import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

/*
 * A real SMTP server for tests (nodemailer talks to it exactly as to a production relay), and a minimal
 * reader of what it receives: headers, RFC 2047 encoded words, quoted-printable and base64 bodies.
 */
export type Mail = { to: string[]; headers: Record<string, string>; subject: string; text: string };

function quotedPrintable(s: string): Buffer {
  const soft = s.replace(/=\r?\n/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < soft.length; i++) {
    const hex = soft.slice(i + 1, i + 3);
    if (soft[i] === '=' && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else bytes.push(soft.charCodeAt(i));
  }
  return Buffer.from(bytes);
}

function decodeWords(value: string): string {
  let out = '';
  let pending: Buffer[] = [];
  let last = 0;
  const flush = () => {
    if (pending.length > 0) out += Buffer.concat(pending).toString('utf8');
    pending = [];
  };
  for (const m of value.matchAll(/=\?([^?]+)\?([BbQq])\?([^?]*)\?=/g)) {
    const between = value.slice(last, m.index);
    if (pending.length === 0 || !/^\s*$/.test(between)) {
      flush();
      out += between;
    }
    pending.push(m[2]!.toUpperCase() === 'B' ? Buffer.from(m[3]!, 'base64') : quotedPrintable(m[3]!.replace(/_/g, ' ')));
    last = m.index + m[0].length;
  }
  flush();
  return out + value.slice(last);
}

export function readMail(raw: string, to: string[]): Mail {
  const split = raw.indexOf('\r\n\r\n');
  const headers: Record<string, string> = {};
  for (const line of raw.slice(0, split).replace(/\r\n[ \t]+/g, ' ').split('\r\n')) {
    const colon = line.indexOf(':');
    headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  const body = raw.slice(split + 4);
  const cte = (headers['content-transfer-encoding'] ?? '7bit').toLowerCase();
  const bytes = cte === 'quoted-printable' ? quotedPrintable(body) : cte === 'base64' ? Buffer.from(body, 'base64') : Buffer.from(body, 'utf8');
  return { to, headers, subject: decodeWords(headers.subject ?? ''), text: bytes.toString('utf8') };
}

export type Mailbox = {
  /** `smtp://127.0.0.1:<port>` for MOTCUA_SMTP_URL. */
  url: string;
  mails: Mail[];
  /** The first mail to an address whose subject matches, waited for (the outbox worker sends after commit). */
  waitFor: (to: string, subject: RegExp, timeoutMs?: number) => Promise<Mail>;
  close: () => Promise<void>;
};

/** Starts a local SMTP server on a random port that keeps every message it is given. */
export async function startMailbox(): Promise<Mailbox> {
  const mails: Mail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    allowInsecureAuth: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onAuth: (auth, _session, cb) => cb(null, { user: auth.username }),
    onData: (stream, session, cb) => {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        mails.push(readMail(Buffer.concat(chunks).toString('utf8'), session.envelope.rcptTo.map((r) => r.address)));
        cb();
      });
    },
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.server.address() as AddressInfo).port;
  return {
    url: `smtp://127.0.0.1:${port}`,
    mails,
    async waitFor(to, subject, timeoutMs = 60_000) {
      for (const end = Date.now() + timeoutMs; Date.now() < end; await new Promise((r) => setTimeout(r, 200))) {
        const m = mails.find((x) => x.to.includes(to) && subject.test(x.subject));
        if (m) return m;
      }
      throw new Error(`no mail to ${to} matching ${subject} (got: ${mails.map((m) => `${m.to.join(',')}: ${m.subject}`).join(' | ')})`);
    },
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

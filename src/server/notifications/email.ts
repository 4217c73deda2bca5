import nodemailer from 'nodemailer';

export type EmailMessage = { to: string; subject: string; text: string };

/** Sends one e-mail; resolves with the server's message id once the SMTP server accepted it. */
export interface EmailSender {
  send(m: EmailMessage): Promise<{ providerId: string | null }>;
  close(): void;
}

/**
 * E-mail over SMTP (nodemailer): `url` like `smtp://user:pass@host:587` (STARTTLS when offered) or
 * `smtps://user:pass@host:465`; `from` like `"Một cửa An Giang" <motcua@angiang.gov.vn>`.
 * Plain-text UTF-8 messages; timeouts keep a hung server from holding a worker.
 */
export function smtpEmailSender(opts: { url: string; from: string; timeoutMs?: number }): EmailSender {
  const timeout = opts.timeoutMs ?? 15_000;
  const transport = nodemailer.createTransport({ url: opts.url, connectionTimeout: timeout, greetingTimeout: timeout, socketTimeout: timeout * 2 });
  return {
    async send(m) {
      const info = await transport.sendMail({ from: opts.from, to: m.to, subject: m.subject, text: m.text, textEncoding: 'quoted-printable' });
      return { providerId: typeof info.messageId === 'string' ? info.messageId : null };
    },
    close: () => transport.close(),
  };
}

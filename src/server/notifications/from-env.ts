import { smtpEmailSender, type EmailSender } from './email';
import { httpSmsSender, type SmsSender } from './sms';

const nonEmpty = (v: string | undefined) => (v?.trim() ? v.trim() : undefined);

function url(env: NodeJS.ProcessEnv, name: string, protocols: readonly string[]): string | undefined {
  const v = nonEmpty(env[name]);
  if (v === undefined) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(v);
  } catch {
    throw new Error(`Biến môi trường ${name} không phải địa chỉ URL hợp lệ.`);
  }
  if (!protocols.includes(parsed.protocol)) throw new Error(`Biến môi trường ${name} phải bắt đầu bằng ${protocols.map((p) => `${p}//`).join(' hoặc ')}.`);
  return v;
}

function required(env: NodeJS.ProcessEnv, name: string, because: string): string {
  const v = nonEmpty(env[name]);
  if (!v) throw new Error(`Thiếu biến môi trường ${name} (bắt buộc khi đặt ${because}).`);
  return v;
}

export type NotificationChannels = { email: EmailSender | null; sms: SmsSender | null };

/**
 * The delivery channels the environment configures (README.md, Configuration): e-mail when
 * `MOTCUA_SMTP_URL` is set, SMS when `MOTCUA_SMS_URL` is; a channel left unset records its messages
 * as skipped (and logs them) instead of sending.
 */
export function notificationsFromEnv(env: NodeJS.ProcessEnv): NotificationChannels {
  const smtp = url(env, 'MOTCUA_SMTP_URL', ['smtp:', 'smtps:']);
  const sms = url(env, 'MOTCUA_SMS_URL', ['http:', 'https:']);
  return {
    email: smtp ? smtpEmailSender({ url: smtp, from: required(env, 'MOTCUA_MAIL_FROM', 'MOTCUA_SMTP_URL') }) : null,
    sms: sms
      ? httpSmsSender({ url: sms, apiKey: required(env, 'MOTCUA_SMS_API_KEY', 'MOTCUA_SMS_URL'), brandname: required(env, 'MOTCUA_SMS_BRANDNAME', 'MOTCUA_SMS_URL') })
      : null,
  };
}

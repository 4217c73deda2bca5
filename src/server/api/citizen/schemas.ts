import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { CITIZEN_KINDS, CITIZEN_PASSWORD_MAX } from '../../../domain/citizen';
import { CITIZEN_COOKIE } from '../../services/citizen-session';

/** The holder's own account, as `GET /api/citizen/me` and every login answer it. */
export const CitizenMe = z
  .object({
    id: z.string(),
    kind: z.enum(CITIZEN_KINDS),
    idNumber: z.string().describe('Số CCCD (12 chữ số) hoặc mã số thuế'),
    fullName: z.string(),
    phone: z.string().nullable().describe('Số di động dạng +84…'),
    email: z.string().nullable(),
    address: z.string().nullable(),
    status: z.enum(['pending', 'active', 'locked']),
    hasPassword: z.boolean(),
    eidLinked: z.boolean().describe('Đã liên kết định danh điện tử (VNeID)'),
  })
  .describe('Tài khoản công dân, tổ chức');
z.globalRegistry.add(CitizenMe, { id: 'CitizenMe' });

export const SentCode = z.object({
  channel: z.enum(['email', 'sms']),
  sentTo: z.string().describe('Địa chỉ nhận mã, đã che bớt'),
  expiresMinutes: z.number().int(),
});

/** An account name: CCCD / tax code, mobile number or e-mail. */
export const AccountName = z.string().trim().min(1).max(254).describe('Số CCCD/mã số thuế, số điện thoại di động hoặc thư điện tử');
export const Code = z.string().trim().regex(/^\d{6}$/, 'Mã xác thực gồm 6 chữ số');
/** Length is checked by the service, so the message names the 10-character minimum. */
export const Password = z.string().max(CITIZEN_PASSWORD_MAX + 1);
export const Channel = z.enum(['email', 'sms']).describe('Kênh nhận mã: email hoặc sms');

export const Accepted = z.object({ message: z.string() });

/** The portal session cookie: httpOnly, SameSite=Lax, Secure behind https (ADR 0007, 0017). */
export function setCitizenCookie(reply: FastifyReply, s: { token: string; expiresAt: Date }, secure: boolean) {
  reply.setCookie(CITIZEN_COOKIE, s.token, { path: '/', httpOnly: true, sameSite: 'lax', secure, expires: s.expiresAt });
}

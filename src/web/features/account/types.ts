/** Shapes of the citizen-account API (`/api/citizen/…`, `/api/citizen-accounts`) as the web app reads them. */
import type { CitizenKind } from '../../../domain/citizen';

export type CitizenMe = {
  id: string;
  kind: CitizenKind;
  idNumber: string;
  fullName: string;
  phone: string | null;
  email: string | null;
  address: string | null;
  status: 'pending' | 'active' | 'locked';
  hasPassword: boolean;
  eidLinked: boolean;
};

export type CodeChannel = 'email' | 'sms';
export type SentCode = { channel: CodeChannel; sentTo: string; expiresMinutes: number };
export type AuthOptions = { password: true; eid: { name: string; startUrl: string } | null };

export type SignupInput = {
  kind: CitizenKind;
  idNumber: string;
  fullName: string;
  phone?: string | null;
  email?: string | null;
  address?: string | null;
  password: string;
  channel?: CodeChannel;
};

export type AssistInput = Omit<SignupInput, 'password'>;
export type AssistedAccount = SentCode & { id: string; kind: CitizenKind; idNumber: string; fullName: string; status: 'pending' };

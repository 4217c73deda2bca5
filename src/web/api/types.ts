import type { Role } from '../../domain/access';
import type { AgencyLevel } from '../../domain/agency';

export type Me = {
  username: string;
  fullName: string;
  via: 'session' | 'token' | 'cli';
  home: 'portal' | 'workspace' | 'admin';
  roles: { role: Role; agencyCode: string | null; unitCode: string | null }[];
};

export type Unit = { id: string; code: string; name: string; active: boolean; version: number };

export type AgencyNode = {
  id: string;
  code: string;
  name: string;
  shortName: string | null;
  level: AgencyLevel;
  parentCode: string | null;
  address: string | null;
  phone: string | null;
  email: string | null;
  active: boolean;
  version: number;
  units: Unit[];
  children: AgencyNode[];
};

export type User = {
  id: string;
  username: string;
  fullName: string;
  email: string | null;
  phone: string | null;
  active: boolean;
  isDemo: boolean;
  version: number;
  grants: { role: Role; agencyCode: string | null; unitCode: string | null }[];
};

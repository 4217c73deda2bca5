/** Officer roles (vai trò). Names are the stable codes used in the API and the database. */
export const ROLES = ['admin', 'kstthc', 'reception', 'specialist', 'unit_head', 'agency_head', 'inspector'] as const;
export type Role = (typeof ROLES)[number];

export const isRole = (value: string): value is Role => (ROLES as readonly string[]).includes(value);

/** The three areas of the web app and who sees each. */
export type Area = 'portal' | 'workspace' | 'admin';

/** The area a role lands in after login. */
export const HOME_AREA = {
  admin: 'admin',
  kstthc: 'admin',
  reception: 'workspace',
  specialist: 'workspace',
  unit_head: 'workspace',
  agency_head: 'workspace',
  inspector: 'workspace',
} as const satisfies Record<Role, Area>;

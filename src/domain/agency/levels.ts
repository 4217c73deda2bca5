/** Agency levels (2-tier local government since 01/7/2025; `district` kept for history). */
export const AGENCY_LEVELS = ['central', 'province', 'district', 'commune'] as const;
export type AgencyLevel = (typeof AGENCY_LEVELS)[number];

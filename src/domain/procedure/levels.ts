/** Online service level (NĐ 42/2022): toàn trình, một phần, information only. */
export const ONLINE_LEVELS = ['full', 'partial', 'none'] as const;
export type OnlineLevel = (typeof ONLINE_LEVELS)[number];

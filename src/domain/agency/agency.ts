import { z } from 'zod';
import type { AgencyLevel } from './levels';

/**
 * Agency identification code per QCVN 102:2016/BTTTT: four dot-separated groups
 * `A1A2A3.B1B2.C1C2.D1D2D3`; the last group is the level-1 unit (`Gnn` ministries, `Hnn` provinces).
 */
export const AGENCY_CODE_PATTERN = /^\d{3}\.[0-9A-Z]{2}\.[0-9A-Z]{2}\.[A-Z]\d{2}$/;

export const AgencyCode = z
  .string()
  .regex(AGENCY_CODE_PATTERN, { message: 'Mã định danh cơ quan phải theo QCVN 102:2016 (ví dụ 000.00.17.H04)' });

// The levels live in levels.ts (no zod there), so pages that only list them stay light (issue 7, portal speed).
export { AGENCY_LEVELS, type AgencyLevel } from './levels';

/** Level names as officials write them. `district` exists only for history (2-tier government since 01/7/2025). */
export const AGENCY_LEVEL_NAMES = {
  central: { vi: 'Trung ương', en: 'Central' },
  province: { vi: 'Cấp tỉnh', en: 'Province' },
  district: { vi: 'Cấp huyện (lịch sử)', en: 'District (historical)' },
  commune: { vi: 'Cấp xã', en: 'Commune' },
} as const satisfies Record<AgencyLevel, { vi: string; en: string }>;

/** Returns the chain `[id, parentId, …]` for an agency, given a parent lookup; stops on cycles. */
export function agencyPath(id: string, parentOf: (id: string) => string | null | undefined): string[] {
  const path: string[] = [];
  let cur: string | null | undefined = id;
  while (cur && !path.includes(cur)) {
    path.push(cur);
    cur = parentOf(cur);
  }
  return path;
}

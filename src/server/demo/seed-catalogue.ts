import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ProcedureRecord } from '../../domain/procedure';
import { setAssignments } from '../services/catalogue-admin';
import type { ServiceContext } from '../services/context';
import { importCatalogue } from '../services/import-catalogue';
import { createDecision } from '../services/publish-decision';
import { findDecision } from '../storage/decisions';

/** Real procedures (see procedures/SOURCES.md) published by a demo decision and assigned to demo agencies. */
export const DEMO_DECISION = '1520/QĐ-UBND';
const COMMUNES = ['000.01.31.H04', '000.02.31.H04'];
const PROVINCE_AGENCY: Record<string, string> = {
  'Lý lịch tư pháp': '000.00.17.H04',
  'Nuôi con nuôi': '000.00.17.H04',
  'Quốc tịch': '000.00.17.H04',
  'Chứng thực': '000.00.17.H04',
  'Đăng ký biện pháp bảo đảm': '000.00.16.H04',
  'Đất đai': '000.00.16.H04',
  'Môi trường': '000.00.16.H04',
  'Tài nguyên nước': '000.00.16.H04',
  'Đo đạc, bản đồ và thông tin địa lý': '000.00.16.H04',
};
const DEFAULT_PROVINCE_AGENCY = '000.00.14.H04';

export function demoProcedures(): ProcedureRecord[] {
  const file = path.join(path.dirname(fileURLToPath(import.meta.url)), 'procedures', 'procedures.json');
  return JSON.parse(readFileSync(file, 'utf8')) as ProcedureRecord[];
}

export async function seedDemoCatalogue(ctx: ServiceContext): Promise<number> {
  if (await findDecision(ctx.store, DEMO_DECISION)) return 0;
  await createDecision(ctx, {
    number: DEMO_DECISION,
    decisionDate: '2025-06-25',
    issuer: 'Chủ tịch Ủy ban nhân dân tỉnh An Giang',
    issuerLevel: 'province',
    effectiveDate: '2025-07-01',
    note: 'Công bố danh mục TTHC thực hiện theo mô hình chính quyền địa phương 2 cấp (dữ liệu demo).',
    items: [],
  });
  const records = demoProcedures();
  const r = await importCatalogue(ctx, records, { publishAs: DEMO_DECISION });
  for (const rec of records) {
    const rows = rec.levels.flatMap((level): { agencyCode: string; level: string; channels: string[] }[] => {
      const channels = rec.channels.map((c) => c.channel);
      if (level === 'commune') return COMMUNES.map((agencyCode) => ({ agencyCode, level, channels }));
      if (level === 'province') return [{ agencyCode: PROVINCE_AGENCY[rec.field] ?? DEFAULT_PROVINCE_AGENCY, level, channels }];
      return [];
    });
    await setAssignments(ctx, rec.code, rows);
  }
  return r.created;
}

/**
 * Drill-down of a QĐ 766 indicator (issue 10, ADR 0026): the dossiers or feedback items of the scope
 * and period that cost points — "what to fix this week" — paged, each with a link to its page.
 */
import { INDICATOR_IDS, type IndicatorId } from '../../domain/indicators';
import { invalid, notFound } from '../errors';
import { receivedWithout, type DossierListItem, type ReceivedFlag } from '../storage/indicators-766';
import { costlyFeedback } from '../storage/indicators-766-feedback';
import type { ServiceContext } from './context';
import { classifiedDossiers, scopeOfPeriod, type ClassifiedDossier, type Period } from './indicators-766-counts';
import { resolveScope, withPeriodCheck } from './indicators-766';

/** Indicators over received dossiers: the flag a dossier must have not to cost points. */
const RECEIVED: Partial<Record<IndicatorId, ReceivedFlag>> = {
  '3.3': 'online',
  '4.2': 'fullyDigitised',
  '4.3': 'reusingData',
  '4.4': 'fromPersonalStore',
  '4.5b': 'usingPopulationData',
};
export const DRILLABLE: readonly IndicatorId[] = ['2.1', '5.4', ...(Object.keys(RECEIVED) as IndicatorId[]), '5.2', '5.3'];

export type DrillItem = {
  kind: 'dossier' | 'feedback';
  code: string;
  title: string;
  receivedAt: string | null;
  dueAt: string | null;
  /** Why it costs points (Vietnamese). */
  problem: string;
  link: string;
};
export type DrillPage = { indicatorId: IndicatorId; scope: string; from: string; to: string; total: number; page: number; size: number; items: DrillItem[] };

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());
const dossierItem = (d: DossierListItem, problem: string): DrillItem => ({
  kind: 'dossier',
  code: d.code,
  title: `${d.procedureCode} · ${d.applicantName}`,
  receivedAt: iso(d.receivedAt),
  dueAt: iso(d.dueAt),
  problem,
  link: `/can-bo/ho-so/${encodeURIComponent(d.code)}`,
});

const RECEIVED_PROBLEM: Record<ReceivedFlag, string> = {
  online: 'Không nộp trực tuyến',
  fullyDigitised: 'Chưa số hóa đủ thành phần hồ sơ và kết quả',
  reusingData: 'Không tái sử dụng dữ liệu đã số hóa',
  fromPersonalStore: 'Không có giấy tờ lấy từ kho dữ liệu của công dân',
  usingPopulationData: 'Không khai thác dữ liệu dân cư',
};

function lateProblem(d: ClassifiedDossier): string {
  if (d.supplementRequests > 1) return `Yêu cầu bổ sung ${d.supplementRequests} lần (quá 1 lần tính là trễ hạn)`;
  return 'Giải quyết quá hạn (hoặc quá hạn tại cuối kỳ)';
}

export async function indicatorItems(ctx: ServiceContext, id: string, q: Period & { scope: string; page: number; size: number }): Promise<DrillPage> {
  if (!(INDICATOR_IDS as readonly string[]).includes(id)) throw notFound(`chỉ số "${id}"`);
  const indicatorId = id as IndicatorId;
  if (!DRILLABLE.includes(indicatorId)) throw invalid(`Chỉ số ${id} không có danh sách chi tiết (không tính theo từng hồ sơ hoặc chưa có số liệu).`, { errors: [{ name: 'indicatorId', reason: 'không hỗ trợ' }] });
  const scope = await resolveScope(ctx, q.scope, 'indicators.read');
  const s = await withPeriodCheck(async () => scopeOfPeriod(scope.agencyIds, q));
  const page = { limit: q.size, offset: (q.page - 1) * q.size };
  const base = { indicatorId, scope: scope.code, from: q.from, to: q.to, page: q.page, size: q.size };
  const flag = RECEIVED[indicatorId];
  if (flag) {
    const r = await receivedWithout(ctx.store, s, flag, page);
    return { ...base, total: r.total, items: r.items.map((d) => dossierItem(d, RECEIVED_PROBLEM[flag])) };
  }
  if (indicatorId === '5.2' || indicatorId === '5.3') {
    const r = await costlyFeedback(ctx.store, s, page);
    return {
      ...base,
      total: r.total,
      items: r.items.map((f) => ({
        kind: 'feedback',
        code: f.code,
        title: f.title,
        receivedAt: iso(f.receivedAt),
        dueAt: iso(f.dueAt),
        problem: [f.late ? 'Xử lý trễ hạn' : null, f.rating === 'unsatisfied' ? 'Người gửi không hài lòng' : null, f.recomplained ? 'Bị phản ánh lại' : null].filter(Boolean).join('; '),
        link: `/can-bo/pakn/${encodeURIComponent(f.code)}`,
      })),
    };
  }
  // 2.1: handled and late; 5.4: ended in the period and late.
  const all = await classifiedDossiers(ctx.store, s);
  const costly = all.filter((d) => !d.onTime && (indicatorId === '2.1' ? d.handled : d.ended));
  return { ...base, total: costly.length, items: costly.slice(page.offset, page.offset + page.limit).map((d) => dossierItem(d.row, lateProblem(d))) };
}

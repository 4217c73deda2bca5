import type { IndicatorId } from '../../domain/evaluation';
import { evaluationToXlsx } from '../documents/evaluation-excel';
import type { ServiceContext } from './context';
import { evaluationReport, type EvaluationQuery } from './evaluation-report';

/** The evaluation results the officer may see, as the Excel table (documents/evaluation-excel.ts). */
export async function evaluationWorkbook(ctx: ServiceContext, q: EvaluationQuery): Promise<{ body: Buffer; name: string }> {
  const r = await evaluationReport(ctx, q);
  const scope = r.scope?.name ?? (q.level === 'official' && r.rows.length === 1 ? r.rows[0]!.name : 'Các cơ quan, đơn vị trong phạm vi được xem');
  const body = await evaluationToXlsx({ level: q.level, scope, period: r.period, from: r.from, to: r.to, generatedAt: new Date(), indicatorIds: r.indicatorIds as IndicatorId[], rows: r.rows });
  return { body, name: `danh-gia-giai-quyet-tthc-${q.level}-${r.from}-${r.to}.xlsx` };
}

/**
 * QĐ 766 group 3b, online payment (10 points in the DVCQG API), from pooled counts (legal digest
 * §2.2): 3.5 procedures with fee data integrated for online payment (target 80%), 3.5b procedures
 * with a successful online payment (target 80%), 3.6 dossiers paid online (no target). The live
 * API score is 6×A + min(2, 2.5×B) + 2.5×C; the project's display version caps each sub-indicator
 * at min(max, max × r / target). A zero denominator gives ratio 0.
 */
export type OnlinePaymentCounts = {
  /** 3.5 X: procedures with ≥ 1 dossier in the period carrying fee data (an obligation > 0). */
  proceduresWithFeeDossiers: number;
  /** 3.5 Y: procedures whose catalogue entry has fee data. */
  proceduresWithFees: number;
  /** 3.5b: procedures with ≥ 1 successful online payment in the period. */
  proceduresPaidOnline: number;
  /** 3.5b denominator: distinct fee-charging procedures with dossiers in the period. */
  feeProceduresWithDossiers: number;
  /** 3.6: dossiers (processing started in the period) whose obligation was paid online. */
  dossiersPaidOnline: number;
  /** 3.6 denominator: dossiers of fee-charging procedures, without those whose every fee is 0. */
  feeDossiers: number;
};

const ratio = (n: number, d: number) => (d > 0 ? n / d : 0);
const round2 = (x: number) => Math.round(x * 100) / 100;
const pct = (r: number) => round2(r * 100);

export function onlinePaymentIndicators(c: OnlinePaymentCounts) {
  const C = ratio(c.proceduresWithFeeDossiers, c.proceduresWithFees);
  const B = ratio(c.proceduresPaidOnline, c.feeProceduresWithDossiers);
  const A = ratio(c.dossiersPaidOnline, c.feeDossiers);
  const capped = (max: number, r: number, target: number | null) => Math.min(max, (max * r) / (target ?? 1));
  return {
    counts: c,
    indicators: [
      { id: '3.5', name: 'TTHC có nghĩa vụ tài chính được tích hợp thanh toán trực tuyến', percent: pct(C), max: 2, target: 80, score: round2(capped(2, C, 0.8)) },
      { id: '3.5b', name: 'TTHC có phát sinh giao dịch thanh toán trực tuyến', percent: pct(B), max: 2, target: 80, score: round2(capped(2, B, 0.8)) },
      { id: '3.6', name: 'Hồ sơ thanh toán trực tuyến', percent: pct(A), max: 6, target: null, score: round2(capped(6, A, null)) },
    ],
    /** The DVCQG API's score (authoritative per the digest). */
    apiScore: round2(6 * A + Math.min(2, 2.5 * B) + 2.5 * C),
    /** The sum of the capped display sub-indicators. */
    displayScore: round2(capped(2, C, 0.8) + capped(2, B, 0.8) + capped(6, A, null)),
  };
}

/**
 * Every QĐ 766 indicator on hand-computed counts (legal digest §2.2): a normal value, the zero
 * denominator rule, a value exactly at the target, the cap above it, missing and invalid input.
 */
import { describe, expect, it } from 'vitest';
import {
  averageProcessingTime,
  computeIndicator,
  digitisedDataReused,
  dossierSatisfaction,
  dossiersDigitised,
  dossiersOnline,
  dossiersPaidOnline,
  dossiersSynced,
  electronicCertifiedCopies,
  electronicResults,
  feeProceduresIntegrated,
  feeProceduresPaidOnline,
  feedbackByCategory,
  feedbackOnTime,
  feedbackSatisfaction,
  handledOnTime,
  onlineServicesUsed,
  personalStoreLinked,
  populationDataDossiers,
  populationDataProcedures,
  proceduresOnline,
  publicContentComplete,
  publishedOnTime,
  updatedOnTime,
} from '../../../src/domain/indicators';

describe('group 1: transparency', () => {
  it('1.1 published on time: 6 × r; 0 procedures → N/A; missing → noData naming the field', () => {
    expect(publishedOnTime({ proceduresPublishedOnTime: 3, proceduresPublished: 4 })).toMatchObject({ id: '1.1', max: 6, numerator: 3, denominator: 4, ratio: 0.75, score: 4.5, noData: false });
    expect(publishedOnTime({ proceduresPublishedOnTime: 0, proceduresPublished: 0 })).toMatchObject({ score: 0, noData: true, ratio: null, denominator: 0 });
    const missing = publishedOnTime({ proceduresPublished: 4 });
    expect(missing).toMatchObject({ score: 0, noData: true, numerator: null });
    expect(missing.reason).toContain('proceduresPublishedOnTime');
  });

  it('1.2 updated on time and 1.3 complete content are linear', () => {
    expect(updatedOnTime({ proceduresUpdatedOnTime: 7, proceduresDueForUpdate: 10 }).score).toBeCloseTo(2.8, 12);
    expect(updatedOnTime({ proceduresUpdatedOnTime: 0, proceduresDueForUpdate: 0 }).noData).toBe(true);
    expect(publicContentComplete({ proceduresPublicComplete: 9, proceduresPublic: 10 }).score).toBeCloseTo(1.8, 12);
    expect(publicContentComplete({ proceduresPublicComplete: 10, proceduresPublic: 10 }).score).toBe(2);
  });

  it('1.4 synced: denominator max(ours, DVCQG); both 0 → last year ÷ 12, or 0 points', () => {
    expect(dossiersSynced({ dossiersSynced: 90, dossiersReceived: 100, dossiersOnNationalPortal: 120 })).toMatchObject({ denominator: 120, score: 4.5, noData: false });
    const ours = dossiersSynced({ dossiersSynced: 90, dossiersReceived: 100 });
    expect(ours).toMatchObject({ denominator: 100, noData: false });
    expect(ours.score).toBeCloseTo(5.4, 12);
    expect(ours.reason).toContain('Cổng DVCQG');
    const fallback = dossiersSynced({ dossiersSynced: 0, dossiersReceived: 0, dossiersOnNationalPortal: 0, dossiersReceivedLastYear: 1200 }, { yearFraction: 1 / 12 });
    expect(fallback).toMatchObject({ numerator: 0, denominator: 100, score: 0, noData: false });
    expect(dossiersSynced({ dossiersSynced: 0, dossiersReceived: 0 })).toMatchObject({ score: 0, noData: false, denominator: 0 });
    expect(dossiersSynced({ dossiersSynced: 3, dossiersReceived: 0 })).toMatchObject({ score: 0, noData: true });
  });
});

describe('group 2: timeliness', () => {
  it('2.1 on time: 20 × onTime / handled; 0 handled → N/A; more on time than handled is invalid', () => {
    expect(handledOnTime({ dossiersHandledOnTime: 45, dossiersHandled: 50 })).toMatchObject({ max: 20, score: 18, ratio: 0.9 });
    expect(handledOnTime({ dossiersHandledOnTime: 50, dossiersHandled: 50 }).score).toBe(20);
    expect(handledOnTime({ dossiersHandledOnTime: 0, dossiersHandled: 0 })).toMatchObject({ score: 0, noData: true });
    const bad = handledOnTime({ dossiersHandledOnTime: 51, dossiersHandled: 50 });
    expect(bad).toMatchObject({ score: 0, noData: true });
    expect(bad.reason).toContain('tử số');
  });

  it('2.2 average processing time is information only (0 points), the ratio is the average', () => {
    expect(averageProcessingTime({ processingTimeTotal: 30, dossiersCompleted: 4 })).toMatchObject({ max: 0, score: 0, ratio: 7.5, noData: false });
    expect(averageProcessingTime({ processingTimeTotal: 0, dossiersCompleted: 0 })).toMatchObject({ noData: true, ratio: null });
    expect(averageProcessingTime({}).reason).toContain('một thủ tục');
  });
});

describe('group 3a: online services', () => {
  it('3.1 (target 80 %): below, exactly at the target, capped above', () => {
    expect(proceduresOnline({ proceduresWithOnlineService: 6, proceduresInCompetence: 10 }).score).toBeCloseTo(1.5, 12);
    expect(proceduresOnline({ proceduresWithOnlineService: 8, proceduresInCompetence: 10 }).score).toBe(2);
    expect(proceduresOnline({ proceduresWithOnlineService: 10, proceduresInCompetence: 10 })).toMatchObject({ score: 2, ratio: 1, target: 0.8 });
    expect(proceduresOnline({ proceduresWithOnlineService: 0, proceduresInCompetence: 0 }).noData).toBe(true);
  });

  it('3.2 (linear) and 3.3 (target 50 %)', () => {
    expect(onlineServicesUsed({ onlineServicesWithDossiers: 3, onlineServices: 4 }).score).toBe(3);
    expect(dossiersOnline({ dossiersOnline: 25, dossiersReceived: 100 }).score).toBe(3);
    expect(dossiersOnline({ dossiersOnline: 50, dossiersReceived: 100 }).score).toBe(6);
    expect(dossiersOnline({ dossiersOnline: 80, dossiersReceived: 100 }).score).toBe(6);
    expect(dossiersOnline({ dossiersOnline: 0, dossiersReceived: 0 }).noData).toBe(true);
  });
});

describe('group 3b: online payment', () => {
  it('3.5 and 3.5b (target 80 %), 3.6 (linear); a 0 denominator is ratio 0 (data, not N/A)', () => {
    expect(feeProceduresIntegrated({ proceduresWithFeeDossiers: 4, proceduresWithFees: 10 }).score).toBe(1);
    expect(feeProceduresIntegrated({ proceduresWithFeeDossiers: 8, proceduresWithFees: 10 }).score).toBe(2);
    expect(feeProceduresIntegrated({ proceduresWithFeeDossiers: 0, proceduresWithFees: 0 })).toMatchObject({ score: 0, noData: false });
    expect(feeProceduresPaidOnline({ proceduresPaidOnline: 9, feeProceduresWithDossiers: 10 }).score).toBe(2);
    expect(feeProceduresPaidOnline({ proceduresPaidOnline: 4, feeProceduresWithDossiers: 8 }).score).toBe(1.25);
    expect(dossiersPaidOnline({ dossiersPaidOnline: 30, feeDossiers: 100 }).score).toBeCloseTo(1.8, 12);
    expect(dossiersPaidOnline({ dossiersPaidOnline: 0, feeDossiers: 0 })).toMatchObject({ score: 0, noData: false });
  });
});

describe('group 4: digitisation', () => {
  it('4.1, 4.4, 4.5a, 4.5b at target 100 %', () => {
    expect(electronicResults({ dossiersWithElectronicResult: 3, paperResultDossiers: 4 }).score).toBe(4.5);
    expect(personalStoreLinked({ dossiersFromPersonalStore: 25, dossiersReceived: 100 }).score).toBe(1);
    expect(populationDataProcedures({ proceduresUsingPopulationData: 1, individualProcedures: 2 }).score).toBe(1);
    expect(populationDataDossiers({ dossiersUsingPopulationData: 75, dossiersReceived: 100 }).score).toBe(1.5);
    expect(electronicResults({ dossiersWithElectronicResult: 0, paperResultDossiers: 0 }).noData).toBe(true);
  });

  it('4.2 uses the live 100 % target; the F766 80 % variant is an option', () => {
    expect(dossiersDigitised({ dossiersFullyDigitised: 50, dossiersReceived: 100 }).score).toBe(2);
    expect(dossiersDigitised({ dossiersFullyDigitised: 50, dossiersReceived: 100 }, { target: 0.8 }).score).toBe(2.5);
    expect(dossiersDigitised({ dossiersFullyDigitised: 80, dossiersReceived: 100 }, { target: 0.8 }).score).toBe(4);
    expect(computeIndicator('4.2', { dossiersFullyDigitised: 80, dossiersReceived: 100 }, { targets: { '4.2': 0.8 } }).score).toBe(4);
    expect(() => dossiersDigitised({ dossiersFullyDigitised: 1, dossiersReceived: 2 }, { target: 0 })).toThrow(RangeError);
  });

  it('4.3 reuse: min(2, 2 × r / 80 %): exactly at the target, capped, below', () => {
    expect(digitisedDataReused({ dossiersReusingData: 80, dossiersReceived: 100 }).score).toBe(2);
    expect(digitisedDataReused({ dossiersReusingData: 100, dossiersReceived: 100 }).score).toBe(2);
    expect(digitisedDataReused({ dossiersReusingData: 40, dossiersReceived: 100 }).score).toBe(1);
  });

  it('4.6 electronic certified copies: N/A with the unconfirmed definition unless storage supplies counts', () => {
    const r = electronicCertifiedCopies({});
    expect(r).toMatchObject({ id: '4.6', noData: true, score: 0 });
    expect(r.reason).toContain('chưa được xác nhận');
    expect(electronicCertifiedCopies({ electronicCertifiedCopies: 1, certifiedCopyRequests: 2 }).score).toBe(1);
  });
});

describe('group 5: satisfaction', () => {
  it('5.1 is information only', () => {
    expect(feedbackByCategory({ feedbackRegulation: 3, feedbackStaff: 1 })).toMatchObject({ max: 0, score: 0, ratio: 0.75, denominator: 4 });
  });

  it('5.2 feedback on time: 6 × r; no feedback → full marks', () => {
    expect(feedbackOnTime({ feedbackHandledOnTime: 9, feedbackHandled: 10 }).score).toBeCloseTo(5.4, 12);
    expect(feedbackOnTime({ feedbackHandledOnTime: 0, feedbackHandled: 0 })).toMatchObject({ score: 6, noData: false });
  });

  it('5.3 feedback satisfaction: (total − unsatisfied − re-complaints − late) / total; no feedback → 6; clamped at 0', () => {
    expect(feedbackSatisfaction({ feedbackReceived: 20, feedbackUnsatisfied: 2, feedbackRecomplaints: 1, feedbackLate: 2 })).toMatchObject({ numerator: 15, denominator: 20, score: 4.5 });
    expect(feedbackSatisfaction({ feedbackReceived: 0, feedbackUnsatisfied: 0, feedbackRecomplaints: 0, feedbackLate: 0 }).score).toBe(6);
    const clamped = feedbackSatisfaction({ feedbackReceived: 2, feedbackUnsatisfied: 2, feedbackRecomplaints: 2, feedbackLate: 2 });
    expect(clamped).toMatchObject({ numerator: 0, score: 0, noData: false });
    expect(clamped.reason).toContain('tử số tính là 0');
  });

  it('5.4 dossier satisfaction: min(6, 6 × r / 90 %); exactly at 90 % → 6; 0 dossiers → 0', () => {
    expect(dossierSatisfaction({ dossiersEnded: 100, dossiersEndedLate: 5, dossiersWithComplaint: 5 })).toMatchObject({ numerator: 90, score: 6 });
    expect(dossierSatisfaction({ dossiersEnded: 100, dossiersEndedLate: 0, dossiersWithComplaint: 0 }).score).toBe(6);
    expect(dossierSatisfaction({ dossiersEnded: 100, dossiersEndedLate: 10, dossiersWithComplaint: 8 }).score).toBeCloseTo((6 * 0.82) / 0.9, 12);
    expect(dossierSatisfaction({ dossiersEnded: 0, dossiersEndedLate: 0, dossiersWithComplaint: 0 })).toMatchObject({ score: 0, noData: false });
    expect(dossierSatisfaction({ dossiersEnded: 10, dossiersEndedLate: 11, dossiersWithComplaint: 0 }).noData).toBe(true);
  });
});

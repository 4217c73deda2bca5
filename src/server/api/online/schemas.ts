import { z } from 'zod';
import { DOSSIER_CODE_PATTERN } from '../../../domain/dossier';

export const DossierCode = z.object({ code: z.string().regex(DOSSIER_CODE_PATTERN, 'Mã hồ sơ không đúng định dạng') });
export const CitizenDossier = z.looseObject({ code: z.string(), status: z.number(), statusName: z.string(), milestones: z.array(z.looseObject({ key: z.string(), state: z.string() })), version: z.number() });
export const Rating = z.object({
  time: z.enum(['early', 'on_time', 'late']),
  contacts: z.number(),
  bodies: z.number(),
  attitude: z.number(),
  comment: z.string().nullable(),
  channel: z.enum(['portal', 'link', 'counter']),
  createdAt: z.date(),
  updatedAt: z.date(),
  editableUntil: z.date(),
  editable: z.boolean(),
});
export const RatingSummary = z.object({
  code: z.string(),
  status: z.number(),
  statusName: z.string(),
  procedure: z.object({ code: z.string(), name: z.string() }),
  agency: z.string().nullable(),
  receivedAt: z.date().nullable(),
  dueAt: z.date().nullable(),
  returnedAt: z.date().nullable(),
  rating: Rating.nullable(),
  canRate: z.boolean(),
});

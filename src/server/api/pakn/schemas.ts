import { z } from 'zod';
import { PAKN_ACTIONS, PAKN_CATEGORIES, PAKN_CHANNELS, PAKN_CODE_PATTERN, PAKN_RATINGS, PAKN_STATUSES } from '../../../domain/pakn';

/** Zod shapes of the PAKN API (they generate its OpenAPI document). */
export const PaknCodeParam = z.object({ code: z.string().regex(PAKN_CODE_PATTERN, 'Mã phản ánh, kiến nghị không đúng định dạng (PAyymmdd-XXXX)') });

const Status = z.enum(PAKN_STATUSES);
const Category = z.enum(PAKN_CATEGORIES);
const AgencyRef = z.object({ id: z.string(), code: z.string(), name: z.string(), address: z.string().nullable(), phone: z.string().nullable(), email: z.string().nullable() });

export const Created = z.object({
  id: z.string().optional(),
  code: z.string(),
  secret: z.string().describe('Mã bí mật của người gửi (chỉ hiển thị một lần): cùng mã số dùng để theo dõi, bổ sung, đánh giá'),
  status: Status,
  notAcceptedReason: z.string().nullable().optional(),
  processDueAt: z.date().nullable().optional(),
});

const HistoryEntry = z.object({
  seq: z.number().int(),
  action: z.string(),
  actionName: z.string(),
  fromStatus: Status.nullable(),
  toStatus: Status,
  actorKind: z.enum(['officer', 'sender', 'system']),
  actorName: z.string().nullable(),
  note: z.string().nullable(),
  data: z.record(z.string(), z.unknown()),
  at: z.date(),
});

export const OfficerView = z.object({
  id: z.string(),
  code: z.string(),
  status: Status,
  statusName: z.string(),
  channel: z.enum(PAKN_CHANNELS),
  agency: AgencyRef,
  title: z.string(),
  content: z.string(),
  sender: z.object({ name: z.string().nullable(), address: z.string().nullable(), phone: z.string().nullable(), email: z.string().nullable(), hasAccount: z.boolean() }),
  category: Category.nullable(),
  procedure: z.object({ code: z.string(), name: z.string().nullable() }).nullable(),
  dossierCode: z.string().nullable(),
  withinCompetence: z.boolean().nullable(),
  substantiated: z.boolean().nullable(),
  notAcceptedReason: z.string().nullable(),
  refusalReason: z.string().nullable(),
  forwardedTo: z.string().nullable(),
  forwardedAgency: AgencyRef.nullable(),
  previousCode: z.string().nullable(),
  forwardedFromCode: z.string().nullable(),
  duplicateOfCode: z.string().nullable(),
  mergedCodes: z.array(z.string()),
  ruleSet: z.object({ id: z.string(), decision: z.string(), maxExtensionDays: z.number().int() }),
  receivedAt: z.date(),
  clockStartAt: z.date(),
  deadlines: z.object({ refuse: z.date().nullable(), forward: z.date().nullable(), supplement: z.date().nullable(), process: z.date().nullable(), publish: z.date().nullable(), current: z.date().nullable() }),
  overdue: z.boolean(),
  extended: z.boolean(),
  acknowledgedAt: z.date().nullable(),
  processedAt: z.date().nullable(),
  publishedAt: z.date().nullable(),
  finishedAt: z.date().nullable(),
  finishedOnTime: z.boolean().nullable(),
  answer: z.string().nullable(),
  isPublic: z.boolean(),
  rating: z.enum(PAKN_RATINGS).nullable(),
  ratedAt: z.date().nullable(),
  version: z.number().int(),
  availableActions: z.array(z.enum(PAKN_ACTIONS)),
  duplicateCandidates: z.array(z.object({ code: z.string(), title: z.string(), status: Status, statusName: z.string(), receivedAt: z.date(), score: z.number() })),
  history: z.array(HistoryEntry),
});

export const SenderView = z.object({
  code: z.string(),
  status: Status,
  statusName: z.string(),
  agency: AgencyRef,
  title: z.string(),
  content: z.string(),
  receivedAt: z.date(),
  processDueAt: z.date().nullable(),
  notAcceptedReason: z.string().nullable(),
  refusalReason: z.string().nullable(),
  supplementRequest: z.string().nullable(),
  forwardedTo: z.string().nullable(),
  forwardedCode: z.string().nullable(),
  duplicateOfCode: z.string().nullable(),
  previousCode: z.string().nullable(),
  answer: z.string().nullable(),
  publishedAt: z.date().nullable(),
  isPublic: z.boolean(),
  rating: z.enum(PAKN_RATINGS).nullable(),
  canSupplement: z.boolean(),
  canRate: z.boolean(),
  history: z.array(z.object({ action: z.string(), actionName: z.string(), toStatus: Status, statusName: z.string(), at: z.date() })),
});

export const ActionInput = z.object({
  action: z.enum(PAKN_ACTIONS, { error: `Thao tác phải là một trong: ${PAKN_ACTIONS.join(', ')}` }),
  version: z.number().int().positive(),
  payload: z.record(z.string(), z.unknown()).optional(),
});

const yes = z.enum(['true', 'false']).transform((v) => v === 'true');
const page = { page: z.coerce.number().int().min(1).default(1), pageSize: z.coerce.number().int().min(1).max(100).default(20) };

export const InboxQuery = z.object({
  status: z
    .string()
    .optional()
    .transform((s) => (s ? s.split(',').filter(Boolean) : undefined))
    .pipe(z.array(Status).optional()),
  category: z.enum([...PAKN_CATEGORIES, 'none']).optional(),
  overdue: yes.optional(),
  q: z.string().max(200).optional(),
  agencyId: z.uuid().optional(),
  ...page,
});

export const InboxPage = z.object({
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  items: z.array(
    z.object({
      id: z.string(),
      code: z.string(),
      agencyId: z.string(),
      agency: z.string(),
      channel: z.string(),
      status: Status,
      statusName: z.string(),
      title: z.string(),
      senderName: z.string().nullable(),
      category: Category.nullable(),
      receivedAt: z.date(),
      dueAt: z.date().nullable(),
      ackDueAt: z.date().nullable(),
      overdue: z.boolean(),
      recomplaint: z.boolean(),
      version: z.number().int(),
    }),
  ),
});

const LocalDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày phải có dạng YYYY-MM-DD');
export const DashboardQuery = z.object({ from: LocalDate.optional(), to: LocalDate.optional(), agencyId: z.uuid().optional() });

const Indicator = z.object({ ratio: z.number().nullable(), points: z.number(), max: z.number() });
export const Dashboard = z.object({
  from: z.string(),
  to: z.string(),
  byCategory: z.array(z.object({ category: z.enum([...PAKN_CATEGORIES, 'none']), count: z.number().int() })),
  byStatus: z.array(z.object({ status: Status, statusName: z.string(), count: z.number().int() })),
  handled: z.number().int(),
  notAccepted: z.number().int(),
  finished: z.number().int(),
  finishedOnTime: z.number().int(),
  onTimeRate: z.number().nullable().describe('% of finished items finished on time (2 decimals)'),
  openOverdue: z.number().int(),
  extended: z.number().int(),
  ratings: z.object({ satisfied: z.number().int(), unsatisfied: z.number().int() }),
  recomplaints: z.number().int(),
  indicators: z.object({ handledOnTime: Indicator.describe('QĐ 766 chỉ số 5.2'), satisfaction: Indicator.describe('QĐ 766 chỉ số 5.3') }),
  overdue: z.array(z.object({ id: z.string(), code: z.string(), agencyId: z.string(), agency: z.string(), title: z.string(), status: Status, statusName: z.string(), dueAt: z.date() })),
});

export const PublicQuery = z.object({ q: z.string().max(200).optional(), agencyId: z.uuid().optional(), category: Category.optional(), ...page });

const PublicItem = z.object({
  code: z.string(),
  title: z.string(),
  content: z.string(),
  answer: z.string(),
  category: Category.nullable(),
  agency: z.string(),
  receivedAt: z.date(),
  publishedAt: z.date(),
});
export const PublicPage = z.object({ total: z.number().int(), page: z.number().int(), pageSize: z.number().int(), items: z.array(PublicItem.extend({ procedureCode: z.string().nullable() })) });
export const PublicAnswer = PublicItem.extend({ procedure: z.object({ code: z.string(), name: z.string().nullable() }).nullable() });

export const SecretBody = z.object({ secret: z.string().trim().max(12).optional().describe('Mã bí mật (không cần khi đăng nhập tài khoản đã gửi)') });

export const RuleSetView = z.object({
  id: z.string(),
  decision: z.string(),
  effectiveFrom: z.string(),
  refuseDays: z.number().int(),
  forwardDays: z.number().int(),
  supplementRequestDays: z.number().int(),
  processDays: z.number().int(),
  publishDays: z.number().int(),
  maxExtensionDays: z.number().int(),
});

export const MyItems = z.array(z.object({ code: z.string(), title: z.string(), status: Status, statusName: z.string(), agency: z.string(), receivedAt: z.date(), processDueAt: z.date().nullable(), rating: z.enum(PAKN_RATINGS).nullable() }));

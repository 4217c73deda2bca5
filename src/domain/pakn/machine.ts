/**
 * The PAKN state machine as tables the compiler checks (STYLE.md 2): which actions each status allows,
 * where each action leads, and who may take it. The server's guard and the officer's buttons both come
 * from `availablePaknActions`; a refused action is answered with 409 naming the allowed ones.
 */
import type { PaknCategory, PaknRating, PaknStatus } from './status';

export const PAKN_ACTIONS = [
  'acknowledge',
  'refuse',
  'classify',
  'forward',
  'merge',
  'request_supplement',
  'supplement',
  'draft_answer',
  'return_draft',
  'approve',
  'publish',
  'extend',
  'rate',
] as const;
export type PaknAction = (typeof PAKN_ACTIONS)[number];

/** Actions allowed in each status (before the finer guards of `paknBlockedReason`). */
export const PAKN_TRANSITIONS = {
  received: ['acknowledge', 'refuse', 'classify', 'forward', 'merge'],
  in_progress: ['classify', 'forward', 'merge', 'request_supplement', 'draft_answer', 'extend'],
  awaiting_supplement: ['supplement', 'refuse', 'merge'],
  awaiting_approval: ['draft_answer', 'return_draft', 'approve', 'extend'],
  awaiting_publication: ['publish'],
  published: ['rate'],
  not_accepted: [],
  refused: [],
  forwarded: [],
  merged: [],
} as const satisfies Record<PaknStatus, readonly PaknAction[]>;

/** Where an action leads; `null` keeps the status (classification, extension, rating). */
export const PAKN_TARGET = {
  acknowledge: 'in_progress',
  refuse: 'refused',
  classify: null,
  forward: 'forwarded',
  merge: 'merged',
  request_supplement: 'awaiting_supplement',
  supplement: 'in_progress',
  draft_answer: 'awaiting_approval',
  return_draft: 'in_progress',
  approve: 'awaiting_publication',
  publish: 'published',
  extend: null,
  rate: null,
} as const satisfies Record<PaknAction, PaknStatus | null>;

/**
 * Who takes each action: `handler` (policy `pakn.handle`), `leader` (policy `pakn.approve`: the answer
 * is approved by a unit or agency head before it is published), `sender` (with the lookup code and
 * secret, or their portal account). A supplement reaches the agency either way: the sender adds it
 * online, or an officer records what came by letter or phone.
 */
export type PaknActorKind = 'handler' | 'leader' | 'sender';
export const PAKN_ACTORS = {
  acknowledge: ['handler'],
  refuse: ['handler'],
  classify: ['handler'],
  forward: ['handler'],
  merge: ['handler'],
  request_supplement: ['handler'],
  supplement: ['sender', 'handler'],
  draft_answer: ['handler'],
  return_draft: ['leader'],
  approve: ['leader'],
  publish: ['handler', 'leader'],
  extend: ['leader'],
  rate: ['sender'],
} as const satisfies Record<PaknAction, readonly PaknActorKind[]>;

/** What the guards need to know of an item. */
export type PaknGuardState = {
  status: PaknStatus;
  category: PaknCategory | null;
  withinCompetence: boolean | null;
  extended: boolean;
  rating: PaknRating | null;
};

export type PaknBlock = 'status' | 'role' | 'unclassified' | 'outside_competence' | 'extended_once' | 'already_rated';

export const PAKN_BLOCK_VI: Record<PaknBlock, string> = {
  status: 'không thực hiện được ở trạng thái hiện tại',
  role: 'vai trò của bạn không thực hiện được thao tác này',
  unclassified: 'cần phân loại phản ánh, kiến nghị trước khi dự thảo trả lời',
  outside_competence: 'nội dung không thuộc thẩm quyền: cần chuyển cơ quan có thẩm quyền',
  extended_once: 'thời hạn xử lý chỉ được gia hạn một lần',
  already_rated: 'người gửi đã đánh giá kết quả trả lời',
};

export type PaknWho = readonly PaknActorKind[];

/** Why `action` cannot be taken now by `who` (null when it can): the one guard server and UI share. */
export function paknBlockedReason(s: PaknGuardState, action: PaknAction, who: PaknWho): PaknBlock | null {
  if (!(PAKN_TRANSITIONS[s.status] as readonly PaknAction[]).includes(action)) return 'status';
  const actors: readonly PaknActorKind[] = PAKN_ACTORS[action];
  if (!who.some((w) => actors.includes(w))) return 'role';
  switch (action) {
    case 'draft_answer':
      if (s.category === null) return 'unclassified';
      if (s.withinCompetence === false) return 'outside_competence';
      return null;
    case 'extend':
      return s.extended ? 'extended_once' : null;
    case 'rate':
      return s.rating ? 'already_rated' : null;
    default:
      return null;
  }
}

export function availablePaknActions(s: PaknGuardState, who: PaknWho): PaknAction[] {
  return PAKN_ACTIONS.filter((a) => paknBlockedReason(s, a, who) === null);
}

/** The status after `action` (assumes it was allowed). */
export const paknStatusAfter = (s: PaknStatus, action: PaknAction): PaknStatus => PAKN_TARGET[action] ?? s;

export const PAKN_ACTION_VI: Record<PaknAction | 'submit' | 'record' | 'overdue', string> = {
  submit: 'Gửi phản ánh, kiến nghị',
  record: 'Cán bộ ghi nhận phản ánh, kiến nghị',
  acknowledge: 'Tiếp nhận',
  refuse: 'Từ chối tiếp nhận',
  classify: 'Phân loại',
  forward: 'Chuyển cơ quan có thẩm quyền',
  merge: 'Gộp vào phản ánh trùng nội dung',
  request_supplement: 'Đề nghị bổ sung thông tin',
  supplement: 'Bổ sung thông tin',
  draft_answer: 'Dự thảo trả lời',
  return_draft: 'Trả lại dự thảo',
  approve: 'Lãnh đạo duyệt trả lời',
  publish: 'Công khai kết quả',
  extend: 'Gia hạn xử lý',
  rate: 'Người gửi đánh giá',
  overdue: 'Quá hạn xử lý',
};

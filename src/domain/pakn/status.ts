/**
 * Feedback on administrative regulations (phản ánh, kiến nghị — PAKN; NĐ 20/2008/NĐ-CP as amended by
 * NĐ 48/2013 and NĐ 92/2017): statuses, categories and channels. The statuses follow the DVCQG PAKN
 * system (legal digest §4.3) folded into the states an agency actually works through.
 */
export const PAKN_STATUSES = [
  'received',
  'not_accepted',
  'refused',
  'in_progress',
  'awaiting_supplement',
  'awaiting_approval',
  'awaiting_publication',
  'published',
  'forwarded',
  'merged',
] as const;
export type PaknStatus = (typeof PAKN_STATUSES)[number];

export const PAKN_STATUS_VI: Record<PaknStatus, string> = {
  received: 'Chờ tiếp nhận',
  not_accepted: 'Không tiếp nhận',
  refused: 'Từ chối tiếp nhận',
  in_progress: 'Đang xử lý',
  awaiting_supplement: 'Chờ bổ sung thông tin',
  awaiting_approval: 'Chờ lãnh đạo duyệt',
  awaiting_publication: 'Chờ công khai',
  published: 'Đã công khai kết quả',
  forwarded: 'Đã chuyển cơ quan có thẩm quyền',
  merged: 'Đã gộp (trùng nội dung)',
};

/** Statuses with no further work by the agency (the sender may still rate a published answer). */
export const PAKN_FINAL: readonly PaknStatus[] = ['not_accepted', 'refused', 'published', 'forwarded', 'merged'];
export const isFinal = (s: PaknStatus): boolean => PAKN_FINAL.includes(s);

/**
 * Content (NĐ 20/2008 art. 5): the behaviour of agencies and officials in applying a rule (delays,
 * harassment, non-application), the content of a rule or procedure, or a proposal.
 */
export const PAKN_CATEGORIES = ['behaviour', 'regulation', 'proposal'] as const;
export type PaknCategory = (typeof PAKN_CATEGORIES)[number];

export const PAKN_CATEGORY_VI: Record<PaknCategory, string> = {
  behaviour: 'Hành vi hành chính của cơ quan, cán bộ',
  regulation: 'Quy định hành chính, thủ tục hành chính',
  proposal: 'Kiến nghị, đề xuất sáng kiến',
};

/**
 * Channels (NĐ 20/2008 art. 6): written — on the portal, a letter by post or handed in at the counter,
 * an e-mail to the published address — or a telephone call to the published number, noted by the officer.
 */
export const PAKN_CHANNELS = ['portal', 'counter', 'post', 'phone', 'email'] as const;
export type PaknChannel = (typeof PAKN_CHANNELS)[number];

export const PAKN_CHANNEL_VI: Record<PaknChannel, string> = {
  portal: 'Cổng dịch vụ công',
  counter: 'Trực tiếp tại cơ quan',
  post: 'Thư gửi qua bưu chính',
  phone: 'Điện thoại (số chuyên dùng)',
  email: 'Thư điện tử',
};

/** The sender's satisfaction with the answer (QĐ 766 indicator 5.3). */
export const PAKN_RATINGS = ['satisfied', 'unsatisfied'] as const;
export type PaknRating = (typeof PAKN_RATINGS)[number];

export const PAKN_RATING_VI: Record<PaknRating, string> = { satisfied: 'Hài lòng', unsatisfied: 'Không hài lòng' };

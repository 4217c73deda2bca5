/**
 * Locking a portal account by an administrator (issue 7; docs/adr/0017-citizen-accounts.md,
 * "Locking"). Pure: the admin page checks the same reason rule the server refuses with.
 */

export const LOCK_REASON_MAX = 1000;

/** Why a lock reason cannot be recorded, or null. The reason is kept for the audit trail. */
export function lockReasonProblem(reason: string): string | null {
  const r = reason.trim();
  if (r.length === 0) return 'Cần nêu lý do khóa tài khoản';
  if (r.length > LOCK_REASON_MAX) return `Lý do khóa không được dài quá ${LOCK_REASON_MAX} ký tự`;
  return null;
}

/**
 * The status an account returns to when it is unlocked: active if it was ever activated (the holder
 * proved their address or came through e-ID), otherwise pending — unlocking never activates.
 */
export const statusAfterUnlock = (activatedAt: Date | null): 'active' | 'pending' => (activatedAt ? 'active' : 'pending');

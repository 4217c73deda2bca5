/**
 * Imported dossiers are history (issue 10): once closed — refused, withdrawn, stopped or returned
 * (3, 7, 8, 10) — nothing may be done on them here; an open one (1, 2, 4, 5, 6, or 9 waiting for its
 * result to be handed over) continues through the normal engine like any other.
 */
import type { StatusCode } from '../dossier/status';

const CLOSED: readonly number[] = [3, 7, 8, 10] satisfies StatusCode[];

export function isClosedImport(d: { importedAt?: Date | string | null; status: number }): boolean {
  return d.importedAt != null && CLOSED.includes(d.status);
}

export const CLOSED_IMPORT_VI = 'Hồ sơ nhập từ hệ thống một cửa trước đây đã kết thúc; chỉ được xem, không thao tác thêm.';

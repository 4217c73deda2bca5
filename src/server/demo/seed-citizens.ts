import { hashPassword } from '../services/passwords';
import { appendAudit } from '../storage/audit';
import { setCitizenLocked } from '../storage/citizen-locks';
import { findCitizenByIdNumber, insertCitizen } from '../storage/citizens';
import { inTransaction, type Store } from '../storage/database';
import { findUserByUsername } from '../storage/users';
import { DEMO_PASSWORD } from './users';

/**
 * Two portal accounts for the demo (password: the demo password): one in use, and one an administrator
 * locked, so /quan-tri/cong-dan has something to show (search 089186000101 or 089192000202).
 */
const DEMO_CITIZENS = [
  { idNumber: '089186000101', fullName: 'Lâm Thị Thu Hà', phone: '+84987654101', email: 'thuha.demo@example.vn', address: 'Số 12 Lê Lợi, phường Long Xuyên, An Giang', lock: null },
  {
    idNumber: '089192000202',
    fullName: 'Phạm Văn Khoa',
    phone: '+84987654202',
    email: null,
    address: null,
    lock: 'Công dân báo mất điện thoại, đề nghị tạm khóa tài khoản (đơn ngày 10/11/2026 tại bộ phận một cửa)',
  },
] as const;

export async function seedDemoCitizens(store: Store): Promise<number> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  return inTransaction(store, async (tx) => {
    const admin = await findUserByUsername(tx, 'quantri');
    let n = 0;
    for (const c of DEMO_CITIZENS) {
      if (await findCitizenByIdNumber(tx, c.idNumber)) continue;
      const row = await insertCitizen(tx, { kind: 'individual', idNumber: c.idNumber, fullName: c.fullName, phone: c.phone, email: c.email, address: c.address, passwordHash, status: 'active', createdBy: null });
      if (!row) continue;
      n++;
      if (!c.lock) continue;
      await setCitizenLocked(tx, row.id, row.version, { by: admin?.id ?? null, reason: c.lock });
      await appendAudit(tx, { actorId: admin?.id ?? null, action: 'citizen.lock', entity: 'citizen', entityId: row.id, detail: { reason: c.lock, previousStatus: 'active', sessionsEnded: 0 } });
    }
    return n;
  });
}

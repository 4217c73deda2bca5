import type { Role } from '../../domain/access';

/**
 * One demo account per role. The password is the same for all and is printed at start;
 * demo accounts exist only in a database in demo mode (see seed-demo).
 */
export const DEMO_PASSWORD = 'motcua@2026';

export type DemoUser = {
  username: string;
  fullName: string;
  role: Role;
  agencyCode: string | null;
  unitCode: string | null;
  description: string;
};

export const DEMO_USERS: DemoUser[] = [
  { username: 'quantri', fullName: 'Nguyễn Văn Quản', role: 'admin', agencyCode: null, unitCode: null, description: 'Quản trị hệ thống' },
  { username: 'kiemsoat', fullName: 'Trần Thị Kiểm', role: 'kstthc', agencyCode: '000.00.01.H04', unitCode: 'KSTTHC', description: 'Cán bộ kiểm soát TTHC, Văn phòng UBND tỉnh' },
  { username: 'tiepnhan', fullName: 'Lê Thị Hồng', role: 'reception', agencyCode: '000.00.17.H04', unitCode: 'VP', description: 'Cán bộ một cửa, Sở Tư pháp' },
  { username: 'chuyenvien', fullName: 'Phạm Minh Đức', role: 'specialist', agencyCode: '000.00.17.H04', unitCode: 'HCTP', description: 'Chuyên viên Phòng Hành chính tư pháp' },
  { username: 'truongphong', fullName: 'Võ Thanh Tâm', role: 'unit_head', agencyCode: '000.00.17.H04', unitCode: 'HCTP', description: 'Trưởng phòng Hành chính tư pháp' },
  { username: 'giamdoc', fullName: 'Huỳnh Văn Lực', role: 'agency_head', agencyCode: '000.00.17.H04', unitCode: null, description: 'Giám đốc Sở Tư pháp (ký số)' },
  { username: 'thanhtra', fullName: 'Đặng Thị Thu', role: 'inspector', agencyCode: '000.00.00.H04', unitCode: null, description: 'Thanh tra, chỉ xem' },
  { username: 'motcua.longxuyen', fullName: 'Ngô Thị Mai', role: 'reception', agencyCode: '000.01.31.H04', unitCode: 'MC', description: 'Cán bộ một cửa, UBND phường Long Xuyên' },
];

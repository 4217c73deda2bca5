/**
 * Vietnamese names of the changes between two versions (diffRecords paths), for the version
 * history: "locationIndependent" → "Không phụ thuộc địa giới hành chính",
 * "documents[Tờ khai].forms" → "Thành phần hồ sơ «Tờ khai»: mẫu đơn, tờ khai".
 */
import { CHANNELS, type Channel } from './interchange';

const FIELDS = new Map<string, string>(Object.entries({
  code: 'Mã thủ tục',
  name: 'Tên thủ tục',
  field: 'Lĩnh vực',
  implementingAgency: 'Cơ quan thực hiện',
  decisionRef: 'Quyết định công bố',
  onlineLevel: 'Mức độ dịch vụ công trực tuyến',
  locationIndependent: 'Không phụ thuộc địa giới hành chính',
  subjects: 'Đối tượng thực hiện',
  result: 'Kết quả thực hiện',
  conditions: 'Yêu cầu, điều kiện',
  levels: 'Cấp thực hiện',
  legalBases: 'Căn cứ pháp lý',
  formFields: 'Thông tin tờ khai trực tuyến',
}));

const CHANNEL_NAMES: Readonly<Record<Channel, string>> = { direct: 'Trực tiếp', online: 'Trực tuyến', postal: 'Dịch vụ bưu chính' };

const DOCUMENT_PARTS = new Map<string, string>(Object.entries({
  copies: 'số lượng',
  required: 'bắt buộc',
  forms: 'mẫu đơn, tờ khai',
  reuse: 'loại giấy tờ tái sử dụng',
}));

const isChannel = (s: string): s is Channel => (CHANNELS as readonly string[]).includes(s);

/** The Vietnamese label of a diffRecords path; the path itself when it is not one diffRecords makes. */
export function changeLabel(path: string): string {
  const field = FIELDS.get(path);
  if (field) return field;
  const doc = /^documents\[(.*)\](?:\.(\w+))?$/su.exec(path);
  if (doc) {
    const part = doc[2] === undefined ? undefined : DOCUMENT_PARTS.get(doc[2]);
    if (doc[2] !== undefined && part === undefined) return path;
    return `Thành phần hồ sơ «${doc[1]!}»${part ? `: ${part}` : ''}`;
  }
  const ch = /^channels\.(\w+)(?:\.(processingTime|fees\[(.*)\]))?$/su.exec(path);
  if (ch && isChannel(ch[1]!)) {
    const channel = `Hình thức nộp «${CHANNEL_NAMES[ch[1]]}»`;
    if (ch[2] === undefined) return channel;
    return ch[2] === 'processingTime' ? `${channel}: thời hạn giải quyết` : `${channel}: phí, lệ phí «${ch[3]!}»`;
  }
  return path;
}

import type { ActionName } from './actions';

/**
 * The actions' names in Vietnamese, apart from their payload schemas (actions.ts), so a page that only
 * shows names does not carry zod (issue 7, portal speed).
 */
export const ACTION_NAMES_VI: Record<ActionName, string> = {
  receive: 'Tiếp nhận',
  refuse: 'Từ chối tiếp nhận',
  request_supplement: 'Yêu cầu bổ sung',
  supplement_received: 'Đã nhận bổ sung',
  assign: 'Phân công',
  claim: 'Nhận xử lý',
  forward: 'Chuyển bước tiếp',
  return_to_previous: 'Trả lại bước trước',
  consult: 'Lấy ý kiến',
  consult_reply: 'Ghi nhận ý kiến',
  transfer: 'Chuyển liên thông',
  transfer_back: 'Nhận lại từ liên thông',
  record_verification: 'Ghi nhận thẩm tra, xác minh',
  request_payment: 'Yêu cầu nghĩa vụ tài chính',
  payment_received: 'Đã thực hiện nghĩa vụ tài chính',
  approve: 'Duyệt',
  reject: 'Từ chối giải quyết',
  sign: 'Ký duyệt',
  stop: 'Dừng xử lý',
  withdraw: 'Rút hồ sơ',
  extend: 'Gia hạn, xin lỗi',
  return_result: 'Trả kết quả',
};

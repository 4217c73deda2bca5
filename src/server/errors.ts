/**
 * Typed application errors. Services throw these; the API maps them to RFC 9457
 * problem+json in one place (api/problem.ts). `code` is stable for machines,
 * `detail` is Vietnamese for people.
 */
export const ERROR_STATUS = {
  VALIDATION: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  UNPROCESSABLE: 422,
  RATE_LIMITED: 429,
  INTERNAL: 500,
  DATABASE_UNAVAILABLE: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export const ERROR_TITLES = {
  VALIDATION: 'Dữ liệu không hợp lệ',
  UNAUTHENTICATED: 'Chưa đăng nhập',
  FORBIDDEN: 'Không có quyền',
  NOT_FOUND: 'Không tìm thấy',
  CONFLICT: 'Xung đột dữ liệu',
  PAYLOAD_TOO_LARGE: 'Dữ liệu quá lớn',
  UNSUPPORTED_MEDIA_TYPE: 'Kiểu dữ liệu không được hỗ trợ',
  UNPROCESSABLE: 'Không thể xử lý yêu cầu',
  RATE_LIMITED: 'Quá nhiều yêu cầu',
  INTERNAL: 'Lỗi hệ thống',
  DATABASE_UNAVAILABLE: 'Cơ sở dữ liệu không sẵn sàng',
} as const satisfies Record<ErrorCode, string>;

export type Problem = {
  type: string;
  title: string;
  status: number;
  code: ErrorCode | string;
  detail: string;
  instance?: string;
  [extension: string]: unknown;
};

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly extensions: Record<string, unknown>;

  constructor(code: ErrorCode, detail: string, extensions: Record<string, unknown> = {}) {
    super(detail);
    this.name = 'AppError';
    this.code = code;
    this.status = ERROR_STATUS[code];
    this.extensions = extensions;
  }
}

export const notFound = (what: string) => new AppError('NOT_FOUND', `Không tìm thấy ${what}.`);
export const forbidden = (detail = 'Bạn không có quyền thực hiện thao tác này.') => new AppError('FORBIDDEN', detail);
export const conflict = (detail: string, ext: Record<string, unknown> = {}) => new AppError('CONFLICT', detail, ext);
export const invalid = (detail: string, ext: Record<string, unknown> = {}) => new AppError('VALIDATION', detail, ext);

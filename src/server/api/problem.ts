import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, ERROR_STATUS, ERROR_TITLES, type ErrorCode, type Problem } from '../errors';

/** The one place where errors become RFC 9457 problem+json responses. */
export function problem(code: ErrorCode, detail: string, instance?: string, ext: Record<string, unknown> = {}): Problem {
  return {
    type: `https://motcua.gov.vn/problems/${code.toLowerCase().replace(/_/g, '-')}`,
    title: ERROR_TITLES[code],
    status: ERROR_STATUS[code],
    code,
    detail,
    ...(instance ? { instance } : {}),
    ...ext,
  };
}

type Issue = { path?: readonly PropertyKey[]; instancePath?: string; message?: string };

function issuePath(i: Issue, context: string | undefined): string {
  const parts = i.path?.length ? i.path.map(String) : (i.instancePath ?? '').split('/').filter(Boolean);
  return [context, ...parts].filter(Boolean).join('.');
}

const PG_UNAVAILABLE = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', '57P01', '57P03', '08006', '08001']);

export function sendProblem(reply: FastifyReply, p: Problem): FastifyReply {
  return reply.status(p.status).type('application/problem+json; charset=utf-8').send(p);
}

export function errorHandler(err: FastifyError | AppError | Error, req: FastifyRequest, reply: FastifyReply) {
  const instance = req.url;
  if (err instanceof AppError) {
    return sendProblem(reply, problem(err.code, err.message, instance, err.extensions));
  }
  if (hasZodFastifySchemaValidationErrors(err)) {
    const context = (err as FastifyError).validationContext;
    const errors = err.validation.map((v) => {
      const issue = (v.params as { issue?: Issue } | undefined)?.issue ?? (v as unknown as Issue);
      return { name: issuePath(issue, context), reason: issue.message ?? v.message ?? 'không hợp lệ' };
    });
    const where = context === 'body' ? 'Nội dung yêu cầu' : context === 'querystring' ? 'Tham số truy vấn' : 'Yêu cầu';
    const detail = `${where} không hợp lệ: ${errors.map((e) => `${e.name || '(gốc)'} — ${e.reason}`).join('; ')}`;
    return sendProblem(reply, problem('VALIDATION', detail, instance, { errors }));
  }
  const fe = err as FastifyError & { code?: string };
  if (fe.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || (fe.statusCode === 400 && err instanceof SyntaxError)) {
    return sendProblem(reply, problem('VALIDATION', 'Nội dung yêu cầu không phải JSON hợp lệ.', instance));
  }
  if (fe.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
    return sendProblem(reply, problem('PAYLOAD_TOO_LARGE', 'Nội dung yêu cầu vượt quá dung lượng cho phép.', instance));
  }
  if (fe.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
    return sendProblem(reply, problem('UNSUPPORTED_MEDIA_TYPE', 'Kiểu nội dung (Content-Type) không được hỗ trợ.', instance));
  }
  if (fe.code === 'FST_ERR_CTP_EMPTY_JSON_BODY') {
    return sendProblem(reply, problem('VALIDATION', 'Nội dung yêu cầu trống.', instance));
  }
  if (fe.code && PG_UNAVAILABLE.has(fe.code)) {
    req.log.error({ err }, 'database unavailable');
    return sendProblem(reply, problem('DATABASE_UNAVAILABLE', 'Cơ sở dữ liệu tạm thời không sẵn sàng, vui lòng thử lại sau.', instance));
  }
  if (fe.statusCode && fe.statusCode >= 400 && fe.statusCode < 500) {
    const code: ErrorCode = fe.statusCode === 404 ? 'NOT_FOUND' : fe.statusCode === 429 ? 'RATE_LIMITED' : 'VALIDATION';
    return sendProblem(reply, problem(code, `Yêu cầu không hợp lệ (${fe.message}).`, instance));
  }
  req.log.error({ err }, 'unhandled error');
  return sendProblem(reply, problem('INTERNAL', 'Đã xảy ra lỗi hệ thống. Vui lòng thử lại sau hoặc liên hệ quản trị viên.', instance));
}

import { z } from 'zod';

/** Shared response pieces, so the OpenAPI document names them once. */
export const ProblemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    code: z.string().describe('Mã lỗi ổn định: VALIDATION, UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, CONFLICT, …'),
    detail: z.string().describe('Mô tả lỗi bằng tiếng Việt'),
    instance: z.string().optional(),
  })
  .passthrough()
  .describe('RFC 9457 problem details');
z.globalRegistry.add(ProblemSchema, { id: 'Problem' });

export const problemResponses = {
  400: ProblemSchema,
  401: ProblemSchema,
  403: ProblemSchema,
  404: ProblemSchema,
  409: ProblemSchema,
  422: ProblemSchema,
} as const;

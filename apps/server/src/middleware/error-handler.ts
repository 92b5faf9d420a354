import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { FairdrawError, type FairdrawErrorCode } from '@fairdraw/core';
import { StoreError } from '@fairdraw/store';
import type { AppEnv } from '../env.ts';
import { ApiError, type ErrorBody } from '../api-error.ts';

const statusOfCore: Record<FairdrawErrorCode, ContentfulStatusCode> = {
  INVALID_INPUT: 422,
  DUPLICATE_ID: 422,
  UNKNOWN_REFERENCE: 422,
  INFEASIBLE: 422,
  UNSUPPORTED_ALGORITHM: 422,
  MISMATCH: 409,
};

/** Maps every error to a JSON answer with a stable code; nothing else (no stack) leaves the server. */
export function toApiError(error: unknown): ApiError | undefined {
  if (error instanceof ApiError) return error;
  if (error instanceof FairdrawError) return new ApiError(statusOfCore[error.code], error.code, error.message, error.issues);
  if (error instanceof StoreError) return new ApiError(error.code === 'NOT_FOUND' ? 404 : 409, error.code, error.message);
  if (error instanceof HTTPException) {
    const status = error.status as ContentfulStatusCode;
    const code = status === 413 ? 'PAYLOAD_TOO_LARGE' : status === 401 ? 'UNAUTHENTICATED' : status === 404 ? 'NOT_FOUND' : 'INVALID_INPUT';
    return new ApiError(status, code, error.message || 'the request could not be read');
  }
  return undefined;
}

export function errorResponse(error: ApiError, c: Context<AppEnv>) {
  const body: ErrorBody = { error: { code: error.code, message: error.message, issues: error.issues, requestId: c.var.requestId ?? '' } };
  return c.json(body, error.status);
}

/** Hono's onError: known errors as they are, anything else a logged 500 with no details. */
export function handleError(error: Error, c: Context<AppEnv>) {
  const known = toApiError(error);
  if (known) return errorResponse(known, c);
  c.var.deps.logger.error('unhandled error', { requestId: c.var.requestId, error: error.message, stack: error.stack });
  return errorResponse(new ApiError(500, 'INTERNAL', 'something went wrong on our side; the request id identifies it in our logs'), c);
}

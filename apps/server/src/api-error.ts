import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { fairdrawErrorCodes, type Issue } from '@fairdraw/core';

/** Codes the API answers with; stable, for clients to branch on. The core's codes pass through as they are. */
export const apiErrorCodes = [
  ...fairdrawErrorCodes,
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'PAYLOAD_TOO_LARGE',
  'UNSUPPORTED_MEDIA_TYPE',
  /** The seed's drand round is not out yet. */
  'TOO_EARLY',
  /** No relay could serve the drand round: paste the beacon instead. */
  'BEACON_UNAVAILABLE',
  /** The ledger failed verification: nothing is published until it is repaired. */
  'LEDGER_BROKEN',
  'INTERNAL',
] as const;
export type ApiErrorCode = (typeof apiErrorCodes)[number];

/** An error the HTTP layer answers with as it is: status, code, message, issues. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly status: ContentfulStatusCode;
  readonly code: ApiErrorCode;
  readonly issues: readonly Issue[];

  constructor(status: ContentfulStatusCode, code: ApiErrorCode, message: string, issues: readonly Issue[] = []) {
    super(message);
    this.status = status;
    this.code = code;
    this.issues = issues;
  }
}

/** The JSON body of every error response. */
export interface ErrorBody {
  readonly error: {
    readonly code: ApiErrorCode;
    readonly message: string;
    readonly issues: readonly Issue[];
    readonly requestId: string;
  };
}

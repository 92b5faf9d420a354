export const storeErrorCodes = ['NOT_FOUND', 'CONFLICT'] as const;
export type StoreErrorCode = (typeof storeErrorCodes)[number];

/** A write refused by the store, or a record it does not hold. */
export class StoreError extends Error {
  override readonly name = 'StoreError';
  readonly code: StoreErrorCode;

  constructor(code: StoreErrorCode, message: string, options: { cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
  }
}

import type { FairdrawErrorCode } from '@fairdraw/core';

/**
 * Exit codes are a public contract: auditors script against them. 0 is success (for
 * verify: "match"), 1 a verified mismatch; the rest say why nothing could be checked.
 */
export const exitCodes = {
  ok: 0,
  mismatch: 1,
  usage: 2,
  invalidInput: 3,
  infeasible: 4,
  unsupportedAlgorithm: 5,
  internal: 70,
} as const;

/** The exit code for an error of the core. */
export function exitCodeFor(code: FairdrawErrorCode): number {
  switch (code) {
    case 'INVALID_INPUT':
    case 'DUPLICATE_ID':
    case 'UNKNOWN_REFERENCE':
      return exitCodes.invalidInput;
    case 'INFEASIBLE':
      return exitCodes.infeasible;
    case 'UNSUPPORTED_ALGORITHM':
      return exitCodes.unsupportedAlgorithm;
    case 'MISMATCH':
      return exitCodes.mismatch;
  }
}

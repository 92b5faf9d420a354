// Test-only helpers of the loader tests: byte encodings, any valid credit code, catching errors.
// Builders shared across the core (creditCode, target, …) live in ../_arbitraries.ts.
import { fc } from '@fast-check/vitest';
import { FairdrawError } from '../errors.ts';
import { CREDIT_CODE_ALPHABET, creditCodeCheckChar } from '../model/credit-code.ts';
import { GB18030_TABLE } from './_gb18030-table.ts';

/** Any valid credit code: 17 characters of the alphabet and their check character. */
export const arbitraryCreditCode = fc
  .array(fc.constantFrom(...CREDIT_CODE_ALPHABET), { minLength: 17, maxLength: 17 })
  .map((chars) => chars.join(''))
  .map((first) => first + creditCodeCheckChar(first));

export const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

export const withUtf8Bom = (text: string): Uint8Array => new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)]);

export function utf16le(text: string): Uint8Array {
  const bytes = [0xff, 0xfe];
  for (let i = 0; i < text.length; i++) bytes.push(text.charCodeAt(i) & 0xff, text.charCodeAt(i) >> 8);
  return new Uint8Array(bytes);
}

export function utf16be(text: string): Uint8Array {
  const bytes = [0xfe, 0xff];
  for (let i = 0; i < text.length; i++) bytes.push(text.charCodeAt(i) >> 8, text.charCodeAt(i) & 0xff);
  return new Uint8Array(bytes);
}

/**
 * GB18030 bytes of `text`, as Excel on Chinese Windows saves CSV. Node cannot encode
 * GB18030, so characters outside ASCII come from a small table the tests check by decoding.
 */
export function gb18030(text: string): Uint8Array {
  const bytes: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code < 0x80) {
      bytes.push(code);
      continue;
    }
    const encoded = GB18030_TABLE[char];
    if (encoded === undefined) throw new Error(`add "${char}" to the test GB18030 table`);
    bytes.push(...encoded);
  }
  return new Uint8Array(bytes);
}

/** The FairdrawError that `run` throws; fails the test if it throws nothing or something else. */
export function thrown(run: () => unknown): FairdrawError {
  try {
    run();
  } catch (error) {
    if (error instanceof FairdrawError) return error;
    throw error;
  }
  throw new Error('expected a FairdrawError, but nothing was thrown');
}


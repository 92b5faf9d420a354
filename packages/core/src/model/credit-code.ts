/**
 * 统一社会信用代码 (unified social credit code), GB 32100-2015: 18 characters from
 * a 31-character alphabet (digits and capitals without I, O, S, V, Z); the last is a
 * check character computed from the first 17.
 */
export const CREDIT_CODE_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;

/** The check character for the first 17 characters of a credit code. */
export function creditCodeCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = CREDIT_CODE_ALPHABET.indexOf(first17.charAt(i));
    if (value < 0) throw new RangeError(`character ${i + 1} is not in the credit-code alphabet`);
    sum += value * (WEIGHTS[i] ?? 0);
  }
  const check = (31 - (sum % 31)) % 31;
  return CREDIT_CODE_ALPHABET.charAt(check);
}

/**
 * Why `code` is not a valid credit code, naming the wrong character, or undefined
 * when it is valid. Expects the normalised (trimmed, upper-case) form.
 */
export function creditCodeProblem(code: string): string | undefined {
  if (code.length !== 18) {
    return `a 统一社会信用代码 has 18 characters; "${code}" has ${code.length}`;
  }
  for (let i = 0; i < 18; i++) {
    const ch = code.charAt(i);
    if (!CREDIT_CODE_ALPHABET.includes(ch)) {
      return `character ${i + 1} "${ch}" of "${code}" is not allowed (credit codes use 0-9 and A-Z without I, O, S, V, Z)`;
    }
  }
  const expected = creditCodeCheckChar(code.slice(0, 17));
  const actual = code.charAt(17);
  if (actual !== expected) {
    return `check character (18th) of "${code}" is "${actual}" but the first 17 characters give "${expected}": a character is mistyped`;
  }
  return undefined;
}

/** Trims white space and upper-cases, as spreadsheets often carry both. */
export function normalizeCreditCode(raw: string): string {
  return raw.trim().toUpperCase();
}

import { FairdrawError } from '../errors.ts';

type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

const BOMS: readonly { readonly bytes: readonly number[]; readonly encoding: Encoding }[] = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be' },
];

// Signatures of workbooks people upload instead of the CSV they meant to save.
const WORKBOOKS: readonly { readonly bytes: readonly number[]; readonly name: string }[] = [
  { bytes: [0x50, 0x4b, 0x03, 0x04], name: 'an Excel .xlsx workbook (a zip file)' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], name: 'an Excel .xls workbook' },
];

/**
 * Decodes a text file as UTF-8 (BOM stripped), UTF-16 with a BOM, or else GB18030 (what
 * Excel on Chinese Windows saves); throws INVALID_INPUT naming the source and byte offset
 * when the bytes are none of these or hold NUL characters.
 */
export function decodeText(bytes: Uint8Array, source: string): string {
  const bom = BOMS.find((candidate) => startsWith(bytes, candidate.bytes));
  if (bom !== undefined) {
    // A BOM declares the encoding: falling back to GB18030 would only hide a damaged file.
    const body = bytes.subarray(bom.bytes.length);
    const text = tryDecode(bom.encoding, body);
    if (text === undefined) {
      const name = bom.encoding.toUpperCase();
      throw invalid(source, `starts with a ${name} byte-order mark but is not valid ${name}: ${whereInvalid(bom.encoding, body, bom.bytes.length)}`);
    }
    return withoutNul(text, source);
  }
  const text = tryDecode('utf-8', bytes) ?? tryDecode('gb18030', bytes);
  if (text !== undefined) return withoutNul(text, source);
  const workbook = WORKBOOKS.find((candidate) => startsWith(bytes, candidate.bytes));
  if (workbook !== undefined) {
    throw invalid(source, `is ${workbook.name}, not text: save it as CSV (CSV UTF-8 if offered) and load that`);
  }
  throw invalid(
    source,
    `is neither UTF-8 (${whereInvalid('utf-8', bytes, 0)}) nor GB18030 (${whereInvalid('gb18030', bytes, 0)}): save it as CSV UTF-8`,
  );
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((byte, index) => bytes[index] === byte);
}

function tryDecode(encoding: Encoding, bytes: Uint8Array): string | undefined {
  try {
    // ignoreBOM keeps a second BOM as U+FEFF rather than silently eating it.
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch (error) {
    if (error instanceof TypeError) return undefined;
    throw error;
  }
}

/**
 * Names where a fatal decoder first fails. Streaming decodes of a prefix fail only on bytes
 * already wrong, so failure is monotone in the prefix length and a binary search finds the
 * byte in a few full decodes, even for a large file.
 */
function whereInvalid(encoding: Encoding, bytes: Uint8Array, base: number): string {
  const decodes = (length: number, stream: boolean) => {
    try {
      new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes.subarray(0, length), { stream });
      return true;
    } catch {
      return false;
    }
  };
  if (decodes(bytes.length, true)) return 'the file ends in the middle of a character';
  let low = 0; // a prefix length known to decode
  let high = bytes.length; // a prefix length known to fail
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if (decodes(middle, true)) low = middle;
    else high = middle;
  }
  // The failing byte may end a sequence that began up to three bytes earlier (a lead byte
  // whose follower is wrong); a person looks for the sequence, so point at its start.
  let start = high - 1;
  while (start > 0 && high - 1 - start < 3 && !decodes(start, false)) start -= 1;
  return `the bytes at offset ${base + start} are invalid`;
}

function withoutNul(text: string, source: string): string {
  const nul = text.indexOf('\u0000');
  if (nul >= 0) {
    // ASCII saved as UTF-16 without a BOM decodes "validly" as UTF-8 with a NUL after every letter.
    throw invalid(source, `contains a NUL character (at character ${nul}): is it UTF-16 without a byte-order mark, or not a text file?`);
  }
  return text;
}

function invalid(source: string, problem: string): FairdrawError {
  return new FairdrawError('INVALID_INPUT', `${source} ${problem}`, { issues: [{ source, path: [], message: problem }] });
}

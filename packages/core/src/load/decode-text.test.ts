import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { isFairdrawError } from '../errors.ts';
import { decodeText } from './decode-text.ts';
import { gb18030, thrown, utf16be, utf16le, utf8, withUtf8Bom } from './_fixtures.ts';
import { GB18030_TABLE } from './_gb18030-table.ts';

const TEXT = '统一社会信用代码,名称,类型\r\n律师事务所,公证处,€\r\n';

describe('decodeText', () => {
  it('reads the GB18030 bytes of 律师事务所 as Excel on Chinese Windows writes them', () => {
    const bytes = new Uint8Array([0xc2, 0xc9, 0xca, 0xa6, 0xca, 0xc2, 0xce, 0xf1, 0xcb, 0xf9]);
    expect(decodeText(bytes, 'a.csv')).toBe('律师事务所');
  });

  it.each(Object.entries(GB18030_TABLE))('has a test table whose bytes for %s decode back to it', (char, bytes) => {
    expect(new TextDecoder('gb18030', { fatal: true }).decode(new Uint8Array(bytes))).toBe(char);
  });

  it('gives the same text for UTF-8 with a BOM, UTF-8 without, GB18030 and UTF-16 with a BOM', () => {
    const inputs = [withUtf8Bom(TEXT), utf8(TEXT), gb18030(TEXT), utf16le(TEXT), utf16be(TEXT)];
    for (const bytes of inputs) expect(decodeText(bytes, 'a.csv')).toBe(TEXT);
  });

  it('strips only the first byte-order mark', () => {
    expect(decodeText(withUtf8Bom('\uFEFFa'), 'a.csv')).toBe('\uFEFFa');
  });

  it('reads an empty file as empty text', () => {
    expect(decodeText(new Uint8Array(), 'a.csv')).toBe('');
  });

  it('names the source and the byte offset when the bytes are neither UTF-8 nor GB18030', () => {
    const error = thrown(() => decodeText(new Uint8Array([0x41, 0x42, 0xff, 0x43]), 'targets.csv'));
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.message).toMatch(/^targets\.csv .*UTF-8 \(the bytes at offset 2 are invalid\).*GB18030 \(the bytes at offset 2 are invalid\)/);
    expect(error.issues[0]).toMatchObject({ source: 'targets.csv' });
  });

  it('points at the start of a broken sequence, not at the byte where it broke', () => {
    // 0xE5 0x8B opens a three-byte UTF-8 character; 0x41 cannot continue it.
    const bytes = new Uint8Array([0x61, 0x62, 0xe5, 0x8b, 0x41, 0xff]);
    expect(thrown(() => decodeText(bytes, 'a.csv')).message).toMatch(/UTF-8 \(the bytes at offset 2 are invalid\)/);
  });

  it('says when a file ends in the middle of a character', () => {
    const cut = new Uint8Array([0xef, 0xbb, 0xbf, 0x61, 0xe5, 0x8b]);
    expect(thrown(() => decodeText(cut, 'a.csv')).message).toMatch(/ends in the middle of a character/);
  });

  it('does not fall back to GB18030 when a UTF-8 byte-order mark declares the encoding', () => {
    const bytes = new Uint8Array([...withUtf8Bom('ab'), ...gb18030('律所')]);
    expect(thrown(() => decodeText(bytes, 'a.csv')).message).toMatch(/UTF-8 byte-order mark .*bytes at offset 5 are invalid/);
  });

  it('tells a person who uploads a workbook to save it as CSV', () => {
    const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0xff, 0xff, 0x00, 0x81]);
    expect(thrown(() => decodeText(bytes, 'book.csv')).message).toMatch(/\.xlsx workbook.*save it as CSV/);
  });

  it('refuses NUL characters, which UTF-16 without a byte-order mark produces', () => {
    const bytes = new Uint8Array([0x69, 0x00, 0x64, 0x00]);
    expect(thrown(() => decodeText(bytes, 'a.csv')).message).toMatch(/NUL character.*UTF-16/);
  });

  test.prop([fc.uint8Array({ maxLength: 64 })])('either decodes arbitrary bytes or throws INVALID_INPUT', (bytes) => {
    try {
      expect(typeof decodeText(bytes, 'x.csv')).toBe('string');
    } catch (error) {
      expect(isFairdrawError(error, 'INVALID_INPUT')).toBe(true);
    }
  });

  test.prop([fc.string({ unit: 'grapheme', maxLength: 40 }).filter((text) => !text.includes('\u0000') && !text.startsWith('\uFEFF'))])(
    'reads any UTF-8 text back unchanged, with or without a byte-order mark',
    (text) => {
      expect(decodeText(utf8(text), 'x.csv')).toBe(text);
      expect(decodeText(withUtf8Bom(text), 'x.csv')).toBe(text);
    },
  );
});

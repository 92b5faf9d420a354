import { beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../main.ts';
import { BUREAU_PUBLIC_KEY, BUREAU_PUBLIC_KEY_PEM, OTHER_PUBLIC_KEY, ledgerExport, trustFixture, writeJson, type TrustFixture } from '../_trust-fixtures.ts';

async function run(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) });
  return { code, stdout, stderr };
}

let fixture: TrustFixture;
let dir: string;
beforeAll(async () => {
  fixture = await trustFixture();
  dir = await mkdtemp(join(tmpdir(), 'fairdraw-cli-trust-'));
});

/** Writes a copy of `bundle`, changed by `edit`, and returns its path. */
async function bundleFile(name: string, bundle: unknown, edit: (json: any) => void = () => {}): Promise<string> {
  const json = structuredClone(bundle);
  edit(json);
  return writeJson(dir, name, json);
}

/** One character of a string changed: the one at `at` (from the end when negative) becomes `to`, or, when it already is, `other`. */
function oneChar(text: string, at: number, to = '0', other = '1'): string {
  const i = at < 0 ? text.length + at : at;
  return text.slice(0, i) + (text[i] === to ? other : to) + text.slice(i + 1);
}

/** The ids the verdict names as failing, from the English verdict line. */
function failingIds(stdout: string): string[] {
  const match = /checks fail: ([a-z-]+\.[a-z-]+(?:, [a-z-]+\.[a-z-]+)*)\./.exec(stdout);
  return match ? match[1]!.split(', ') : [];
}

describe('fairdraw verify <bundle>', () => {
  it('verifies an honest public bundle offline: exit 0, every check ✓ in Chinese and English, and a verdict', async () => {
    const path = await bundleFile('public.json', fixture.publicBundle);
    const result = await run('verify', path);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const lines = result.stdout.split('\n');
    expect(lines[0]).toBe('fairdraw 抽取核验报告 · draw verification report');
    expect(lines).toContain('✓ 承诺文件重新计算的摘要与公布的摘要一致（sha256:' + fixture.publicBundle.commitmentDigest.slice(7, 19) + '…）。');
    expect(lines).toContain('  The commitment recomputes to its published digest sha256:' + fixture.publicBundle.commitmentDigest.slice(7, 19) + '….');
    expect(lines).toContain('✓ drand 第 123 轮信标的签名经 quicknet 链公钥验证有效，其随机数由该签名导出。');
    expect(lines).toContain("  The drand beacon of round #123 carries a valid signature of the quicknet chain's public key, and its randomness is derived from that signature.");
    expect(result.stdout).not.toContain('✗');
    expect(lines.filter((line) => line.startsWith('✓ ')).length).toBe(15); // 14 checks and the verdict
    expect(result.stdout).toMatch(/✓ 结论：核验通过。全部 14 项检查均成立。\n {2}Verdict: VERIFIED\. All 14 checks hold\.\n$/);
    // What a public bundle cannot show, said in both languages.
    expect(result.stdout).toContain('• 未重新抽取检查组');
    expect(result.stdout).toContain('  Teams were not replayed');
  });

  it('warns in both languages that only the bundle’s own key was used, and names that key', async () => {
    const result = await run('verify', await bundleFile('public.json', fixture.publicBundle));
    expect(result.stdout).toContain(`台账公钥 Ledger key: ${BUREAU_PUBLIC_KEY} — 取自文件包本身 · taken from the bundle itself`);
    expect(result.stdout).toContain('⚠ 台账签名仅用文件包自带的公钥核对，该公钥未与主管机关公布的公钥核对。');
    expect(result.stdout).toContain("  The ledger signatures were checked only with the bundle's own key, which was not checked against the bureau's published key.");
  });

  it('replays the teams too from an auditor bundle', async () => {
    const result = await run('verify', await bundleFile('auditor.json', fixture.auditorBundle));
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('审计版文件包（含回避名单及盐值） · auditor bundle (with the 回避 list and its salt)');
    expect(result.stdout).toContain('✓ 结合回避名单完整重新抽取，检查组与记录完全一致，记录逐字节复现。');
    expect(result.stdout).toContain('All 16 checks hold.');
  });

  it('prints one language with --lang', async () => {
    const path = await bundleFile('public.json', fixture.publicBundle);
    const zh = await run('verify', path, '--lang', 'zh');
    expect(zh.code).toBe(0);
    expect(zh.stdout).not.toMatch(/The commitment|Verdict/);
    expect(zh.stdout).toMatch(/✓ 结论：核验通过。全部 14 项检查均成立。\n$/);
    const en = await run('verify', path, '--lang', 'en');
    expect(en.stdout.split('\n')[0]).toBe('fairdraw draw verification report');
    expect(en.stdout).not.toMatch(/承诺|结论/);
    expect(en.stdout).toMatch(/✓ Verdict: VERIFIED\. All 14 checks hold\.\n$/);
  });

  it.each([
    ['(a) a drawn target’s name in the record', (b: any) => (b.record.selected[0].target.name = oneChar(b.record.selected[0].target.name, -1, '楼')), ['draw.targets', 'ledger.draw']],
    ['(b) one hex digit of the beacon signature', (b: any) => (b.evidence.beacon.signature = oneChar(b.evidence.beacon.signature, 50)), ['seed.beacon', 'seed.derivation']],
    ['(c) the time of a ledger entry', (b: any) => (b.ledger.entries[1].at = oneChar(b.ledger.entries[1].at, -2, '1', '2')), ['ledger.signatures']],
    ['(d) one character of the inspector snapshot', (b: any) => (b.directories.inspectors = b.directories.inspectors.replace('律师公证管理科', '律师公证管理处')), ['directories.inspectors']],
    ['(d) one character of the target snapshot', (b: any) => (b.directories.targets = b.directories.targets.replace('律师事务所', '律师事物所')), ['directories.targets', 'draw.targets']],
    ['(e) the commitment time', (b: any) => (b.commitment.at = oneChar(b.commitment.at, -2, '8')), ['commitment.digest', 'seed.derivation', 'ledger.commitment', 'ledger.draw']],
    ['(e) the published commitment digest', (b: any) => (b.commitmentDigest = oneChar(b.commitmentDigest, 20)), ['commitment.digest']],
    ['(f) the salted 回避 digest in the fairdraw-draw/2 record', (b: any) => (b.record.pools.conflicts.digest = oneChar(b.record.pools.conflicts.digest, 30)), ['record.directories', 'ledger.draw']],
  ])('exits 1 and names the check that fails when one byte changes: %s', async (_name, edit, expected) => {
    const result = await run('verify', await bundleFile('tampered.json', fixture.publicBundle, edit));
    expect(result.code).toBe(1);
    expect(failingIds(result.stdout)).toEqual(expected);
    expect(result.stdout).toMatch(new RegExp(`✗ 结论：未通过。14 项检查中有 ${expected.length} 项不成立：${expected.join('、')}。`));
    expect(result.stdout.split('\n').filter((line) => line.startsWith('✗ ')).length).toBe(expected.length + 1);
  });

  it('says in words what broke', async () => {
    const result = await run('verify', await bundleFile('tampered.json', fixture.publicBundle, (b) => (b.evidence.beacon.signature = oneChar(b.evidence.beacon.signature, 50))));
    expect(result.stdout).toContain('✗ drand 信标验证未通过：');
    expect(result.stdout).toContain('  The drand beacon fails verification: ');
  });

  it('prints the verification object with --json, with the same exit code', async () => {
    const good = await run('verify', await bundleFile('public.json', fixture.publicBundle), '--json');
    expect(good.code).toBe(0);
    expect(JSON.parse(good.stdout)).toMatchObject({ accepted: true, ok: true, scope: 'public', seedVerifiable: true, ledgerKey: { publicKey: BUREAU_PUBLIC_KEY, from: 'bundle' } });
    const bad = await run('verify', await bundleFile('tampered.json', fixture.publicBundle, (b) => (b.seed = oneChar(b.seed, 3))), '--json');
    expect(bad.code).toBe(1);
    const json = JSON.parse(bad.stdout);
    expect(json).toMatchObject({ accepted: false, ok: false });
    expect(json.checks.filter((check: { ok: boolean }) => !check.ok).map((check: { id: string }) => check.id)).toEqual(['seed.derivation', 'ledger.draw']);
  });

  it('checks the ledger against a key the reader got elsewhere, as hex or PEM, and says which key was used', async () => {
    const path = await bundleFile('public.json', fixture.publicBundle);
    const hex = await run('verify', path, '--public-key', BUREAU_PUBLIC_KEY);
    expect(hex.code).toBe(0);
    expect(hex.stdout).toContain(`台账公钥 Ledger key: ${BUREAU_PUBLIC_KEY} — 您提供的公钥（命令行） · the key you gave (the command line)`);
    expect(hex.stdout).toContain("✓ 台账使用主管机关公布的公钥签名（d75a980182b1…）。\n  The ledger is signed with the bureau's published key (d75a980182b1…).");
    expect(hex.stdout).not.toContain('⚠');
    const pem = join(dir, 'bureau.pem');
    await writeFile(pem, BUREAU_PUBLIC_KEY_PEM);
    expect(await run('verify', path, '--public-key', pem)).toMatchObject({ code: 0, stdout: expect.stringContaining(`the key you gave (${pem})`) });
    const other = await run('verify', path, '--public-key', OTHER_PUBLIC_KEY);
    expect(other.code).toBe(1);
    expect(failingIds(other.stdout)).toEqual(['ledger.key']);
  });

  it('refuses a bundle whose ledger entries were re-signed by someone else, given the published key', async () => {
    // Replace the bundle's key with the forger's: the signatures verify with it, but it is not the bureau's.
    const path = await bundleFile('forged.json', fixture.publicBundle, (b) => (b.ledger.publicKey = OTHER_PUBLIC_KEY));
    const result = await run('verify', path, '--public-key', BUREAU_PUBLIC_KEY);
    expect(result.code).toBe(1);
    expect(failingIds(result.stdout)).toEqual(['ledger.key', 'ledger.signatures']);
  });

  it('applies --margin to the drand timing rule', async () => {
    const path = await bundleFile('public.json', fixture.publicBundle);
    expect((await run('verify', path, '--margin', '366')).code).toBe(0);
    const late = await run('verify', path, '--margin', '367');
    expect(late.code).toBe(1);
    expect(failingIds(late.stdout)).toEqual(['seed.round-after-commitment']);
  });

  it('calls an operator-supplied seed unverifiable and exits 1, unless --allow-unverifiable-seed', async () => {
    const path = await bundleFile('operator.json', fixture.operatorBundle);
    const refused = await run('verify', path);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toContain('种子来源 Seed source: 由操作人员输入——种子不可验证 · typed by the operator — UNVERIFIABLE SEED');
    expect(refused.stdout).toContain('• 种子不可验证：');
    expect(refused.stdout).toContain('  Unverifiable seed: the operator supplied it.');
    expect(refused.stdout).toMatch(/✗ 结论：未通过。全部 12 项检查均成立，但种子由操作人员输入，不可验证.*\n {2}Verdict: NOT VERIFIED\. All 12 checks hold, but the seed was typed by the operator and is unverifiable.*--allow-unverifiable-seed\.\n$/);
    const allowed = await run('verify', path, '--allow-unverifiable-seed');
    expect(allowed.code).toBe(0);
    expect(allowed.stdout).toMatch(/⚠ 结论：全部 12 项检查均成立，但种子由操作人员输入，不可验证（已按 --allow-unverifiable-seed 接受）。\n.*UNVERIFIABLE \(accepted with --allow-unverifiable-seed\)\.\n$/);
    expect(JSON.parse((await run('verify', path, '--json')).stdout)).toMatchObject({ accepted: false, ok: true, seedVerifiable: false });
  });

  it('still fails an operator bundle with a broken check when the unverifiable seed is allowed', async () => {
    const path = await bundleFile('operator-bad.json', fixture.operatorBundle, (b) => (b.evidence.value = oneChar(b.evidence.value, 0, '3')));
    const result = await run('verify', path, '--allow-unverifiable-seed');
    expect(result.code).toBe(1);
    expect(failingIds(result.stdout)).toEqual(['seed.derivation']);
  });
});

describe('fairdraw verify <bundle> refuses what it cannot check', () => {
  const noStackTrace = (text: string) => expect(text).not.toMatch(/\n\s+at /);

  it('exits 3 for a file that is not JSON', async () => {
    const path = join(dir, 'broken.json');
    await writeFile(path, JSON.stringify(fixture.publicBundle).slice(0, 500));
    const result = await run('verify', path);
    expect(result.code).toBe(3);
    expect(result.stderr).toMatch(/^fairdraw verify: broken\.json is not JSON: /);
    noStackTrace(result.stderr);
  });

  it('exits 3 naming the field of a bundle that lacks a part or has one ill-formed', async () => {
    const missing = await run('verify', await bundleFile('missing.json', fixture.publicBundle, (b) => delete b.record));
    expect(missing.code).toBe(3);
    expect(missing.stderr).toMatch(/missing\.json is not valid: record: /);
    const badHex = await run('verify', await bundleFile('bad-hex.json', fixture.publicBundle, (b) => (b.evidence.beacon.signature = oneChar(b.evidence.beacon.signature, 0, 'g'))));
    expect(badHex.code).toBe(3);
    expect(badHex.stderr).toMatch(/bad-hex\.json: evidence\.beacon\.signature: /);
    noStackTrace(missing.stderr + badHex.stderr);
  });

  it('exits 3 for a --public-key that is no Ed25519 key', async () => {
    const path = await bundleFile('public.json', fixture.publicBundle);
    const result = await run('verify', path, '--public-key', join(dir, 'nowhere.pem'));
    expect(result.code).toBe(3);
    expect(result.stderr).toMatch(/--public-key ".*nowhere\.pem" is neither 64 hex digits nor a key file that can be read/);
    const notKey = join(dir, 'not-a-key.pem');
    await writeFile(notKey, 'hello\n');
    expect(await run('verify', path, '--public-key', notKey)).toMatchObject({ code: 3, stderr: expect.stringMatching(/not an Ed25519 public key/) });
  });

  it('exits 5 for a bundle format this version does not know', async () => {
    const result = await run('verify', await bundleFile('v2.json', fixture.publicBundle, (b) => (b.format = 'fairdraw-bundle/2')));
    expect(result.code).toBe(5);
    expect(result.stderr).toMatch(/v2\.json is a fairdraw-bundle\/2 file; this fairdraw reads fairdraw-bundle\/1 bundles/);
  });

  it.each([
    [['--targets', 'targets.csv'], /is a bundle, which carries its own directories and task: leave out --targets/],
    [['--conflicts-salt', '5a'.repeat(32)], /is a bundle, which carries its own directories and task: leave out --conflicts-salt/],
    [['--lang', 'fr'], /--lang must be zh, en or both/],
    [['--margin', '1.5'], /--margin must be a whole number of seconds/],
  ])('exits 2 for the bundle form with %j', async (options, message) => {
    const result = await run('verify', await bundleFile('public.json', fixture.publicBundle), ...options);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
  });

  it('tells a record from a bundle by content, not by name', async () => {
    const record = await writeJson(dir, 'bundle-looking-name.bundle.json', fixture.publicBundle.record);
    const result = await run('verify', record);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/is not a bundle .*; to replay a draw record, --targets and --inspectors are required/);
    const bundle = await bundleFile('record.json', fixture.publicBundle);
    expect((await run('verify', bundle)).code).toBe(0);
    const recordWithBundleOption = await run('verify', record, '--targets', 'a.csv', '--inspectors', 'b.csv', '--allow-unverifiable-seed');
    expect(recordWithBundleOption).toMatchObject({ code: 2, stderr: expect.stringMatching(/--allow-unverifiable-seed applies only to a bundle/) });
  });

  it('points a ledger export to the ledger command', async () => {
    const path = await writeJson(dir, 'ledger.json', ledgerExport(fixture.ledger));
    const result = await run('verify', path);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/is a ledger export: check it with "fairdraw ledger verify /);
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BUREAU_PUBLIC_KEY, ledgerExport, trustFixture, writeJson, type TrustFixture } from '../apps/cli/src/_trust-fixtures.ts';
import { fairdraw } from './_cli-process.ts';

let fixture: TrustFixture;
let dir: string;
beforeAll(async () => {
  fixture = await trustFixture();
  dir = await mkdtemp(join(tmpdir(), 'fairdraw-e2e-trust-'));
});

describe('fairdraw verify <bundle> and fairdraw ledger verify, as processes', () => {
  it('verifies an honest public bundle (exit 0, ✓ in both languages) and catches a changed beacon signature (exit 1)', async () => {
    const good = await writeJson(dir, 'public.json', fixture.publicBundle);
    const tampered = structuredClone(fixture.publicBundle);
    const signature = tampered.evidence.type === 'drand' ? tampered.evidence.beacon.signature : '';
    if (tampered.evidence.type === 'drand') tampered.evidence.beacon.signature = signature.slice(0, 40) + (signature[40] === 'a' ? 'b' : 'a') + signature.slice(41);
    const bad = await writeJson(dir, 'tampered.json', tampered);
    const [ok, broken] = await Promise.all([fairdraw('verify', good, '--public-key', BUREAU_PUBLIC_KEY), fairdraw('verify', bad)]);

    expect(ok).toMatchObject({ code: 0, stderr: '' });
    expect(ok.stdout).toContain('✓ drand 第 123 轮信标的签名经 quicknet 链公钥验证有效，其随机数由该签名导出。');
    expect(ok.stdout).toContain("  The drand beacon of round #123 carries a valid signature of the quicknet chain's public key");
    expect(ok.stdout).toMatch(/✓ 结论：核验通过。全部 15 项检查均成立。\n {2}Verdict: VERIFIED\. All 15 checks hold\.\n$/);

    expect(broken.code).toBe(1);
    expect(broken.stdout).toContain('✗ drand 信标验证未通过');
    expect(broken.stdout).toMatch(/Verdict: NOT VERIFIED\. 2 of 14 checks fail: seed\.beacon, seed\.derivation\./);
  }, 60_000);

  it('refuses an operator-supplied seed unless --allow-unverifiable-seed', async () => {
    const path = await writeJson(dir, 'operator.json', fixture.operatorBundle);
    const [refused, allowed] = await Promise.all([fairdraw('verify', path), fairdraw('verify', path, '--allow-unverifiable-seed')]);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toMatch(/种子不可验证/);
    expect(refused.stdout).toMatch(/UNVERIFIABLE SEED/);
    expect(allowed.code).toBe(0);
  }, 60_000);

  it('checks a ledger export and names a removed entry; exits 3 for a malformed file with no stack trace', async () => {
    const whole = await writeJson(dir, 'ledger.json', ledgerExport(fixture.ledger));
    const removed = await writeJson(dir, 'removed.json', ledgerExport(fixture.ledger.filter((entry) => entry.index !== 1)));
    const malformed = join(dir, 'malformed.json');
    await writeFile(malformed, '{"format": "fairdraw-bundle/1", "commitment": ');
    const [ok, broken, bad] = await Promise.all([fairdraw('ledger', 'verify', whole), fairdraw('ledger', 'verify', removed), fairdraw('verify', malformed)]);
    expect(ok.code).toBe(0);
    expect(ok.stdout.split('\n')[0]).toBe(`ok: 5 entries, head ${fixture.ledger.at(-1)!.hash}`);
    expect(broken.code).toBe(1);
    expect(broken.stdout.split('\n')[0]).toBe('broken: entry #2 follows entry #0: entry #1 is missing (index-gap)');
    expect(bad.code).toBe(3);
    expect(bad.stderr).toMatch(/^fairdraw verify: malformed\.json is not JSON: /);
    expect(bad.stderr).not.toMatch(/\n\s+at /);
  }, 60_000);
});

import { describe, expect, it } from 'vitest';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { demoFiles, demoSeed } from '@fairdraw/demo';
import { fairdraw } from './_cli-process.ts';

const pools = ['--targets', demoFiles.targets, '--inspectors', demoFiles.inspectors, '--conflicts', demoFiles.conflicts];
const salt = ['--conflicts-salt', '5a'.repeat(32)];

describe('the fairdraw command, as a process', () => {
  it('draws, verifies, and catches a forged team member with exit 1', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'fairdraw-e2e-'));
    const out = join(dir, 'record.json');
    const drawn = await fairdraw('draw', '--task', demoFiles.task, ...pools, '--seed', demoSeed, ...salt, '--out', out);
    expect(drawn.code).toBe(0);
    const ok = await fairdraw('verify', out, ...pools, ...salt, '--task', demoFiles.task);
    expect(ok).toMatchObject({ code: 0 });
    expect(ok.stdout.startsWith('match\n')).toBe(true);

    const record = JSON.parse(await readFile(out, 'utf8'));
    const [first, second] = record.selected;
    [first.team[0], second.team[0]] = [second.team[0], first.team[0]]; // swap two inspectors
    await writeFile(out, JSON.stringify(record, null, 2));
    const forged = await fairdraw('verify', out, ...pools, ...salt);
    expect(forged.code).toBe(1);
    expect(forged.stdout).toMatch(/^mismatch\ninspector 1 on the team of target #1 should be/);
  }, 60_000);

  it('exits 3 with file, line and field for a bad directory, and prints no stack trace', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'fairdraw-e2e-'));
    const bad = join(dir, 'inspectors.csv');
    await writeFile(bad, '工号,姓名,单位,执法证号\nPS001,王建国,律师公证管理科,\nPS001,李晓明,,4403\n');
    const result = await fairdraw('draw', '--task', demoFiles.task, '--targets', demoFiles.targets, '--inspectors', bad, '--seed', demoSeed);
    expect(result.code).toBe(3);
    expect(result.stderr).toMatch(/inspectors\.csv:2: 执法证号: /);
    expect(result.stderr).toMatch(/inspectors\.csv:3: 单位: /);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  }, 60_000);
});

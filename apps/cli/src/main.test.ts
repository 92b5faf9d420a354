import { describe, expect, it } from 'vitest';
import { mkdtemp, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { demoFiles, demoSeed } from '@fairdraw/demo';
import { runCli } from './main.ts';

async function run(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) });
  return { code, stdout, stderr };
}

const pools = ['--targets', demoFiles.targets, '--inspectors', demoFiles.inspectors, '--conflicts', demoFiles.conflicts];
/** The 回避 salt of the draws below (a real draw takes its commitment's). */
const SALT = '5a'.repeat(32);
const salt = ['--conflicts-salt', SALT];

describe('fairdraw draw and verify', () => {
  it('draws a record to a file, and verify says "match" with exit 0', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'fairdraw-cli-'));
    const out = join(dir, 'record.json');
    const drawn = await run('draw', '--task', demoFiles.task, ...pools, '--seed', demoSeed, ...salt, '--out', out);
    expect(drawn).toMatchObject({ code: 0, stdout: '' });
    expect(drawn.stderr).toMatch(/^drew 2 of 16 eligible targets; record sha256:[0-9a-f]{64} written to [^\n]*\n$/);
    const verified = await run('verify', out, ...pools, ...salt, '--task', demoFiles.task);
    expect(verified.code).toBe(0);
    expect(verified.stdout.split('\n')[0]).toBe('match');
  });

  it('prints the record on stdout without --out, the same as the file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'fairdraw-cli-'));
    const out = join(dir, 'record.json');
    await run('draw', '--task', demoFiles.task, ...pools, '--seed', demoSeed, ...salt, '--out', out);
    const printed = await run('draw', '--task', demoFiles.task, ...pools, '--seed', demoSeed, ...salt);
    expect(printed.stdout).toBe(await readFile(out, 'utf8'));
  });

  it('exits 1 and names the difference when the record was edited', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'fairdraw-cli-'));
    const out = join(dir, 'record.json');
    await run('draw', '--task', demoFiles.task, ...pools, '--seed', demoSeed, ...salt, '--out', out);
    const record = JSON.parse(await readFile(out, 'utf8'));
    record.selected[0].team[0].name = '另一个人';
    await writeFile(out, JSON.stringify(record));
    const verified = await run('verify', out, ...pools, ...salt);
    expect(verified.code).toBe(1);
    expect(verified.stdout).toMatch(/^mismatch\nselected\[0\]\.team\[0\]\.name: the record says "另一个人", the replay gives "/);
  });

  it('gives a machine-readable result with --json', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'fairdraw-cli-'));
    const out = join(dir, 'record.json');
    await run('draw', '--task', demoFiles.task, ...pools, '--seed', demoSeed, ...salt, '--out', out);
    const verified = await run('verify', out, ...pools, ...salt, '--json');
    expect(JSON.parse(verified.stdout)).toMatchObject({ ok: true, recordDigest: expect.stringMatching(/^sha256:/) });
  });

  it('draws fairdraw-draw/2 with a generated salt written beside the record, and verifies with it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'fairdraw-cli-'));
    const out = join(dir, 'record.json');
    const drawn = await run('draw', '--task', demoFiles.task, ...pools, '--seed', demoSeed, '--out', out);
    expect(drawn.code).toBe(0);
    expect(drawn.stderr).toContain(`回避 salt (generated) written to ${out}.conflicts-salt`);
    expect(drawn.stderr).toMatch(/Keep it internal/);
    const generated = (await readFile(`${out}.conflicts-salt`, 'utf8')).trim();
    expect(generated).toMatch(/^[0-9a-f]{64}$/);
    expect(generated).not.toBe(SALT);
    expect((await stat(`${out}.conflicts-salt`)).mode & 0o077).toBe(0);
    const record = JSON.parse(await readFile(out, 'utf8'));
    expect(record.algorithm).toBe('fairdraw-draw/2');
    // The salt file and the hex digits both work.
    expect((await run('verify', out, ...pools, '--conflicts-salt', `${out}.conflicts-salt`)).stdout.split('\n')[0]).toBe('match');
    expect((await run('verify', out, ...pools, '--conflicts-salt', generated.toUpperCase())).code).toBe(0);
  });

  it('prints a generated salt when the record goes to standard output', async () => {
    const printed = await run('draw', '--task', demoFiles.task, ...pools, '--seed', demoSeed);
    expect(printed.code).toBe(0);
    expect(printed.stderr).toMatch(/回避 salt \(generated; not saved anywhere, copy it now\): [0-9a-f]{64}\n/);
  });

  it('says that a fairdraw-draw/2 record needs the salt (exit 2), and that another salt does not match (exit 1)', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'fairdraw-cli-'));
    const out = join(dir, 'record.json');
    await run('draw', '--task', demoFiles.task, ...pools, '--seed', demoSeed, ...salt, '--out', out);
    const without = await run('verify', out, ...pools);
    expect(without.code).toBe(2);
    expect(without.stderr).toMatch(/is a fairdraw-draw\/2 record: it binds the 回避 list by a salted digest, so replaying it needs --conflicts-salt/);
    const wrong = await run('verify', out, ...pools, '--conflicts-salt', '5b'.repeat(32));
    expect(wrong.code).toBe(1);
    expect(wrong.stdout).toMatch(/^mismatch\nthe 回避 list supplied with the salt given \(/);
    const malformed = await run('verify', out, ...pools, '--conflicts-salt', join(dir, 'no-such-salt'));
    expect(malformed.code).toBe(3);
    expect(malformed.stderr).toMatch(/--conflicts-salt ".*no-such-salt" is neither 64 hex digits nor a file that can be read/);
  });

  it('still draws and verifies fairdraw-draw/1, which takes no salt', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'fairdraw-cli-'));
    const out = join(dir, 'record.json');
    const drawn = await run('draw', '--task', demoFiles.task, ...pools, '--seed', demoSeed, '--algorithm', 'fairdraw-draw/1', '--out', out);
    expect(drawn.code).toBe(0);
    expect(drawn.stderr).not.toMatch(/salt/);
    expect(JSON.parse(await readFile(out, 'utf8')).algorithm).toBe('fairdraw-draw/1');
    expect((await run('verify', out, ...pools)).stdout.split('\n')[0]).toBe('match');
    const salted = await run('verify', out, ...pools, ...salt);
    expect(salted.code).toBe(2);
    expect(salted.stderr).toMatch(/fairdraw-draw\/1 record, which carries the plain digest of the 回避 list and takes no salt/);
    const refused = await run('draw', '--task', demoFiles.task, ...pools, '--seed', demoSeed, '--algorithm', 'fairdraw-draw/1', ...salt);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/takes no salt: leave out --conflicts-salt/);
    expect((await run('draw', '--task', demoFiles.task, ...pools, '--seed', demoSeed, '--algorithm', 'fairdraw-draw/7')).code).toBe(5);
  });

  it('reports a bad file with its name, line and field, exit 3, and no stack trace', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'fairdraw-cli-'));
    const targets = join(dir, 'targets.csv');
    const original = await readFile(demoFiles.targets, 'utf8');
    const lines = original.split('\r\n');
    lines[2] = lines[2]!.replace(/^(.{17})./, '$1Z'); // a character no credit code has
    await writeFile(targets, lines.join('\r\n'));
    const result = await run('draw', '--task', demoFiles.task, '--targets', targets, '--inspectors', demoFiles.inspectors, '--seed', demoSeed);
    expect(result.code).toBe(3);
    expect(result.stderr).toMatch(/targets\.csv:3: 统一社会信用代码: .*character 18 "Z"/);
    expect(result.stderr).not.toMatch(/at .*\.ts:\d+/);
  });

  it('says when no valid draw exists, exit 4', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'fairdraw-cli-'));
    const task = JSON.parse(await readFile(demoFiles.task, 'utf8'));
    task.sample = { count: 12 }; // 12 targets, 7 market inspectors, at most one target each
    await writeFile(join(dir, 'task.json'), JSON.stringify(task));
    const result = await run('draw', '--task', join(dir, 'task.json'), ...pools, '--seed', demoSeed, ...salt);
    expect(result.code).toBe(4);
    expect(result.stderr).toMatch(/no valid team exists .* cap of 1 target/);
  });

  it.each([
    [['draw', '--task', 'x.json'], /--seed is required|--targets is required/],
    [['verify'], /exactly one record file/],
    [['draw', '--colour'], /Unknown option '--colour'/],
  ])('refuses the command line %j with exit 2 and the usage', async (argv, message) => {
    const result = await run(...argv);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).toMatch(/usage: fairdraw/);
  });

  it('names a file that does not exist', async () => {
    const result = await run('verify', '/nonexistent/record.json', ...pools);
    expect(result.code).toBe(3);
    expect(result.stderr).toMatch(/cannot read \/nonexistent\/record\.json: no such file/);
  });

  it('refuses a malformed seed as invalid input', async () => {
    const result = await run('draw', '--task', demoFiles.task, ...pools, '--seed', 'abc');
    expect(result.code).toBe(3);
    expect(result.stderr).toMatch(/64 lower-case hex digits/);
  });

  it('lists the commands for help and for an unknown command', async () => {
    expect((await run('help')).stdout).toMatch(/fairdraw verify record\.json/);
    const unknown = await run('redraw');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/unknown command "redraw"/);
  });

  it('runs the demo and replays it', async () => {
    const result = await run('demo');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/坪司抽查〔2021〕2号/);
    expect(result.stdout).toMatch(/replay {5}match/);
    expect(result.stdout).toMatch(/--conflicts-salt [0-9a-f]{64} --task/);
  });
});

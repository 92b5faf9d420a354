import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { fingerprint, type Fingerprint } from './_tz-fingerprint.ts';

const script = fileURLToPath(new URL('./_tz-fingerprint.ts', import.meta.url));
const repositoryRoot = fileURLToPath(new URL('../../../../', import.meta.url));

// Each zone with its getTimezoneOffset() on 2026-01-01, to show the child really ran in it.
// Pacific/Apia skipped 2011-12-30 entirely; Kiritimati is UTC+14 and Etc/GMT+12 is UTC−12.
const zones = [
  ['UTC', 0],
  ['Asia/Shanghai', -480],
  ['America/Los_Angeles', 480],
  ['Pacific/Kiritimati', -840],
  ['Etc/GMT+12', 720],
  ['Pacific/Apia', -780],
] as const;

async function fingerprintIn(timeZone: string): Promise<Fingerprint> {
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', script], {
    cwd: repositoryRoot,
    env: { ...process.env, TZ: timeZone },
  });
  return JSON.parse(stdout) as Fingerprint;
}

describe('the calendar under different process time zones', () => {
  it('gives the same answers for every day of 2023–2026 under TZ=UTC, Asia/Shanghai, America/Los_Angeles and three extreme zones', async () => {
    const here = fingerprint();
    expect(here.lines).toBeGreaterThan(17_000);
    const children = await Promise.all(zones.map(([timeZone]) => fingerprintIn(timeZone)));
    for (const [index, [timeZone, offsetMinutes]] of zones.entries()) {
      const child = children[index]!;
      expect({ timeZone, offsetMinutes: child.offsetMinutes }).toEqual({ timeZone, offsetMinutes });
      expect({ timeZone, digest: child.digest, lines: child.lines }).toEqual({ timeZone, digest: here.digest, lines: here.lines });
    }
  }, 180_000); // six Node processes start here
});

import { describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// An independent Python implementation written from docs/draw-spec.md alone: if it and the
// TypeScript draw agree on every vector, the spec says enough to reimplement the draw.
const repo = fileURLToPath(new URL('..', import.meta.url));
const reference = `${repo}docs/reference/fairdraw_reference.py`;
const vectors = readdirSync(`${repo}test/vectors`, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
const hasPython = spawnSync('python3', ['--version']).status === 0;

describe.runIf(hasPython)('the Python reference implementation (written from the spec alone)', () => {
  it.each(vectors)('reproduces the vector %s byte for byte', (vector) => {
    const out = execFileSync('python3', [reference, '--check', `${repo}test/vectors/${vector}`], { encoding: 'utf8' });
    expect(out.trim()).toBe('match');
  });

  it('notices a forged record (the comparison is not a formality)', () => {
    const result = spawnSync('python3', [reference, '--check', `${repo}test/fixtures/forged-vector`], { encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/^mismatch/);
  });
});

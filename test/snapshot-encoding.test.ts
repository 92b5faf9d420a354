import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { demoFiles } from '@fairdraw/demo';
import { loadInspectors, loadTargets, snapshotPools, targetLine } from '@fairdraw/core';

const inspectors = loadInspectors(readFileSync(demoFiles.inspectors), { source: 'inspectors.csv' });
const digestOf = (bytes: Uint8Array, source: string) =>
  snapshotPools({ targets: loadTargets(bytes, { source }), inspectors }).digests.targets;

describe('a directory has one digest whatever its file looks like', () => {
  const utf8 = readFileSync(demoFiles.targets);
  const expected = digestOf(utf8, 'targets.csv');

  it('GB18030 as Excel saves it on Chinese Windows', () => {
    const gb = readFileSync(new URL('./fixtures/demo-targets.gb18030.csv', import.meta.url));
    expect(gb.subarray(0, 3)).not.toEqual(utf8.subarray(0, 3)); // really another encoding
    expect(digestOf(gb, 'targets-gb.csv')).toEqual(expected);
  });

  it('rows in another order, without the BOM, with LF line ends', () => {
    const text = new TextDecoder().decode(utf8).replace(/^\ufeff/, '');
    const [header, ...rows] = text.split('\r\n').filter((line) => line !== '');
    const shuffled = [header, ...rows.reverse()].join('\n') + '\n';
    expect(digestOf(new TextEncoder().encode(shuffled), 'targets.csv')).toEqual(expected);
  });

  it('the same directory as JSON, with the extra columns dropped', () => {
    const targets = loadTargets(utf8, { source: 'targets.csv' }).map(({ attributes: _attributes, ...bound }) => bound);
    expect(digestOf(new TextEncoder().encode(JSON.stringify(targets)), 'targets.json')).toEqual(expected);
  });

  it('but any bound field changed changes it', () => {
    const text = new TextDecoder().decode(utf8).replace('广东坪岳律师事务所', '广东坪岳律师事务所（特殊普通合伙）');
    expect(digestOf(new TextEncoder().encode(text), 'targets.csv')).not.toEqual(expected);
    expect(targetLine(loadTargets(utf8, { source: 'targets.csv' })[0]!)).toMatch(/^\{"id":"[0-9A-Z]{18}","kind":/);
  });
});

import { describe, expect, it } from 'vitest';
import { DrandChain, QUICKNET, drandChainHash, findDrandChain } from './drand-chain.ts';

describe('drandChainHash', () => {
  it('recomputes the pinned quicknet chain hash from its public facts', () => {
    expect(drandChainHash(QUICKNET)).toBe('52db9ba70e0cc0f6eaf7803dd07447a1f5477735fd3f661792ba94600c84e971');
    expect(DrandChain.parse(QUICKNET)).toEqual(QUICKNET);
  });

  it('changes when any fact changes', () => {
    for (const change of [{ period: 30 }, { genesisTime: QUICKNET.genesisTime + 1 }, { beaconId: 'default' }, { genesisSeed: '0'.repeat(64) }]) {
      expect(drandChainHash({ ...QUICKNET, ...change })).not.toBe(QUICKNET.hash);
    }
  });
});

describe('findDrandChain', () => {
  it('knows quicknet by hash and nothing else', () => {
    expect(findDrandChain(QUICKNET.hash)).toBe(QUICKNET);
    expect(findDrandChain('8990e7a9aaed2ffed73dbd7092123d6f289930540d7651336225dc172e51b2ce')).toBeUndefined();
  });
});

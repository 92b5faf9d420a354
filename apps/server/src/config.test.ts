import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readConfig } from './config.ts';

describe('the service settings', () => {
  it('keeps the ledger key beside the data and asks the public drand relays by default', () => {
    const config = readConfig({ FAIRDRAW_DATA_DIR: '/srv/fairdraw' }, []);
    expect(config).toMatchObject({ dataDir: '/srv/fairdraw', ledgerKeyFile: '/srv/fairdraw/ledger-key.pem', ledgerHeadFile: '/srv/fairdraw/ledger-head.json', drandMarginSeconds: 60, autoDrawSeconds: 15 });
    expect(config.drandRelays).toEqual(['https://api.drand.sh', 'https://drand.cloudflare.com']);
  });

  it('takes a key file, relays (or none, for a service without network) and a margin', () => {
    const config = readConfig({ FAIRDRAW_LEDGER_KEY: 'keys/bureau.pem', FAIRDRAW_DRAND_RELAYS: ' http://relay.local/ , ,http://backup.local', FAIRDRAW_DRAND_MARGIN_SECONDS: '120' }, []);
    expect(config).toMatchObject({ ledgerKeyFile: resolve('keys/bureau.pem'), drandRelays: ['http://relay.local/', 'http://backup.local'], drandMarginSeconds: 120 });
    expect(readConfig({ FAIRDRAW_DRAND_RELAYS: 'none' }, []).drandRelays).toEqual([]);
  });

  it('refuses a margin under 60 seconds, naming the setting', () => {
    expect(() => readConfig({ FAIRDRAW_DRAND_MARGIN_SECONDS: '10' }, [])).toThrow(/FAIRDRAW_DRAND_MARGIN_SECONDS/);
  });
});

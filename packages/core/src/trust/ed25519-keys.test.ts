import { generateKeyPairSync, sign } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { thrown } from '../load/_fixtures.ts';
import { ed25519PrivateKey, ed25519PublicKey, ed25519PublicKeyHex } from './ed25519-keys.ts';
import { PRIVATE_KEY, PUBLIC_KEY } from './_fixtures.ts';

describe('Ed25519 keys', () => {
  it('reads raw hex keys and signs as RFC 8032 test 1 says', () => {
    expect(ed25519PublicKeyHex(ed25519PrivateKey(PRIVATE_KEY))).toBe(PUBLIC_KEY);
    expect(sign(null, Buffer.alloc(0), ed25519PrivateKey(PRIVATE_KEY)).toString('hex')).toBe(
      'e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b',
    );
  });

  it('reads PEM keys and KeyObjects, and gives the same raw public key', () => {
    const { publicKey, privateKey } = generateKeyPairSync('ed25519');
    const hex = ed25519PublicKeyHex(publicKey);
    expect(hex).toMatch(/^[0-9a-f]{64}$/);
    expect(ed25519PublicKeyHex(publicKey.export({ format: 'pem', type: 'spki' }) as string)).toBe(hex);
    expect(ed25519PublicKeyHex(privateKey.export({ format: 'pem', type: 'pkcs8' }) as string)).toBe(hex);
    expect(ed25519PublicKeyHex(ed25519PublicKey(hex))).toBe(hex);
  });

  it('refuses other algorithms, a public key to sign with, and garbage', () => {
    const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    expect(thrown(() => ed25519PrivateKey(privateKey)).message).toMatch(/Ed25519; this private key is ec/);
    expect(thrown(() => ed25519PrivateKey(ed25519PublicKey(PUBLIC_KEY))).message).toMatch(/signed with a private key/);
    expect(thrown(() => ed25519PublicKey('not a key')).code).toBe('INVALID_INPUT');
  });
});

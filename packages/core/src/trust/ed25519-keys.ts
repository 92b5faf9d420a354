import { KeyObject, createPrivateKey, createPublicKey } from 'node:crypto';
import { FairdrawError } from '../errors.ts';

/** A key as callers hold it: a node:crypto KeyObject, 64 hex digits (raw 32 bytes), or PEM. */
export type KeyInput = KeyObject | string;

// DER headers that turn 32 raw bytes into SubjectPublicKeyInfo / PKCS#8 (RFC 8410).
const SPKI_PREFIX = '302a300506032b6570032100';
const PKCS8_PREFIX = '302e020100300506032b657004220420';
const RAW = /^[0-9a-f]{64}$/;

/**
 * The Ed25519 public key of `input`: raw hex, SPKI PEM, or a KeyObject (a private key
 * gives its public key). Throws INVALID_INPUT for anything else, e.g. another algorithm.
 */
export function ed25519PublicKey(input: KeyInput): KeyObject {
  return assertEd25519(
    attempt('public', () => {
      if (input instanceof KeyObject) return input.type === 'private' ? createPublicKey(input) : input;
      if (RAW.test(input)) return createPublicKey({ key: Buffer.from(SPKI_PREFIX + input, 'hex'), format: 'der', type: 'spki' });
      return createPublicKey(input);
    }),
    'public',
  );
}

/** The Ed25519 private key of `input`: raw hex (the 32-byte seed of RFC 8032), PKCS#8 PEM, or a KeyObject. */
export function ed25519PrivateKey(input: KeyInput): KeyObject {
  const key = attempt('private', () => {
    if (input instanceof KeyObject) return input;
    if (RAW.test(input)) return createPrivateKey({ key: Buffer.from(PKCS8_PREFIX + input, 'hex'), format: 'der', type: 'pkcs8' });
    return createPrivateKey(input);
  });
  if (key.type !== 'private') throw new FairdrawError('INVALID_INPUT', 'a ledger entry is signed with a private key, not a public one');
  return assertEd25519(key, 'private');
}

/** The raw 32-byte public key in lower-case hex: the form fairdraw publishes. */
export function ed25519PublicKeyHex(input: KeyInput): string {
  const der = ed25519PublicKey(input).export({ format: 'der', type: 'spki' });
  return der.subarray(der.length - 32).toString('hex');
}

function attempt(kind: string, make: () => KeyObject): KeyObject {
  try {
    return make();
  } catch (error) {
    throw new FairdrawError('INVALID_INPUT', `not an Ed25519 ${kind} key: give 64 hex digits (32 raw bytes) or a PEM file`, { cause: error });
  }
}

function assertEd25519(key: KeyObject, kind: string): KeyObject {
  if (key.asymmetricKeyType !== 'ed25519') {
    throw new FairdrawError('INVALID_INPUT', `the ledger is signed with Ed25519; this ${kind} key is ${key.asymmetricKeyType ?? 'not asymmetric'}`);
  }
  return key;
}

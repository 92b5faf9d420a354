// Assertions and per-test stores shared by the contract suite.
import { afterEach, beforeEach, expect } from 'vitest';
import type { AuditEntry } from '../entities.ts';
import { StoreError } from '../store-error.ts';
import type { Store } from '../store.ts';

/** A fresh store for each test (closed after it), read through the returned function. */
export function useStore(open: () => Promise<Store>): () => Store {
  let store: Store | undefined;
  beforeEach(async () => {
    store = await open();
  });
  afterEach(async () => {
    await store?.close();
    store = undefined;
  });
  return () => {
    if (!store) throw new Error('the store exists only while a test runs');
    return store;
  };
}

const EVERYTHING = 1_000_000;

/**
 * The StoreError a write throws, after checking that it left no audit entry behind; callers
 * then check that the records it would have changed are unchanged too.
 */
export async function refused(store: Store, write: () => Promise<unknown>): Promise<StoreError> {
  const before = await store.audit.list({ limit: EVERYTHING });
  let error: unknown;
  try {
    await write();
  } catch (caught) {
    error = caught;
  }
  if (!(error instanceof StoreError)) throw new Error(`expected a StoreError, got ${error === undefined ? 'success' : String(error)}`);
  expect(await store.audit.list({ limit: EVERYTHING }), 'a refused write leaves no audit entry').toEqual(before);
  return error;
}

/** The newest audit entry. */
export async function lastAudit(store: Store): Promise<AuditEntry> {
  const [entry] = await store.audit.list({ limit: 1 });
  if (!entry) throw new Error('the audit log is empty');
  return entry;
}

import type { Store } from '@fairdraw/store';
import type { Logger } from './logger.ts';

/** The writes of each resource: reads pass through unlogged. */
const writes = {
  directories: ['append'],
  items: ['put'],
  calendar: ['put'],
  schedules: ['create', 'move'],
  plans: ['create', 'update', 'publish'],
  tasks: ['create', 'update'],
  draws: ['prepare', 'complete', 'cancel'],
  results: ['enter', 'update', 'transition'],
  accounts: ['create', 'update'],
  tokens: ['create', 'revoke'],
} as const satisfies { [R in keyof Store]?: readonly string[] };

/**
 * The store, logging one JSON line per state change after it commits: what changed, which
 * record, who, and the new status where there is one. The audit log holds the full
 * before/after; these lines are for operators watching the service.
 */
export function loggedStore(store: Store, logger: Logger): Store {
  const wrapped: Record<string, unknown> = { ...store, close: () => store.close() };
  for (const [resource, methods] of Object.entries(writes) as [keyof typeof writes, readonly string[]][]) {
    const original = store[resource] as unknown as Record<string, (...args: unknown[]) => Promise<unknown>>;
    const copy: Record<string, unknown> = { ...original };
    for (const method of methods) {
      copy[method] = async (...args: unknown[]) => {
        const result = await original[method]!.apply(original, args);
        const change = args.at(-1) as { actor?: string } | undefined;
        const record = result as { id?: unknown; status?: unknown; version?: unknown; pool?: unknown };
        logger.info('state change', {
          action: `${resource}.${method}`,
          id: record?.id ?? null,
          ...(record?.status === undefined ? {} : { status: record.status }),
          ...(record?.pool === undefined ? {} : { pool: record.pool, version: record.version }),
          actor: change?.actor ?? null,
        });
        return result;
      };
    }
    wrapped[resource] = copy;
  }
  return wrapped as unknown as Store;
}

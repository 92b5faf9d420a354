import { describe } from 'vitest';
import type { Store } from './store.ts';
import { accountsContract } from './contract/accounts.ts';
import { auditContract } from './contract/audit.ts';
import { directoriesContract } from './contract/directories.ts';
import { drawsLifecycleContract } from './contract/draws-lifecycle.ts';
import { drawsPrepareContract } from './contract/draws-prepare.ts';
import { drawsCommitmentsContract } from './contract/draws-commitments.ts';
import { itemsContract } from './contract/items.ts';
import { calendarContract } from './contract/calendar.ts';
import { schedulesContract } from './contract/schedules.ts';
import { plansContract } from './contract/plans.ts';
import { resultsEnterContract } from './contract/results-enter.ts';
import { resultsPublishedContract } from './contract/results-published.ts';
import { resultsWorkflowContract } from './contract/results-workflow.ts';
import { tasksContract } from './contract/tasks.ts';
import { tokensContract } from './contract/tokens.ts';

/**
 * Registers the vitest suite every Store implementation must pass: each method's success and
 * refusals, its audit entry, and that a refused write changes nothing. `open` must give a new,
 * empty store each time; the suite closes it after each test.
 */
export function describeStoreContract(name: string, open: () => Promise<Store>): void {
  describe(`${name} meets the Store contract`, () => {
    directoriesContract(open);
    itemsContract(open);
    calendarContract(open);
    plansContract(open);
    tasksContract(open);
    drawsPrepareContract(open);
    drawsLifecycleContract(open);
    drawsCommitmentsContract(open);
    schedulesContract(open);
    resultsEnterContract(open);
    resultsWorkflowContract(open);
    resultsPublishedContract(open);
    accountsContract(open);
    tokensContract(open);
    auditContract(open);
  });
}

export type { Change, DrawCommitment, LedgerAppend, ResultFilter, Store } from './store.ts';
export { StoreError, storeErrorCodes } from './store-error.ts';
export type { StoreErrorCode } from './store-error.ts';
export { drawStatuses, resultStatuses, roles } from './entities.ts';
export type {
  Account,
  Actor,
  AuditEntry,
  CalendarYearEntry,
  DirectoryVersion,
  DirectoryVersionMeta,
  DrawEntry,
  DrawStatus,
  Instant,
  ItemEntry,
  PlanEntry,
  PoolRecords,
  ResultEntry,
  ResultStatus,
  Role,
  ScheduleEntry,
  ScheduleMove,
  TaskEntry,
  TokenEntry,
} from './entities.ts';
export { createSqliteStore } from './sqlite/sqlite-store.ts';
export type { SqliteStoreOptions } from './sqlite/sqlite-store.ts';
// Imports vitest: only test files should call it.

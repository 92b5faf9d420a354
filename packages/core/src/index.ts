export { FairdrawError, fairdrawErrorCodes, formatIssue, isFairdrawError } from './errors.ts';
export type { FairdrawErrorCode, FairdrawErrorOptions, Issue } from './errors.ts';

export { CREDIT_CODE_ALPHABET, creditCodeCheckChar, creditCodeProblem, normalizeCreditCode } from './model/credit-code.ts';
export { IsoDate, RecordId, compareCodePoints, dayNumber, isIsoDate } from './model/primitives.ts';
export { CreditCode, RiskClass, Target, TargetKind, TargetStatus, riskClasses, standardTargetKinds, targetStatuses } from './model/target.ts';
export type { TargetInput } from './model/target.ts';
export { Inspector } from './model/inspector.ts';
export type { InspectorInput } from './model/inspector.ts';
export { Conflict } from './model/conflict.ts';
export type { ConflictInput } from './model/conflict.ts';
export { InspectionItem, inspectionMethods, itemCategories } from './model/inspection-item.ts';
export { Percent, SampleRule, percentToPpm, requestedSampleSize, roundingRules } from './model/sample-rule.ts';
export { Eligibility, Task, Team, TeamGroup, strataKeys } from './model/task.ts';
export type { StratumKey, TaskInput } from './model/task.ts';
export { FollowUp, FollowUpAction, Outcome, OutcomeCategory, followUpLabels, outcomeCategories, outcomeLabels } from './model/outcome.ts';
export type { OutcomeInput } from './model/outcome.ts';
export { AnnualPlan, PlannedTask } from './model/plan.ts';
export type { PlannedTaskInput } from './model/plan.ts';
export { parseWith, toIssues } from './model/parse.ts';
export type { ParseContext } from './model/parse.ts';

export { canonicalJson } from './snapshot/canonical-json.ts';
export type { CanonicalValue } from './snapshot/canonical-json.ts';
export { POOL_FORMAT, conflictLine, inspectorLine, poolNames, snapshotText, targetLine } from './snapshot/pool-snapshot.ts';
export type { PoolDigest, PoolName } from './snapshot/pool-snapshot.ts';
export { assertConflictsResolve, poolSnapshotText, snapshotPool, snapshotPools } from './snapshot/pools.ts';
export type { PoolRecordTypes, Pools, PoolsInput } from './snapshot/pools.ts';

export { SEED_PATTERN, assertSeed, openStream, streamKey, uniformInt } from './random/stream.ts';
export type { RandomStream } from './random/stream.ts';
export { PositionSampler, samplePositions } from './random/sample-without-replacement.ts';

export { exclusionReason, exclusionReasons } from './draw/eligibility.ts';
export type { ExclusionReason } from './draw/eligibility.ts';
export { selectTargets, stratumStreamLabel } from './draw/select-targets.ts';
export type { StratumDraw, TargetSelection } from './draw/select-targets.ts';
export { assignTeams, requiredFields, teamStreamLabel } from './draw/assign-teams.ts';
export type { AssignTeamsOptions, TeamAssignment } from './draw/assign-teams.ts';
export { DRAW_ALGORITHM, draw, supportedAlgorithms } from './draw/draw.ts';
export type { DrawOptions } from './draw/draw.ts';
export {
  ConflictsSalt,
  DRAW_ALGORITHM_1,
  DRAW_ALGORITHM_2,
  assertSupportedAlgorithm,
  conflictsSaltRequired,
  isSupportedAlgorithm,
  recordConflictsDigest,
  streamAlgorithm,
} from './draw/algorithm.ts';
export type { DrawAlgorithm } from './draw/algorithm.ts';

export { DrawRecord, DrawnTarget, formatRecord, recordDigest, serializeRecord } from './record/draw-record.ts';
export { replay } from './record/replay.ts';
export type { ReplayOptions } from './record/replay.ts';
export { verify } from './record/verify.ts';
export type { Verification, VerifyOptions } from './record/verify.ts';

export { decodeText } from './load/decode-text.ts';
export { parseCsv } from './load/parse-csv.ts';
export type { CsvRow, CsvTable } from './load/parse-csv.ts';
export type { CellValue } from './load/cell-value.ts';
export { normalizeDate } from './load/normalize-date.ts';
export {
  activeLabels,
  parseActive,
  parseRiskClass,
  parseTargetKind,
  parseTargetStatus,
  riskClassLabels,
  targetKindLabels,
  targetStatusLabels,
} from './load/vocabulary.ts';
export type { ColumnSpec } from './load/columns.ts';
export { conflictColumns, inspectorColumns, targetColumns } from './load/pool-columns.ts';
export type { ReadOptions, ReadResult } from './load/read-pool.ts';
export { readConflicts, readInspectors, readTargets } from './load/read-pools.ts';
export { loadConflicts, loadInspectors, loadTargets } from './load/load-pools.ts';
export { loadTask } from './load/load-task.ts';

export { addWorkingDays } from './calendar/add-working-days.ts';
export { chinaDateOf } from './calendar/china-date-of.ts';
export { deadlineStatuses, resultDeadline } from './calendar/deadline.ts';
export type { DeadlineInput, DeadlineStatus } from './calendar/deadline.ts';
export { defaultArrangements } from './calendar/holidays-data.ts';
export { isWorkingDay } from './calendar/is-working-day.ts';
export { nextWorkingDay } from './calendar/next-working-day.ts';
export { createWorkingCalendar, withArrangement } from './calendar/working-calendar.ts';
export type { WorkingCalendar } from './calendar/working-calendar.ts';
export { workingDaysBetween } from './calendar/working-days-between.ts';
export { ArrangementSource, FIRST_ARRANGEMENT_YEAR, YearArrangement, statutoryDaysOff } from './calendar/year-arrangement.ts';
export type { YearArrangementInput } from './calendar/year-arrangement.ts';

export { COMMITMENT_FORMAT, Commitment, SaltedPoolDigest, commitmentDigest } from './trust/commitment.ts';
export type { CommitmentInput } from './trust/commitment.ts';
export { prepareCommitment } from './trust/prepare-commitment.ts';
export type { PrepareCommitmentOptions } from './trust/prepare-commitment.ts';
export { saltedDigest } from './trust/salted-digest.ts';
export { IsoInstant, isIsoInstant } from './trust/instant.ts';

export { OperatorSeedValue, SeedEvidence, SeedSource, seedSourceTypes } from './trust/seed-source.ts';
export type { SeedSourceType } from './trust/seed-source.ts';
export { SEED_DERIVATION, deriveSeed } from './trust/derive-seed.ts';
export { revealSeed, seedSourceValue } from './trust/reveal-seed.ts';
export { WITNESS_MIX, WitnessCommitment, WitnessId, WitnessReveal, WitnessSecret, witnessHash, witnessSeedValue } from './trust/witness-ceremony.ts';

export { DRAND_SCHEME, DrandChain, QUICKNET, drandChainHash, findDrandChain, knownDrandChains } from './trust/drand-chain.ts';
export { DEFAULT_DRAND_MARGIN_SECONDS, checkDrandRoundTiming, drandRoundAt, drandRoundTime, earliestDrandRound } from './trust/drand-round.ts';
export type { DrandTiming } from './trust/drand-round.ts';
export { DRAND_G1_DST, DrandBeacon, beaconFailures, drandMessage, verifyBeacon } from './trust/drand-beacon.ts';
export type { BeaconFailure, BeaconVerification, VerifyBeaconOptions } from './trust/drand-beacon.ts';

export { ed25519PrivateKey, ed25519PublicKey, ed25519PublicKeyHex } from './trust/ed25519-keys.ts';
export type { KeyInput } from './trust/ed25519-keys.ts';
export { CanonicalObject, GENESIS_PREV_HASH, LedgerEntry, entryHash, ledgerEntryTypes } from './trust/ledger-entry.ts';
export type { LedgerEntryType } from './trust/ledger-entry.ts';
export { CancellationPayload, CommitmentPayload, DrawPayload, ResultPayload, ledgerPayloads } from './trust/ledger-payloads.ts';
export { appendEntry } from './trust/append-entry.ts';
export type { NewLedgerEntry } from './trust/append-entry.ts';
export { ledgerFailures, verifyLedger } from './trust/verify-ledger.ts';
export type { LedgerFailure, LedgerVerification, VerifyLedgerOptions } from './trust/verify-ledger.ts';

export { verifyTargets } from './trust/verify-targets.ts';
export type { TargetVerification } from './trust/verify-targets.ts';
export { BUNDLE_FORMAT, Bundle, parseBundle } from './trust/bundle.ts';
export { assembleBundle } from './trust/assemble-bundle.ts';
export type { AssembleBundleOptions } from './trust/assemble-bundle.ts';
export { verifyBundle } from './trust/verify-bundle.ts';
export type { BundleVerification, Check, Note, VerifyBundleOptions } from './trust/verify-bundle.ts';

export { DateSpan, DrawSummary, InspectorAvailability, MAX_DAILY_LIMIT, MAX_WINDOW_DAYS, ScheduleConstraints, ScheduleWindow, ScheduledMember, TargetBlackout, summarizeDraw } from './schedule/schedule-input.ts';
export type { ScheduleConstraintsInput } from './schedule/schedule-input.ts';
export { SCHEDULE_ALGORITHM, ScheduleRecord, ScheduledInspection, formatSchedule, scheduleDigest, scheduleStreamLabel, serializeSchedule, supportedScheduleAlgorithms } from './schedule/schedule-record.ts';
export { scheduleInspections } from './schedule/schedule-inspections.ts';
export type { ScheduleOptions } from './schedule/schedule-inspections.ts';
export { replaySchedule } from './schedule/replay-schedule.ts';
export { verifySchedule } from './schedule/verify-schedule.ts';
export type { ScheduleVerification, VerifyScheduleOptions } from './schedule/verify-schedule.ts';
export { checkMovedDate } from './schedule/check-moved-date.ts';
export type { MovedDateOptions } from './schedule/check-moved-date.ts';

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
export { poolSnapshotText, snapshotPool, snapshotPools } from './snapshot/pools.ts';
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

export { DrawRecord, DrawnTarget, formatRecord, recordDigest, serializeRecord } from './record/draw-record.ts';
export { replay } from './record/replay.ts';
export { verify } from './record/verify.ts';
export type { Verification } from './record/verify.ts';

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

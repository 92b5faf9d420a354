// Migration 1: the initial schema. Immutable once released: change the schema with a new
// migration, never by editing this text (the runner refuses a database whose recorded
// checksum differs from the code's).
//
// The rules the store checks in code are repeated here where SQL can say them, so that a
// bug in the code, or a person with a SQL shell, still cannot break them: one active draw
// per task, one unpublished result per drawn target, an append-only audit log, draws and
// published results that never change.
export const initialSchema = `
CREATE TABLE directory_versions (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  pool TEXT NOT NULL CONSTRAINT directory_pool_is_known CHECK (pool IN ('targets', 'inspectors', 'conflicts')),
  version INTEGER NOT NULL CHECK (version >= 1),
  digest TEXT NOT NULL,
  count INTEGER NOT NULL CHECK (count >= 0),
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  reason TEXT NOT NULL CONSTRAINT directory_reason_is_given CHECK (length(trim(reason)) > 0),
  -- How records is encoded, so that a later migration can add a format without rewriting old rows.
  encoding TEXT NOT NULL CHECK (encoding IN ('jsonl+gzip')),
  records BLOB NOT NULL,
  UNIQUE (pool, version)
);
CREATE TRIGGER directory_versions_never_change BEFORE UPDATE ON directory_versions
BEGIN SELECT RAISE(ABORT, 'directory versions never change: append a new version'); END;
CREATE TRIGGER directory_versions_never_deleted BEFORE DELETE ON directory_versions
BEGIN SELECT RAISE(ABORT, 'directory versions are never deleted: draws refer to them'); END;

CREATE TABLE items (
  code TEXT PRIMARY KEY,
  item TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

CREATE TABLE plans (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  year INTEGER NOT NULL,
  plan TEXT NOT NULL,
  published_at TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE TRIGGER plans_publish_once BEFORE UPDATE OF published_at ON plans
WHEN OLD.published_at IS NOT NULL AND NEW.published_at IS NOT OLD.published_at
BEGIN SELECT RAISE(ABORT, 'the plan is already published'); END;

CREATE TABLE tasks (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  plan_id INTEGER NOT NULL REFERENCES plans (id),
  number TEXT NOT NULL UNIQUE,
  planned TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX tasks_by_plan ON tasks (plan_id);

CREATE TABLE draws (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  task_id INTEGER NOT NULL REFERENCES tasks (id),
  status TEXT NOT NULL CHECK (status IN ('prepared', 'drawn', 'cancelled')),
  task TEXT NOT NULL,
  versions TEXT NOT NULL,
  digests TEXT NOT NULL,
  -- A draw is replaced at most once, so the draws of a task form one chain.
  replaces INTEGER UNIQUE REFERENCES draws (id),
  prepared_at TEXT NOT NULL,
  prepared_by TEXT NOT NULL,
  seed TEXT,
  seed_source TEXT CHECK (seed_source IN ('operator')),
  record TEXT,
  record_digest TEXT,
  drawn_at TEXT,
  drawn_by TEXT,
  cancelled_at TEXT,
  cancelled_by TEXT,
  cancel_reason TEXT,
  CONSTRAINT prepared_draw_has_no_outcome CHECK (status <> 'prepared' OR (seed IS NULL AND record IS NULL AND drawn_at IS NULL)),
  CONSTRAINT drawn_draw_has_seed_and_record CHECK (
    status <> 'drawn' OR (seed IS NOT NULL AND seed_source IS NOT NULL AND record IS NOT NULL AND record_digest IS NOT NULL AND drawn_at IS NOT NULL AND drawn_by IS NOT NULL)
  ),
  CONSTRAINT cancelled_draw_has_reason CHECK (
    status <> 'cancelled' OR (cancelled_at IS NOT NULL AND cancelled_by IS NOT NULL AND length(trim(cancel_reason)) > 0)
  )
);
CREATE UNIQUE INDEX draws_one_active_per_task ON draws (task_id) WHERE status <> 'cancelled';
CREATE INDEX draws_by_task ON draws (task_id, id);
CREATE TRIGGER tasks_frozen_once_drawn BEFORE UPDATE OF plan_id, number, planned ON tasks
WHEN EXISTS (SELECT 1 FROM draws WHERE task_id = OLD.id)
BEGIN SELECT RAISE(ABORT, 'the task has a draw: its parameters are frozen'); END;
CREATE TRIGGER draws_never_deleted BEFORE DELETE ON draws
BEGIN SELECT RAISE(ABORT, 'draws are never deleted: cancel them'); END;
CREATE TRIGGER draws_move_forward_only BEFORE UPDATE ON draws
WHEN NOT ((OLD.status = 'prepared' AND NEW.status IN ('drawn', 'cancelled')) OR (OLD.status = 'drawn' AND NEW.status = 'cancelled'))
  OR NEW.task_id IS NOT OLD.task_id OR NEW.task IS NOT OLD.task OR NEW.versions IS NOT OLD.versions
  OR NEW.digests IS NOT OLD.digests OR NEW.replaces IS NOT OLD.replaces
  OR NEW.prepared_at IS NOT OLD.prepared_at OR NEW.prepared_by IS NOT OLD.prepared_by
  OR (OLD.status = 'drawn' AND (NEW.seed IS NOT OLD.seed OR NEW.record IS NOT OLD.record OR NEW.record_digest IS NOT OLD.record_digest
    OR NEW.drawn_at IS NOT OLD.drawn_at OR NEW.drawn_by IS NOT OLD.drawn_by))
BEGIN SELECT RAISE(ABORT, 'a draw only moves prepared → drawn → cancelled, and what it froze never changes'); END;

CREATE TABLE results (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  draw_id INTEGER NOT NULL REFERENCES draws (id),
  target_id TEXT NOT NULL,
  outcome TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('entered', 'returned', 'reviewed', 'published')),
  corrects INTEGER REFERENCES results (id),
  entered_at TEXT NOT NULL,
  entered_by TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  reviewed_at TEXT,
  reviewed_by TEXT,
  review_note TEXT,
  published_at TEXT,
  published_by TEXT,
  -- Copied at entry from the plan and the draw record, so that the public listing filters
  -- without reading records: the plan's year, the task, the target, the team's departments
  -- (JSON array) and the outcome's categories (JSON array).
  year INTEGER NOT NULL,
  task_id INTEGER NOT NULL REFERENCES tasks (id),
  target_kind TEXT NOT NULL,
  target_name TEXT NOT NULL,
  departments TEXT NOT NULL,
  categories TEXT NOT NULL,
  CONSTRAINT published_result_has_publication CHECK ((status = 'published') = (published_at IS NOT NULL AND published_by IS NOT NULL)),
  CONSTRAINT returned_result_has_note CHECK (status <> 'returned' OR length(trim(review_note)) > 0)
);
CREATE UNIQUE INDEX results_one_open_per_target ON results (draw_id, target_id) WHERE status <> 'published';
CREATE UNIQUE INDEX results_corrected_once ON results (corrects) WHERE corrects IS NOT NULL;
CREATE INDEX results_by_draw ON results (draw_id, target_id, id);
CREATE INDEX results_published ON results (published_at DESC, id DESC) WHERE status = 'published';
CREATE TRIGGER results_never_deleted BEFORE DELETE ON results
BEGIN SELECT RAISE(ABORT, 'results are never deleted'); END;
CREATE TRIGGER results_published_never_change BEFORE UPDATE ON results
WHEN OLD.status = 'published' AND (NEW.status IS NOT OLD.status OR NEW.outcome IS NOT OLD.outcome
  OR NEW.published_at IS NOT OLD.published_at OR NEW.published_by IS NOT OLD.published_by)
BEGIN SELECT RAISE(ABORT, 'a published result never changes: enter a correction'); END;
CREATE TRIGGER results_follow_workflow BEFORE UPDATE OF status, outcome ON results
WHEN (NEW.status IS NOT OLD.status AND NOT ((OLD.status = 'entered' AND NEW.status IN ('reviewed', 'returned'))
    OR (OLD.status = 'returned' AND NEW.status = 'entered') OR (OLD.status = 'reviewed' AND NEW.status IN ('published', 'returned'))))
  OR (NEW.outcome IS NOT OLD.outcome AND OLD.status NOT IN ('entered', 'returned'))
BEGIN SELECT RAISE(ABORT, 'a result moves entered → reviewed → published (or back to returned), and only an entered or returned result is edited'); END;
CREATE TRIGGER results_identity_fixed BEFORE UPDATE OF draw_id, target_id, corrects, entered_at, entered_by ON results
BEGIN SELECT RAISE(ABORT, 'a result keeps its draw, target, correction and entry'); END;

CREATE TABLE accounts (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  roles TEXT NOT NULL,
  disabled INTEGER NOT NULL CHECK (disabled IN (0, 1)),
  created_at TEXT NOT NULL
);

CREATE TABLE tokens (
  id TEXT PRIMARY KEY,
  account_id TEXT NOT NULL REFERENCES accounts (id),
  label TEXT NOT NULL,
  secret_hash TEXT NOT NULL,
  created_at TEXT NOT NULL,
  revoked_at TEXT
);
CREATE INDEX tokens_by_account ON tokens (account_id);
CREATE TRIGGER tokens_revoked_stay_revoked BEFORE UPDATE ON tokens
WHEN OLD.revoked_at IS NOT NULL OR NEW.secret_hash IS NOT OLD.secret_hash OR NEW.account_id IS NOT OLD.account_id
BEGIN SELECT RAISE(ABORT, 'a revoked token stays revoked, and a token keeps its secret and account'); END;

CREATE TABLE audit_log (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  at TEXT NOT NULL CONSTRAINT audit_at_is_instant
    CHECK (at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9].[0-9][0-9][0-9]Z'),
  actor TEXT NOT NULL CONSTRAINT audit_actor_is_named CHECK (length(trim(actor)) > 0),
  action TEXT NOT NULL,
  entity TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  before TEXT,
  after TEXT
);
CREATE INDEX audit_by_entity ON audit_log (entity, entity_id, id);
CREATE TRIGGER audit_log_never_changes BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_log_never_deleted BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
`;

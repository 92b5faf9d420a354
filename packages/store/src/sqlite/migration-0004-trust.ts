// Migration 4: commitments and the signed ledger (docs/trust-spec.md).
//
// A draw now commits to its inputs and its seed source before the seed can be known, so the
// draws table gains the commitment, the internal salt of its 回避 digest and the evidence of the
// seed, and its seed_source may name drand or witnesses as well as the operator. SQLite cannot
// change a CHECK constraint in place, so the table is rebuilt (with migrate's
// foreign-key-off procedure, see Migration.rebuildsTables); every row is copied unchanged and
// draws made before this step keep commitment = NULL: they stay as they were published.
export const trust = `
DROP TRIGGER draws_never_deleted;
DROP TRIGGER draws_move_forward_only;
DROP INDEX draws_one_active_per_task;
DROP INDEX draws_by_task;
ALTER TABLE draws RENAME TO draws_before_commitments;

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
  -- The commitment (canonical JSON), its digest, and the salt of its 回避 digest (internal).
  commitment TEXT,
  commitment_digest TEXT UNIQUE,
  conflicts_salt TEXT,
  seed TEXT,
  seed_source TEXT CHECK (seed_source IN ('drand', 'witnesses', 'operator')),
  -- What showed the seed source's value: the beacon, the witnesses' reveals, the operator's value.
  evidence TEXT,
  record TEXT,
  record_digest TEXT,
  drawn_at TEXT,
  drawn_by TEXT,
  cancelled_at TEXT,
  cancelled_by TEXT,
  cancel_reason TEXT,
  CONSTRAINT commitment_is_whole CHECK (
    (commitment IS NULL AND commitment_digest IS NULL AND conflicts_salt IS NULL)
    OR (commitment IS NOT NULL AND commitment_digest IS NOT NULL AND conflicts_salt IS NOT NULL)
  ),
  CONSTRAINT prepared_draw_has_no_outcome CHECK (status <> 'prepared' OR (seed IS NULL AND record IS NULL AND drawn_at IS NULL AND evidence IS NULL)),
  CONSTRAINT drawn_draw_has_seed_and_record CHECK (
    status <> 'drawn' OR (seed IS NOT NULL AND seed_source IS NOT NULL AND record IS NOT NULL AND record_digest IS NOT NULL AND drawn_at IS NOT NULL AND drawn_by IS NOT NULL)
  ),
  CONSTRAINT committed_draw_has_evidence CHECK (status <> 'drawn' OR commitment IS NULL OR evidence IS NOT NULL),
  CONSTRAINT cancelled_draw_has_reason CHECK (
    status <> 'cancelled' OR (cancelled_at IS NOT NULL AND cancelled_by IS NOT NULL AND length(trim(cancel_reason)) > 0)
  )
);
INSERT INTO draws (id, task_id, status, task, versions, digests, replaces, prepared_at, prepared_by, seed, seed_source, record, record_digest,
  drawn_at, drawn_by, cancelled_at, cancelled_by, cancel_reason)
SELECT id, task_id, status, task, versions, digests, replaces, prepared_at, prepared_by, seed, seed_source, record, record_digest,
  drawn_at, drawn_by, cancelled_at, cancelled_by, cancel_reason
FROM draws_before_commitments ORDER BY id;
DROP TABLE draws_before_commitments;

CREATE UNIQUE INDEX draws_one_active_per_task ON draws (task_id) WHERE status <> 'cancelled';
CREATE INDEX draws_by_task ON draws (task_id, id);
CREATE TRIGGER draws_never_deleted BEFORE DELETE ON draws
BEGIN SELECT RAISE(ABORT, 'draws are never deleted: cancel them'); END;
CREATE TRIGGER draws_move_forward_only BEFORE UPDATE ON draws
WHEN NOT ((OLD.status = 'prepared' AND NEW.status IN ('drawn', 'cancelled')) OR (OLD.status = 'drawn' AND NEW.status = 'cancelled'))
  OR NEW.task_id IS NOT OLD.task_id OR NEW.task IS NOT OLD.task OR NEW.versions IS NOT OLD.versions
  OR NEW.digests IS NOT OLD.digests OR NEW.replaces IS NOT OLD.replaces
  OR NEW.prepared_at IS NOT OLD.prepared_at OR NEW.prepared_by IS NOT OLD.prepared_by
  OR NEW.commitment IS NOT OLD.commitment OR NEW.commitment_digest IS NOT OLD.commitment_digest OR NEW.conflicts_salt IS NOT OLD.conflicts_salt
  OR (OLD.status = 'drawn' AND (NEW.seed IS NOT OLD.seed OR NEW.seed_source IS NOT OLD.seed_source OR NEW.evidence IS NOT OLD.evidence
    OR NEW.record IS NOT OLD.record OR NEW.record_digest IS NOT OLD.record_digest OR NEW.drawn_at IS NOT OLD.drawn_at OR NEW.drawn_by IS NOT OLD.drawn_by))
BEGIN SELECT RAISE(ABORT, 'a draw only moves prepared → drawn → cancelled, and what it froze never changes'); END;

-- The signed hash chain (trust-spec §7). Rows are written once, in index order, and never
-- changed: an edit made around these triggers is caught by verifying the chain.
CREATE TABLE ledger_entries (
  idx INTEGER PRIMARY KEY CHECK (idx >= 0),
  prev_hash TEXT NOT NULL,
  type TEXT NOT NULL CHECK (type IN ('commitment', 'draw', 'cancellation', 'result')),
  at TEXT NOT NULL,
  payload TEXT NOT NULL,
  hash TEXT NOT NULL UNIQUE,
  signature TEXT NOT NULL
);
-- A draw's entries are found by the commitment they name, read from the signed payload itself
-- (a separate column could be edited to hide an entry without breaking its signature).
-- (json_valid first: a payload edited into something that is not JSON must not stop every read.)
CREATE INDEX ledger_entries_by_commitment ON ledger_entries ((CASE WHEN json_valid(payload) THEN json_extract(payload, '$.commitmentDigest') END), idx);
CREATE TRIGGER ledger_entries_in_order BEFORE INSERT ON ledger_entries
WHEN NEW.idx <> (SELECT COALESCE(MAX(idx), -1) + 1 FROM ledger_entries)
BEGIN SELECT RAISE(ABORT, 'ledger entries are appended in index order'); END;
CREATE TRIGGER ledger_entries_never_change BEFORE UPDATE ON ledger_entries
BEGIN SELECT RAISE(ABORT, 'a ledger entry never changes'); END;
CREATE TRIGGER ledger_entries_never_deleted BEFORE DELETE ON ledger_entries
BEGIN SELECT RAISE(ABORT, 'ledger entries are never deleted'); END;
`;

// Migration 3: inspection schedules of drawn draws, and the dates staff moved afterwards.
// Both are append-only: a schedule is computed once; a move is a new row with its reason.
export const schedules = `
CREATE TABLE schedules (
  draw_id INTEGER PRIMARY KEY REFERENCES draws (id),
  record TEXT NOT NULL,
  digest TEXT NOT NULL,
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL
);
CREATE TRIGGER schedules_never_change BEFORE UPDATE ON schedules
BEGIN SELECT RAISE(ABORT, 'a schedule never changes: move a date instead'); END;
CREATE TRIGGER schedules_never_deleted BEFORE DELETE ON schedules
BEGIN SELECT RAISE(ABORT, 'schedules are never deleted'); END;

CREATE TABLE schedule_moves (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  draw_id INTEGER NOT NULL REFERENCES schedules (draw_id),
  target_id TEXT NOT NULL,
  from_date TEXT NOT NULL,
  to_date TEXT NOT NULL,
  reason TEXT NOT NULL CONSTRAINT schedule_move_reason_is_given CHECK (length(trim(reason)) > 0),
  at TEXT NOT NULL,
  by TEXT NOT NULL
);
CREATE TRIGGER schedule_moves_never_change BEFORE UPDATE ON schedule_moves
BEGIN SELECT RAISE(ABORT, 'a recorded move never changes: move again'); END;
CREATE TRIGGER schedule_moves_never_deleted BEFORE DELETE ON schedule_moves
BEGIN SELECT RAISE(ABORT, 'recorded moves are never deleted'); END;
`;

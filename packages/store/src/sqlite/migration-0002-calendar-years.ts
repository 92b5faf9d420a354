// Migration 2: the working-day arrangements a bureau adds or corrects (the years the shipped
// data does not cover yet, or a correction of one it does). Immutable once released.
export const calendarYears = `
CREATE TABLE calendar_years (
  year INTEGER PRIMARY KEY CHECK (year BETWEEN 2008 AND 2999),
  arrangement TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
`;

-- budget-extract SQLite schema, version 1. Amounts are REAL for querying plus the printed text for exactness.
CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL);

CREATE TABLE IF NOT EXISTS documents (
  id TEXT PRIMARY KEY, path TEXT NOT NULL, sha256 TEXT NOT NULL, format TEXT NOT NULL, family TEXT NOT NULL,
  title TEXT, year INTEGER, department TEXT, staff_count INTEGER, subordinate_units INTEGER,
  budget_unit TEXT, basic REAL, project REAL, development_special REAL, development_other REAL, expenditure_total REAL,
  fiscal_appropriation REAL, other_income REAL, income_total REAL,
  overall_goal TEXT, flag_count INTEGER NOT NULL, warning_count INTEGER NOT NULL, record TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS tasks (
  document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE, ord INTEGER NOT NULL,
  no INTEGER NOT NULL, section TEXT NOT NULL, name TEXT NOT NULL, content TEXT, amount REAL, amount_text TEXT, goal TEXT, loc TEXT NOT NULL,
  PRIMARY KEY (document_id, ord)
);
CREATE TABLE IF NOT EXISTS indicators (
  document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE, ord INTEGER NOT NULL,
  no INTEGER NOT NULL, level1 TEXT, level2 TEXT, level_inferred INTEGER NOT NULL, name TEXT NOT NULL,
  raw TEXT, op TEXT, number REAL, unit TEXT, loc TEXT NOT NULL,
  PRIMARY KEY (document_id, ord)
);
CREATE TABLE IF NOT EXISTS formulas (
  document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE, ord INTEGER NOT NULL,
  task_no INTEGER, field TEXT NOT NULL, syntax TEXT NOT NULL, text TEXT NOT NULL, expression TEXT,
  computed REAL, computed_unit TEXT, stated REAL, stated_unit TEXT, unit_from TEXT NOT NULL, verdict TEXT NOT NULL, loc TEXT NOT NULL,
  PRIMARY KEY (document_id, ord)
);
CREATE TABLE IF NOT EXISTS flags (
  document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE, ord INTEGER NOT NULL,
  rule TEXT NOT NULL, severity TEXT NOT NULL, message TEXT NOT NULL, target_kind TEXT NOT NULL, target_no INTEGER,
  target TEXT NOT NULL, expected TEXT, actual TEXT, loc TEXT NOT NULL,
  PRIMARY KEY (document_id, ord)
);
CREATE INDEX IF NOT EXISTS flags_rule ON flags(rule, severity);
CREATE INDEX IF NOT EXISTS documents_department ON documents(department, year);

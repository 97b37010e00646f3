-- budget-extract PostgreSQL schema, version 1. Amounts are numeric (exact decimals); loc, target and record are jsonb.
CREATE TABLE IF NOT EXISTS documents (
  id text PRIMARY KEY, path text NOT NULL, sha256 text NOT NULL, format text NOT NULL, family text NOT NULL,
  title text, year integer, department text, staff_count integer, subordinate_units integer,
  budget_unit text, basic numeric, project numeric, development_special numeric, development_other numeric, expenditure_total numeric,
  fiscal_appropriation numeric, other_income numeric, income_total numeric,
  overall_goal text, flag_count integer NOT NULL, warning_count integer NOT NULL, record jsonb NOT NULL,
  loaded_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE IF NOT EXISTS tasks (
  document_id text NOT NULL REFERENCES documents(id) ON DELETE CASCADE, ord integer NOT NULL,
  no integer NOT NULL, section text NOT NULL, name text NOT NULL, content text, amount numeric, amount_text text, goal text, loc jsonb NOT NULL,
  PRIMARY KEY (document_id, ord)
);
CREATE TABLE IF NOT EXISTS indicators (
  document_id text NOT NULL REFERENCES documents(id) ON DELETE CASCADE, ord integer NOT NULL,
  no integer NOT NULL, level1 text, level2 text, level_inferred integer NOT NULL, name text NOT NULL,
  raw text, op text, number numeric, unit text, loc jsonb NOT NULL,
  PRIMARY KEY (document_id, ord)
);
CREATE TABLE IF NOT EXISTS formulas (
  document_id text NOT NULL REFERENCES documents(id) ON DELETE CASCADE, ord integer NOT NULL,
  task_no integer, field text NOT NULL, syntax text NOT NULL, text text NOT NULL, expression text,
  computed numeric, computed_unit text, stated numeric, stated_unit text, unit_from text NOT NULL, verdict text NOT NULL, loc jsonb NOT NULL,
  PRIMARY KEY (document_id, ord)
);
CREATE TABLE IF NOT EXISTS flags (
  document_id text NOT NULL REFERENCES documents(id) ON DELETE CASCADE, ord integer NOT NULL,
  rule text NOT NULL, severity text NOT NULL, message text NOT NULL, target_kind text NOT NULL, target_no integer,
  target jsonb NOT NULL, expected text, actual text, loc jsonb NOT NULL,
  PRIMARY KEY (document_id, ord)
);
CREATE INDEX IF NOT EXISTS flags_rule ON flags (rule, severity);
CREATE INDEX IF NOT EXISTS documents_department ON documents (department, year);
CREATE INDEX IF NOT EXISTS formulas_verdict ON formulas (verdict);

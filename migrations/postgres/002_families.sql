-- Version 2: the other families (项目支出 targets, self-evaluations) and documents with several target tables.
ALTER TABLE documents ADD COLUMN IF NOT EXISTS source_table integer;
ALTER TABLE documents ADD COLUMN IF NOT EXISTS project_name text;
ALTER TABLE documents ADD COLUMN IF NOT EXISTS project_supervisor text;
ALTER TABLE documents ADD COLUMN IF NOT EXISTS project_implementer text;
ALTER TABLE documents ADD COLUMN IF NOT EXISTS funds_total numeric;
ALTER TABLE documents ADD COLUMN IF NOT EXISTS funds_fiscal numeric;
ALTER TABLE documents ADD COLUMN IF NOT EXISTS funds_other numeric;
ALTER TABLE documents ADD COLUMN IF NOT EXISTS total_score numeric;
ALTER TABLE indicators ADD COLUMN IF NOT EXISTS weight numeric;
ALTER TABLE indicators ADD COLUMN IF NOT EXISTS actual_raw text;
ALTER TABLE indicators ADD COLUMN IF NOT EXISTS actual_number numeric;
ALTER TABLE indicators ADD COLUMN IF NOT EXISTS score numeric;
ALTER TABLE indicators ADD COLUMN IF NOT EXISTS deviation text;
ALTER TABLE indicators ADD COLUMN IF NOT EXISTS met integer;
CREATE TABLE IF NOT EXISTS execution_lines (
  document_id text NOT NULL REFERENCES documents(id) ON DELETE CASCADE, ord integer NOT NULL,
  label text NOT NULL, planned numeric, adjusted numeric, executed numeric, rate numeric, weight numeric, score numeric, raw jsonb NOT NULL, loc jsonb NOT NULL,
  PRIMARY KEY (document_id, ord)
);
CREATE INDEX IF NOT EXISTS documents_family ON documents(family, year);

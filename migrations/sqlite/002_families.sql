-- Version 2: the other families (项目支出 targets, self-evaluations) and documents with several target tables.
ALTER TABLE documents ADD COLUMN source_table INTEGER;
ALTER TABLE documents ADD COLUMN project_name TEXT;
ALTER TABLE documents ADD COLUMN project_supervisor TEXT;
ALTER TABLE documents ADD COLUMN project_implementer TEXT;
ALTER TABLE documents ADD COLUMN funds_total REAL;
ALTER TABLE documents ADD COLUMN funds_fiscal REAL;
ALTER TABLE documents ADD COLUMN funds_other REAL;
ALTER TABLE documents ADD COLUMN total_score REAL;
ALTER TABLE indicators ADD COLUMN weight REAL;
ALTER TABLE indicators ADD COLUMN actual_raw TEXT;
ALTER TABLE indicators ADD COLUMN actual_number REAL;
ALTER TABLE indicators ADD COLUMN score REAL;
ALTER TABLE indicators ADD COLUMN deviation TEXT;
ALTER TABLE indicators ADD COLUMN met INTEGER;
CREATE TABLE IF NOT EXISTS execution_lines (
  document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE, ord INTEGER NOT NULL,
  label TEXT NOT NULL, planned REAL, adjusted REAL, executed REAL, rate REAL, weight REAL, score REAL, raw TEXT NOT NULL, loc TEXT NOT NULL,
  PRIMARY KEY (document_id, ord)
);
CREATE INDEX IF NOT EXISTS documents_family ON documents(family, year);

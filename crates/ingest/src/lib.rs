//! `ingest/`: here are inputs (files, folders, globs, stdin, URLs) — what raw documents do they hold?

"""The ingest stage: which files to read, chunked, de-duplicated, embedded and written, incrementally."""

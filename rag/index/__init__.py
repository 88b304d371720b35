"""The index stage: the index on disk, loaded into memory, and searched (dense + lexical)."""

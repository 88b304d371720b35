"""The `rag` command line: the supervisor entry point, the commands, and terminal rendering."""

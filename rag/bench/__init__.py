"""`rag bench`: rag's performance against its own baselines, one module per section."""

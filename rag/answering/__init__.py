"""The answer stage: from retrieved passages to a checked, cited answer (or an honest refusal)."""

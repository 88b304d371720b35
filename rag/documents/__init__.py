"""Documents: finding files, telling their kind, and reading their text (plain, markup, HTML, and binary formats by suffix)."""

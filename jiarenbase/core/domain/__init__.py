"""Pure domain rules and vocabulary: no I/O, no database, no Qt."""

"""Pure game rules: no I/O, no framework, no SDK."""

"""madlibs: LLM mad-libs — structured nonsense, lightly corrected, read aloud, with a permalink."""

__version__ = "0.1.0"

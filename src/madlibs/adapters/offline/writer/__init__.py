"""The offline template writer: a seeded story grammar with theme packs."""

from madlibs.adapters.offline.writer.writer import OfflineWriter, respelling

__all__ = ["OfflineWriter", "respelling"]

"""The offline template writer: a seeded story grammar with theme packs."""

from madlibs.adapters.offline.writer.writer import OfflineWriter

__all__ = ["OfflineWriter"]

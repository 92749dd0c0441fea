"""Every theme pack the offline writer knows, and the general pack for everything else."""

from __future__ import annotations

from madlibs.adapters.offline.writer.packs import Pack, load

# In this order: on a tie between packs, the earlier wins.
_PACK_FILES = (
    "pirates",
    "space",
    "school",
    "kitchen",
    "dinosaurs",
    "superheroes",
    "fairytale",
    "sports",
    "camping",
    "zoo",
    "robots",
    "haunted",
    "underwater",
    "wildwest",
)

PACKS: tuple[Pack, ...] = tuple(load(name) for name in _PACK_FILES)
GENERAL_PACK: Pack = load("general")

"""Every theme pack the offline writer knows, and the general pack for everything else."""

from __future__ import annotations

from madlibs.adapters.offline.writer.packs import (
    Pack,
    camping,
    dinosaurs,
    fairytale,
    general,
    haunted,
    kitchen,
    pirates,
    robots,
    school,
    space,
    sports,
    superheroes,
    underwater,
    wildwest,
    zoo,
)

PACKS: tuple[Pack, ...] = (
    pirates.PACK,
    space.PACK,
    school.PACK,
    kitchen.PACK,
    dinosaurs.PACK,
    superheroes.PACK,
    fairytale.PACK,
    sports.PACK,
    camping.PACK,
    zoo.PACK,
    robots.PACK,
    haunted.PACK,
    underwater.PACK,
    wildwest.PACK,
)
GENERAL_PACK: Pack = general.PACK

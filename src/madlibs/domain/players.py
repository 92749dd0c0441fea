"""Anonymous players: a signed token names a player id and when it stops being valid."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True, slots=True)
class PlayerToken:
    player_id: str
    expires_at: datetime

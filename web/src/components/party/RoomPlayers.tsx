import type { Room } from "../../api/types";

function statusOf(room: Room, player: Room["players"][number]): string {
  if (room.state !== "filling") return player.id === room.host ? "host" : "joined";
  if (player.blanks === 0) return "watching";
  return player.done ? "done" : `filling in ${player.blanks} ${player.blanks === 1 ? "word" : "words"}`;
}

/** Who is in the room and, during a round, who is done. */
export function RoomPlayers({ room }: { room: Room }) {
  return (
    <section className="room-players" aria-labelledby="room-players-title">
      <h2 id="room-players-title">
        Players <span className="count">({room.players.length})</span>
      </h2>
      <ul>
        {room.players.map((player) => {
          const status = statusOf(room, player);
          const done = room.state === "filling" && player.blanks > 0 && player.done;
          return (
            <li key={player.id} className={done ? "player done" : "player"} data-player={player.name}>
              <span className="player-name">
                {player.name}
                {player.id === room.you && <span className="you"> (you)</span>}
              </span>
              <span className="player-status">
                {done && <span aria-hidden="true">✓ </span>}
                {status}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

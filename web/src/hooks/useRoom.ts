import { useQuery, useQueryClient, type QueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { useApi } from "../api/context";
import { ApiError } from "../api/errors";
import type { Room } from "../api/types";
import { LiveRoom, newerRoom, type LiveStatus } from "../game/liveRoom";

/** How often a screen whose socket is down asks for the room instead. */
export const POLL_MS = 3_000;

export const roomKey = (code: string) => ["room", code] as const;

/** Keep what a write answered, unless the screen already has a newer room. */
export function rememberRoom(client: QueryClient, room: Room): void {
  client.setQueryData<Room>(roomKey(room.code), (current) => newerRoom(current, room));
}

/**
 * The room as this device's player sees it, kept current: pushed over the live socket, polled
 * while the socket is down, and merged by version so an older answer never replaces a newer one.
 */
export function useRoom(code: string) {
  const api = useApi();
  const client = useQueryClient();
  // Without a socket to open (no token for it), the screen polls from the start.
  const [status, setStatus] = useState<LiveStatus>(() => (api.liveChannel(code) ? "connecting" : "down"));

  const query = useQuery({
    queryKey: roomKey(code),
    queryFn: async () => newerRoom(client.getQueryData<Room>(roomKey(code)), await api.getRoom(code)),
    staleTime: Infinity,
    // A room that is gone (or forgot this player) stays gone: stop asking.
    refetchInterval: (current) =>
      status === "live" || (current.state.error instanceof ApiError && !current.state.error.isTransient) ? false : POLL_MS,
    refetchIntervalInBackground: true,
  });

  useEffect(() => {
    const channel = api.liveChannel(code);
    if (!channel) return;
    const live = new LiveRoom({
      ...channel,
      onRoom: (room) => rememberRoom(client, room),
      onStatus: setStatus,
    });
    live.start();
    const tryAgain = () => {
      if (document.visibilityState === "visible") live.reconnectNow();
    };
    window.addEventListener("online", tryAgain);
    document.addEventListener("visibilitychange", tryAgain);
    return () => {
      window.removeEventListener("online", tryAgain);
      document.removeEventListener("visibilitychange", tryAgain);
      live.stop();
    };
  }, [api, client, code]);

  return { room: query.data, error: query.error, refetch: query.refetch, status };
}

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { useApi } from "../api/context";
import { ApiError } from "../api/errors";
import { normalCode } from "../api/roomTokens";
import type { Room } from "../api/types";
import { ErrorNotice, Busy } from "../components/Notice";
import { RevealedStory } from "../components/party/RevealedStory";
import { RoomCode } from "../components/party/RoomCode";
import { RoomPlayers } from "../components/party/RoomPlayers";
import { RoomWords } from "../components/party/RoomWords";
import { RoundForm } from "../components/party/RoundForm";
import { ScreenTitle } from "../components/ScreenTitle";
import { isHost, namesList, progressOf, roomNews, stageOf } from "../game/room";
import { rememberRoom, useRoom } from "../hooks/useRoom";
import { useScreenHeading } from "../hooks/useScreenHeading";
import { Link, useNavigation } from "../router";

const MAX_NAME = 24;
const NAME_KEY = "madlibs.name";
/** Room codes: four capitals, never I or O (they look like 1 and 0). */
const CODE_PATTERN = /^[A-HJ-NP-Z]{4}$/;

function lastName(): string {
  try {
    return window.localStorage.getItem(NAME_KEY) ?? "";
  } catch {
    return "";
  }
}

function keepName(name: string) {
  try {
    window.localStorage.setItem(NAME_KEY, name);
  } catch {
    // Only the convenience is lost.
  }
}

function NameInput({ value, onChange, error }: { value: string; onChange: (name: string) => void; error?: string }) {
  return (
    <>
      <label htmlFor="player-name">Your name</label>
      <input
        id="player-name"
        type="text"
        value={value}
        maxLength={MAX_NAME}
        autoComplete="nickname"
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? "player-name-error" : undefined}
        onChange={(event) => onChange(event.target.value)}
      />
      {error && (
        <p id="player-name-error" className="field-error">
          {error}
        </p>
      )}
    </>
  );
}

function fieldError(failure: unknown, field: string): string | undefined {
  return failure instanceof ApiError && failure.field === field ? failure.message : undefined;
}

/** "Host a party": the host's name, then a new room on this screen. */
export function PartyPage() {
  const api = useApi();
  const queryClient = useQueryClient();
  const { navigate } = useNavigation();
  const [name, setName] = useState(lastName);
  const opening = useMutation({
    mutationFn: (host: string) => api.openRoom(host),
    onSuccess: (room) => {
      rememberRoom(queryClient, room);
      navigate(`/r/${room.code}`);
    },
  });

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const cleaned = name.trim();
    if (!cleaned) return;
    keepName(cleaned);
    opening.mutate(cleaned);
  }

  const nameError = fieldError(opening.error, "name");
  return (
    <section className="panel party-start">
      <ScreenTitle title="Host a party" />
      <p className="lede">
        Put this screen where everyone can see it. Friends join on their phones with a code, each fills in a few
        words, and the story is revealed here — read aloud — and on every phone at once.
      </p>
      <form onSubmit={onSubmit} aria-busy={opening.isPending} className="name-form">
        <NameInput value={name} onChange={setName} error={nameError} />
        <button type="submit" className="button primary big" disabled={opening.isPending || !name.trim()}>
          Open a room
        </button>
      </form>
      {opening.isPending && <Busy>Opening a room…</Busy>}
      {opening.error !== null && !nameError && <ErrorNotice error={opening.error} />}
      <p className="more-link">
        Got a code from a friend? <Link href="/join">Join their party</Link>.
      </p>
    </section>
  );
}

/** A phone joins: the room's code (filled in from the QR code's link) and a name. */
export function JoinForm({ code: givenCode, onJoined }: { code: string | null; onJoined: (room: Room) => void }) {
  const api = useApi();
  const queryClient = useQueryClient();
  const [code, setCode] = useState(givenCode ?? "");
  const [name, setName] = useState(lastName);
  const [codeError, setCodeError] = useState<string | undefined>();
  const joining = useMutation({
    mutationFn: ({ room, player }: { room: string; player: string }) => api.joinRoom(room, player),
    onSuccess: (room) => {
      rememberRoom(queryClient, room);
      onJoined(room);
    },
  });

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const cleaned = normalCode(code);
    if (!CODE_PATTERN.test(cleaned)) {
      setCodeError("A room code is 4 letters, like QFXT.");
      return;
    }
    setCodeError(undefined);
    const player = name.trim();
    if (!player) return;
    keepName(player);
    joining.mutate({ room: cleaned, player });
  }

  const failure = joining.error;
  const roomProblem =
    failure instanceof ApiError && failure.status === 404
      ? "There's no room with that code. Check the letters on the host's screen."
      : failure instanceof ApiError && failure.code === "room_started"
        ? "This round has already started. You can join when the story is revealed."
        : failure instanceof ApiError && failure.code === "room_full"
          ? "This room is full (12 players)."
          : undefined;
  const nameError = fieldError(failure, "name");
  const shownCodeError = codeError ?? roomProblem;
  return (
    <form onSubmit={onSubmit} aria-busy={joining.isPending} className="name-form">
      <label htmlFor="room-code">Room code</label>
      <input
        id="room-code"
        className="code-input"
        type="text"
        value={code}
        maxLength={4}
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        aria-invalid={shownCodeError ? true : undefined}
        aria-describedby={shownCodeError ? "room-code-error" : undefined}
        onChange={(event) => setCode(event.target.value.toUpperCase())}
      />
      {shownCodeError && (
        <p id="room-code-error" className="field-error">
          {shownCodeError}
        </p>
      )}
      <NameInput value={name} onChange={setName} error={nameError} />
      <button type="submit" className="button primary big" disabled={joining.isPending || !name.trim() || !code.trim()}>
        Join
      </button>
      {joining.isPending && <Busy>Joining…</Busy>}
      {failure !== null && !roomProblem && !nameError && <ErrorNotice error={failure} />}
    </form>
  );
}

export function JoinPage({ code }: { code: string | null }) {
  const api = useApi();
  const { navigate } = useNavigation();
  const rejoin = code !== null && api.hasJoined(code);

  useEffect(() => {
    // This phone is already in the room (a reload, or the QR code scanned again): straight back in.
    if (rejoin) navigate(`/r/${code}`, { replace: true });
  }, [rejoin, code, navigate]);

  return (
    <section className="panel party-join">
      <ScreenTitle title="Join a party" />
      <p className="lede">Type the 4-letter code on the host's screen and your name.</p>
      <JoinForm code={code} onJoined={(room) => navigate(`/r/${room.code}`, { replace: true })} />
    </section>
  );
}

/** The room: the host's big screen, or a player's phone. */
export function RoomPage({ code }: { code: string }) {
  const api = useApi();
  const [joined, setJoined] = useState(() => api.hasJoined(code));
  if (!joined) {
    return (
      <section className="panel party-join">
        <h1>Join room {code}</h1>
        <JoinForm code={code} onJoined={() => setJoined(true)} />
      </section>
    );
  }
  return <LiveRoomScreen code={code} />;
}

function LiveRoomScreen({ code }: { code: string }) {
  const { room, error, status, refetch } = useRoom(code);
  const heading = useScreenHeading<HTMLHeadingElement>(`Room ${code}`);
  const [news, setNews] = useState("");
  const last = useRef<Room | null>(null);

  useEffect(() => {
    if (!room) return;
    const said = roomNews(last.current, room);
    last.current = room;
    if (said) setNews(said);
  }, [room]);

  if (!room) {
    if (error) {
      const gone = error instanceof ApiError && (error.status === 404 || error.status === 401);
      return (
        <section className="panel">
          <h1 ref={heading} tabIndex={-1}>
            {gone ? "This room has closed" : "We couldn't open the room"}
          </h1>
          {gone ? (
            <p>Rooms close two hours after the last move. <Link href="/join">Join another</Link> or <Link href="/party">host a party</Link>.</p>
          ) : (
            <ErrorNotice error={error} onRetry={() => void refetch()} />
          )}
        </section>
      );
    }
    return (
      <section className="panel">
        <Busy>Opening the room…</Busy>
      </section>
    );
  }

  const host = isHost(room);
  return (
    <section className={host ? "panel room room-host" : "panel room room-phone"} data-state={room.state} data-version={room.version} data-link={status}>
      <p className="eyebrow">
        Room {room.code}
        {room.template && ` · ${room.template.theme}`}
      </p>
      <h1 ref={heading} tabIndex={-1}>
        {host ? "Party room" : `Hi, ${room.players.find((p) => p.id === room.you)?.name ?? "there"}!`}
      </h1>
      <p className="visually-hidden" role="status">
        {news}
      </p>
      {status !== "live" && status !== "connecting" && (
        <p className="link-status">Reconnecting… the room still updates every few seconds.</p>
      )}
      {host ? <HostScreen room={room} /> : <PhoneScreen room={room} />}
    </section>
  );
}

function HostScreen({ room }: { room: Room }) {
  const api = useApi();
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const revealing = useMutation({
    mutationFn: () => api.reveal(room.code),
    onSuccess: (answer) => {
      setConfirming(false);
      rememberRoom(queryClient, answer);
    },
  });
  const { filling, done, waitingOn } = progressOf(room);
  const stage = stageOf(room);

  function reveal() {
    if (waitingOn.length > 0 && !confirming) setConfirming(true);
    else revealing.mutate();
  }

  return (
    <>
      {room.state === "revealed" && room.slug && <RevealedStory slug={room.slug} big />}
      <div className="room-columns">
        <RoomCode code={room.code} compact={room.state === "filling"} />
        <RoomPlayers room={room} />
      </div>
      {room.state === "filling" && (
        <section className="round-progress" aria-labelledby="progress-title">
          <h2 id="progress-title">{room.template?.title ?? "The round"}</h2>
          <p className="big-count">
            {done.length} of {filling.length} players done
          </p>
          {waitingOn.length > 0 && <p>Waiting for {namesList(waitingOn.map((player) => player.name))}…</p>}
          <div className="actions">
            <button type="button" className="button primary big" onClick={reveal} disabled={revealing.isPending}>
              {waitingOn.length ? "Reveal now" : "Reveal the story"}
            </button>
          </div>
          {confirming && (
            <div className="notice confirm" role="alert">
              <p>Blanks nobody has filled yet will get their example word. Reveal anyway?</p>
              <div className="row">
                <button type="button" className="button primary" onClick={reveal}>
                  Reveal anyway
                </button>
                <button type="button" className="button secondary" onClick={() => setConfirming(false)}>
                  Keep waiting
                </button>
              </div>
            </div>
          )}
          {revealing.isPending && <Busy>Tidying up everyone's words…</Busy>}
          {revealing.error !== null && <ErrorNotice error={revealing.error} />}
        </section>
      )}
      {(stage === "filling" || stage === "sent") && <RoomWords key={`${room.template?.id}-${room.yours.join()}`} room={room} />}
      {room.state !== "filling" && <RoundForm room={room} />}
    </>
  );
}

function PhoneScreen({ room }: { room: Room }) {
  const stage = stageOf(room);
  const hostName = room.players.find((player) => player.id === room.host)?.name ?? "the host";
  return (
    <>
      {stage === "lobby" && (
        <p className="waiting">You're in! Waiting for {hostName} to start the round…</p>
      )}
      {stage === "watching" && <p className="waiting">This round is under way without you: you'll see the story when it's revealed.</p>}
      {(stage === "filling" || stage === "sent") && <RoomWords key={`${room.template?.id}-${room.yours.join()}`} room={room} />}
      {stage === "revealed" && room.slug && (
        <>
          <RevealedStory slug={room.slug} />
          <p className="waiting">Stay here for the next round — {hostName} starts it.</p>
        </>
      )}
      <RoomPlayers room={room} />
    </>
  );
}

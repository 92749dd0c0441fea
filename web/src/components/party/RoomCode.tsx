import { QRCodeSVG } from "qrcode.react";

/** The link a phone opens to join: the QR code holds it, and it is shown for typing too. */
export function joinLink(code: string): string {
  return new URL(`/join/${encodeURIComponent(code)}`, window.location.origin).toString();
}

/** Names this device alone: a phone that follows a link to it reaches itself, not the host. */
function isLoopback(hostname: string): boolean {
  return hostname === "localhost" || hostname === "[::1]" || hostname.startsWith("127.");
}

/** The room's code, big enough to read across a room, and a QR code of its join link. */
export function RoomCode({ code, compact = false }: { code: string; compact?: boolean }) {
  const link = joinLink(code);
  const joinPage = new URL("/join", window.location.origin);
  return (
    <section className={compact ? "room-code compact" : "room-code"} aria-labelledby="room-code-title">
      <div>
        <h2 id="room-code-title">Join on your phone</h2>
        <p className="code-label">Room code</p>
        <p className="code" aria-label={`Room code ${code.split("").join(" ")}`}>
          {code}
        </p>
        <p className="join-how">
          Scan the QR code, or go to <a href={link}>{joinPage.host + joinPage.pathname}</a> and type the code.
        </p>
        {!compact && isLoopback(window.location.hostname) && (
          <p className="hint">
            Phones can't reach {window.location.hostname}: open this page at this computer's network address so the
            link and QR code work for them.
          </p>
        )}
      </div>
      {!compact && (
        <QRCodeSVG
          className="qr"
          value={link}
          size={200}
          marginSize={2}
          level="M"
          role="img"
          aria-label={`QR code: a link to join room ${code}`}
        />
      )}
    </section>
  );
}

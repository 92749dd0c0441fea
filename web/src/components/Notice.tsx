import { kindMessage } from "../api";

/** A failure told kindly, with a way forward. */
export function ErrorNotice({ error, onRetry, retryLabel = "Try again" }: { error: unknown; onRetry?: () => void; retryLabel?: string }) {
  return (
    <div className="notice notice-error" role="alert">
      <p>{kindMessage(error)}</p>
      {onRetry && (
        <button type="button" className="button secondary" onClick={onRetry}>
          {retryLabel}
        </button>
      )}
    </div>
  );
}

export function Busy({ children }: { children: React.ReactNode }) {
  return (
    <div className="busy" role="status">
      <span className="spinner" aria-hidden="true" />
      <span>{children}</span>
    </div>
  );
}

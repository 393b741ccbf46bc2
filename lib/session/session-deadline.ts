// The browser's view of when the session ends. The server tells how many seconds are left
// (app/api/sessie/, the signed-in layout); the browser turns that into a moment on its own
// clock when the answer arrives, so a difference between the two clocks does not matter.
// Open tabs of the app share what they learn (SESSION_CHANNEL), since one session serves them all.

/** How long before the end the warning appears: time to read it and choose, also with a screen reader. */
export const SESSION_WARNING_SECONDS = 2 * 60;

/** The BroadcastChannel on which the tabs share the session's end. */
export const SESSION_CHANNEL = "opvolging-sessie";

export type SessionPhase = "active" | "warning" | "ended";

export function deadlineFrom(secondsLeft: number, nowMs: number): number {
  return nowMs + secondsLeft * 1000;
}

export function sessionPhase(deadlineMs: number, nowMs: number): SessionPhase {
  if (nowMs >= deadlineMs) return "ended";
  return deadlineMs - nowMs <= SESSION_WARNING_SECONDS * 1000 ? "warning" : "active";
}

/** Milliseconds until the warning is due (0 when it is due already). */
export function msUntilWarning(deadlineMs: number, nowMs: number): number {
  return Math.max(0, deadlineMs - SESSION_WARNING_SECONDS * 1000 - nowMs);
}

/** What one tab tells the others: the session's new end, or that the person signed out. */
export type SessionMessage = { kind: "deadline"; deadlineMs: number } | { kind: "signed-out" };

export function parseSessionMessage(data: unknown): SessionMessage | null {
  if (typeof data !== "object" || data === null) return null;
  const message = data as Record<string, unknown>;
  if (message.kind === "signed-out") return { kind: "signed-out" };
  if (message.kind === "deadline" && typeof message.deadlineMs === "number" && Number.isFinite(message.deadlineMs))
    return { kind: "deadline", deadlineMs: message.deadlineMs };
  return null;
}

/** Minutes and seconds left, as "1:05", for the warning's countdown. */
export function formatTimeLeft(msLeft: number): string {
  const seconds = Math.max(0, Math.ceil(msLeft / 1000));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;
}

"use client";
// The warning before the idle time-out: two minutes before the session ends, a modal dialog
// offers "Ingelogd blijven" (POST /api/sessie, which counts as activity and answers with the
// new time left) and "Uitloggen". Once the time is up it says so and offers to sign in again,
// back to this page. The time left always comes from the server: at page load (the layout),
// from GET /api/sessie/status just before warning (a navigation or a save in the meantime moved
// the end), and from each extension; open tabs share what they learn (lib/session/session-deadline.ts).
import { useCallback, useEffect, useRef, useState } from "react";
import {
  deadlineFrom,
  formatTimeLeft,
  msUntilWarning,
  parseSessionMessage,
  SESSION_CHANNEL,
  sessionPhase,
  type SessionMessage,
  type SessionPhase,
} from "@/lib/session/session-deadline";
import { SIGN_OUT_FORM_ATTRIBUTE } from "@/lib/form-drafts/form-fields";
import { signInMessages } from "@/lib/i18n/sign-in";

const messages = signInMessages.session;

type Props = { initialSecondsLeft: number; signOutAction: () => Promise<void> };

/** Seconds left according to the server, null once the session has ended, undefined when the server could not be asked. */
async function askServer(method: "GET" | "POST"): Promise<number | null | undefined> {
  let response: Response;
  try {
    response = await fetch(method === "GET" ? "/api/sessie/status" : "/api/sessie", {
      method,
      cache: "no-store",
      // Without a session the proxy redirects to the sign-in page: that, too, means "ended".
      redirect: "manual",
    });
  } catch {
    return undefined;
  }
  if (response.type === "opaqueredirect" || response.status === 401) return null;
  if (!response.ok) return undefined;
  const body = (await response.json().catch(() => null)) as { secondsLeft?: unknown } | null;
  return typeof body?.secondsLeft === "number" ? body.secondsLeft : undefined;
}

export function SessionTimeoutWarning({ initialSecondsLeft, signOutAction }: Props) {
  const [deadline, setDeadline] = useState(() => deadlineFrom(initialSecondsLeft, Date.now()));
  const [phase, setPhase] = useState<SessionPhase>("active");
  const [now, setNow] = useState(() => Date.now());
  const [busy, setBusy] = useState(false);
  const [signInHref, setSignInHref] = useState("/inloggen");
  const dialog = useRef<HTMLDialogElement>(null);
  const returnFocus = useRef<HTMLElement | null>(null);
  const channel = useRef<BroadcastChannel | null>(null);

  const tellOtherTabs = useCallback((message: SessionMessage) => channel.current?.postMessage(message), []);

  /** What the server said: a new end (shared with the other tabs when asked for), the end, or nothing known. */
  const learn = useCallback(
    (secondsLeft: number | null | undefined, { share }: { share: boolean }) => {
      if (secondsLeft === null) return setPhase("ended");
      if (secondsLeft === undefined) {
        // Unreachable server: go by what is known, and show the warning rather than stay silent.
        return setDeadline((current) => {
          setPhase(Date.now() >= current ? "ended" : "warning");
          return current;
        });
      }
      const next = deadlineFrom(secondsLeft, Date.now());
      setDeadline(next);
      setPhase(sessionPhase(next, Date.now()));
      if (share) tellOtherTabs({ kind: "deadline", deadlineMs: next });
    },
    [tellOtherTabs],
  );

  // The tabs share one session: what one learns, the others hear (a tab that stays quiet
  // would otherwise warn, or end, while the person works in another).
  useEffect(() => {
    if (typeof BroadcastChannel === "undefined") return;
    const opened = new BroadcastChannel(SESSION_CHANNEL);
    channel.current = opened;
    opened.onmessage = (event: MessageEvent) => {
      const message = parseSessionMessage(event.data);
      if (message?.kind === "signed-out") setPhase("ended");
      if (message?.kind === "deadline") {
        setDeadline((current) => Math.max(current, message.deadlineMs));
        setPhase((current) =>
          current === "ended" && message.deadlineMs <= Date.now()
            ? current
            : sessionPhase(message.deadlineMs, Date.now()),
        );
      }
    };
    return () => {
      opened.close();
      channel.current = null;
    };
  }, []);

  // Each render of the layout (a page load, a save that refreshed the page) brings the server's
  // latest word: news for this tab and the others.
  // (Taken in a task of its own: the clock is read when the news arrives, not while rendering.)
  useEffect(() => {
    const timer = window.setTimeout(() => learn(initialSecondsLeft, { share: true }), 0);
    return () => window.clearTimeout(timer);
  }, [initialSecondsLeft, learn]);

  // While all is quiet: one timer for the moment the warning is due. Then the server is asked
  // first, without that counting as activity: a click elsewhere in the app may have moved the end.
  useEffect(() => {
    if (phase !== "active") return;
    const timer = window.setTimeout(
      async () => learn(await askServer("GET"), { share: false }),
      msUntilWarning(deadline, Date.now()),
    );
    return () => window.clearTimeout(timer);
  }, [phase, deadline, learn]);

  // While warning: a countdown each second, and at the end one last question to the server.
  useEffect(() => {
    if (phase !== "warning") return;
    const ticker = window.setInterval(() => {
      const current = Date.now();
      setNow(current);
      if (current < deadline) return;
      window.clearInterval(ticker);
      void askServer("GET").then((secondsLeft) => learn(secondsLeft, { share: false }));
    }, 1000);
    return () => window.clearInterval(ticker);
  }, [phase, deadline, learn]);

  // The dialog is modal while warning or ended; focus goes back where it was when it closes.
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (phase === "active") {
      if (element.open) {
        element.close();
        returnFocus.current?.focus();
        returnFocus.current = null;
      }
      return;
    }
    if (!element.open) {
      returnFocus.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      setNow(Date.now());
      setSignInHref(`/inloggen?${new URLSearchParams({ terug: window.location.pathname + window.location.search })}`);
      element.showModal();
    }
  }, [phase]);

  async function stay() {
    if (busy) return;
    setBusy(true);
    learn(await askServer("POST"), { share: true });
    setBusy(false);
  }

  const ended = phase === "ended";

  return (
    <dialog
      ref={dialog}
      className="session-dialog"
      aria-labelledby="sessie-titel"
      aria-describedby="sessie-uitleg"
      // Escape would hide the question without answering it; the buttons are one Tab away.
      onCancel={(event) => event.preventDefault()}
    >
      <h2 className="utrecht-heading-2" id="sessie-titel">
        {ended ? messages.endedTitle : messages.warningTitle}
      </h2>
      <p className="utrecht-paragraph" id="sessie-uitleg">
        {ended ? messages.endedText : messages.warningText}
      </p>
      {!ended && (
        <p className="utrecht-paragraph session-dialog__time">
          {messages.timeLeft}: <strong>{formatTimeLeft(deadline - now)}</strong>
        </p>
      )}
      <div className="session-dialog__buttons">
        {ended ? (
          <a className="utrecht-button-link utrecht-button-link--primary-action" href={signInHref}>
            {messages.signInAgain}
          </a>
        ) : (
          <>
            <button
              type="button"
              className="utrecht-button utrecht-button--primary-action"
              onClick={stay}
              aria-disabled={busy || undefined}
            >
              {messages.stay}
            </button>
            <form
              action={signOutAction}
              {...{ [SIGN_OUT_FORM_ATTRIBUTE]: "" }}
              onSubmit={() => tellOtherTabs({ kind: "signed-out" })}
            >
              <button type="submit" className="utrecht-button utrecht-button--secondary-action">
                {messages.signOut}
              </button>
            </form>
          </>
        )}
      </div>
    </dialog>
  );
}

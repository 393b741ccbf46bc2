// The strings a client component of this domain shows: its own domain's file and the shared one, not the
// whole message file (nl.ts), so that the other domains are never sent to the browser.
import { commonMessages } from "../common";
import { passkeysMessages } from "../passkeys";

export const nl = { ...commonMessages, ...passkeysMessages } as const;

// The absolute origin for links that leave the browser (the feed URL, the links inside
// calendar events): AUTH_URL when set, the app's public address; else the request's own.
import "server-only";
import { getEnv } from "@/lib/env";

export function appOrigin(requestOrigin: string | null | undefined): string {
  const configured = getEnv().AUTH_URL;
  if (configured) return new URL(configured).origin;
  if (requestOrigin) return new URL(requestOrigin).origin;
  throw new Error("Geen AUTH_URL en geen herkomst van het verzoek: het adres van de app is onbekend");
}

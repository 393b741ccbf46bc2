// The answer of both session routes: { secondsLeft } while the session works, 401 once it has ended.
import "server-only";
import { NextResponse } from "next/server";

export function sessionTimeLeftResponse(secondsLeft: number | null): NextResponse {
  const headers = { "Cache-Control": "no-store" };
  if (secondsLeft === null) return NextResponse.json({ ended: true }, { status: 401, headers });
  return NextResponse.json({ secondsLeft }, { headers });
}

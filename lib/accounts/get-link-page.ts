// What the activation and reset pages show: the person the link is for, or nothing when the
// link cannot be used (unknown, used, expired, revoked, or the account deactivated). A page
// view does not use the link up; only choosing the password does.
import "server-only";
import { db } from "@/lib/db";
import { findUsableLink, type LinkKind } from "./one-time-link";

export async function getLinkPage({ kind, token }: { kind: LinkKind; token: string }) {
  const link = await findUsableLink(db(), { token, kind, now: new Date() });
  if (!link) return null;
  // Whether a passkey may still activate the account: not when it has one already.
  const hasPasskey = (await db().passkey.count({ where: { userId: link.user.id } })) > 0;
  return { name: link.user.name, email: link.user.email, hasPasskey };
}

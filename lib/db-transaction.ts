// The one convention for transactions in domain functions: every write takes an optional
// `tx` as its last argument. Called from a server action it opens its own transaction;
// called by another domain function (or a test) inside a transaction, it joins that one,
// so a compound change and all its audit events commit together or not at all.
import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client.ts";

export type Tx = Prisma.TransactionClient;

export function withTransaction<T>(tx: Tx | undefined, work: (tx: Tx) => Promise<T>): Promise<T> {
  if (tx) return work(tx);
  return db().$transaction(work);
}

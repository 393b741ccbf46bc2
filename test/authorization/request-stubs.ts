// Stand-ins for what a request gives the server actions and route handlers that the matrix and
// the fuzzing call directly: the signed-in actor (whoever the test says), Next's cache
// revalidation (nothing to revalidate), and redirect/notFound (which throw, as in a request).
// The test files hand them to vi.mock, which must stay in each test file:
//   vi.mock("@/lib/auth/require-user", () => import("@/test/authorization/request-stubs").then((s) => s.requireUserStub));
import type { Actor } from "@/lib/auth/actor";

/** What `redirect(url)` and `notFound()` throw in the tests. */
export class RedirectSignal extends Error {
  constructor(readonly url: string) {
    super(`redirect ${url}`);
  }
}

export const session = { actor: null as Actor | null };

export const requireUserStub = {
  getActor: async () => session.actor,
  requireUser: async () => {
    if (!session.actor) throw new Error("niet ingelogd");
    return session.actor;
  },
  // The second step of signing in: the matrix's sessions wait for it.
  requirePendingUser: async () => {
    if (!session.actor) throw new Error("niet ingelogd");
    return { actor: session.actor, pendingSecondFactor: true };
  },
};

export const cacheStub = {
  revalidatePath: () => {},
  revalidateTag: () => {},
  updateTag: () => {},
  refresh: () => {},
};

export const navigationStub = {
  redirect: (url: string) => {
    throw new RedirectSignal(url);
  },
  notFound: () => {
    throw new RedirectSignal("404");
  },
};

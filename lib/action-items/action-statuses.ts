// The action statuses in the order the UI lists them (a plain list, importable by client code).
import type { ActionStatus } from "@/lib/generated/prisma/enums.ts";

export const ACTION_STATUSES = [
  "NOT_STARTED",
  "IN_PROGRESS",
  "DELAYED",
  "DONE",
  "CANCELLED",
] as const satisfies readonly ActionStatus[];

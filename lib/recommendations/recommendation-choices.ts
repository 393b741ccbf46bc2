// The cabinet responses and implementation statuses in the order the forms list them (plain
// lists, importable by client code and by the zod schemas).
import type { CabinetResponse, ImplementationStatus } from "@/lib/generated/prisma/enums.ts";

export const CABINET_RESPONSES = [
  "ADOPTED",
  "PARTLY_ADOPTED",
  "NOT_ADOPTED",
] as const satisfies readonly CabinetResponse[];

export const IMPLEMENTATION_STATUSES = [
  "NOT_STARTED",
  "IN_PROGRESS",
  "DELAYED",
  "IMPLEMENTED",
] as const satisfies readonly ImplementationStatus[];

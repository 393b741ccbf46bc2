// POST /api/v1/actions/{id}/status: "Status wijzigen" (lib/api/operations.ts).
import { apiHandler } from "@/lib/api/api-handler";
import { changeStatusOperation } from "@/lib/api/operations";

export const POST = apiHandler(changeStatusOperation);

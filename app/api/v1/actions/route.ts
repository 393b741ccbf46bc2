// GET /api/v1/actions (lib/api/operations.ts).
import { apiHandler } from "@/lib/api/api-handler";
import { listActionsOperation } from "@/lib/api/operations";

export const GET = apiHandler(listActionsOperation);

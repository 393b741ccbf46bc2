// GET /api/v1/actions/{id} (lib/api/operations.ts).
import { apiHandler } from "@/lib/api/api-handler";
import { getActionOperation } from "@/lib/api/operations";

export const GET = apiHandler(getActionOperation);

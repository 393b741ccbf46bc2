// GET /api/v1/evaluations (lib/api/operations.ts).
import { apiHandler } from "@/lib/api/api-handler";
import { listEvaluationsOperation } from "@/lib/api/operations";

export const GET = apiHandler(listEvaluationsOperation);

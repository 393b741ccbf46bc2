// GET /api/v1/indicators: the kengetallen (lib/api/operations.ts).
import { apiHandler } from "@/lib/api/api-handler";
import { listIndicatorsOperation } from "@/lib/api/operations";

export const GET = apiHandler(listIndicatorsOperation);

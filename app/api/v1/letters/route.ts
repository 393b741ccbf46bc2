// GET /api/v1/letters: metadata only (lib/api/operations.ts).
import { apiHandler } from "@/lib/api/api-handler";
import { listLettersOperation } from "@/lib/api/operations";

export const GET = apiHandler(listLettersOperation);

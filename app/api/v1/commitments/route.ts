// GET /api/v1/commitments (lib/api/operations.ts).
import { apiHandler } from "@/lib/api/api-handler";
import { listCommitmentsOperation } from "@/lib/api/operations";

export const GET = apiHandler(listCommitmentsOperation);

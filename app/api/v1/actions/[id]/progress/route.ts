// POST /api/v1/actions/{id}/progress: "Voortgang toevoegen" (lib/api/operations.ts).
import { apiHandler } from "@/lib/api/api-handler";
import { addProgressOperation } from "@/lib/api/operations";

export const POST = apiHandler(addProgressOperation);

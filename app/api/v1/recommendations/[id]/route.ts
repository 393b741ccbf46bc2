// GET /api/v1/recommendations/{id} (lib/api/operations.ts).
import { apiHandler } from "@/lib/api/api-handler";
import { getRecommendationOperation } from "@/lib/api/operations";

export const GET = apiHandler(getRecommendationOperation);

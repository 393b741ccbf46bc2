// GET /api/v1/recommendations (lib/api/operations.ts).
import { apiHandler } from "@/lib/api/api-handler";
import { listRecommendationsOperation } from "@/lib/api/operations";

export const GET = apiHandler(listRecommendationsOperation);

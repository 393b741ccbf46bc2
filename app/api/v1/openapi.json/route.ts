// GET /api/v1/openapi.json: the API's OpenAPI 3.1 document, without a token (it describes the
// interface, holds no data, and tools fetch it before anyone has a token).
import { openApiDocument } from "@/lib/api/openapi-document";

export function GET(): Response {
  return Response.json(openApiDocument(), { headers: { "Cache-Control": "public, max-age=300" } });
}

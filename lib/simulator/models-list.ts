// GET /v1/models and /v1/models/{id}: the catalogue, newest first, paginated like the API.
import { MODELS, type ModelInfo } from "@/lib/models/catalogue";
import { errorResponse, jsonResponse } from "./responses";

function modelJson(m: ModelInfo) {
  return {
    type: "model",
    id: m.id,
    display_name: m.label,
    created_at: `${m.released}T00:00:00Z`,
    max_input_tokens: m.contextWindow,
    max_tokens: m.maxOutput,
  };
}

const NEWEST_FIRST = [...MODELS].sort((a, b) => b.released.localeCompare(a.released) || a.id.localeCompare(b.id));

export function listModels(url: URL): Response {
  const limit = Math.min(1000, Math.max(1, Number(url.searchParams.get("limit")) || 20));
  const after = url.searchParams.get("after_id");
  const before = url.searchParams.get("before_id");
  let start = 0;
  let end = NEWEST_FIRST.length;
  if (after) start = NEWEST_FIRST.findIndex((m) => m.id === after) + 1;
  if (before)
    end = Math.max(
      0,
      NEWEST_FIRST.findIndex((m) => m.id === before),
    );
  let page = NEWEST_FIRST.slice(start, end);
  const hasMore = page.length > limit;
  page = before && !after ? page.slice(-limit) : page.slice(0, limit);
  const data = page.map(modelJson);
  return jsonResponse({ data, has_more: hasMore, first_id: data[0]?.id ?? null, last_id: data.at(-1)?.id ?? null });
}

export function getModel(id: string): Response {
  const model = NEWEST_FIRST.find((m) => m.id === id);
  return model ? jsonResponse(modelJson(model)) : errorResponse("not_found_error", `model: ${id}`);
}

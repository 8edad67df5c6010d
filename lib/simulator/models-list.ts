// GET /v1/models and /v1/models/{id}: the models as the simulated upstream serves them (the catalogue, or a
// profile laid over it), newest first, paginated like the API, each in the API's model object shape
// (`ModelInfo` in the SDK's resources/models.ts: limits, lifecycle, line and capabilities).
import type { ModelInfo } from "@/lib/models/catalogue";
import type { ModelLookup } from "@/lib/models/lookup";
import { errorResponse, jsonResponse } from "./responses";

type Lifecycle = "active" | "deprecated" | "retired";

const supported = (yes: boolean) => ({ supported: yes });
const day = (date: string | undefined) => (date ? `${date}T00:00:00Z` : null);

function capabilities(m: ModelInfo) {
  const f = m.features;
  const effort = (level: string) => supported(m.effort.some((e) => e === level));
  const manual = m.manualThinking === "supported" || m.manualThinking === "deprecated";
  return {
    batch: supported(f.batch),
    citations: supported(f.citations),
    code_execution: supported(f.codeExecution),
    context_management: {
      supported: f.contextEditing || f.compaction,
      clear_thinking_20251015: supported(f.contextEditing),
      clear_tool_uses_20250919: supported(f.contextEditing),
      compact_20260112: supported(f.compaction),
    },
    effort: {
      supported: m.effort.length > 0,
      low: effort("low"),
      medium: effort("medium"),
      high: effort("high"),
      xhigh: effort("xhigh"),
      max: effort("max"),
    },
    image_input: supported(m.vision),
    pdf_input: supported(f.pdf),
    server_tools: {
      supported: f.webSearch || f.codeExecution,
      code_execution: supported(f.codeExecution),
      web_search: supported(f.webSearch),
    },
    structured_outputs: supported(f.structuredOutputs),
    thinking: {
      supported: manual || m.adaptiveThinking,
      types: {
        adaptive: supported(m.adaptiveThinking),
        between_tools: supported(m.thinkingBetweenTools),
        disabled: supported(m.thinkingDisabled),
        enabled: supported(manual),
      },
    },
  };
}

/** The API's model object. A legacy model is still `active` there: the API's lifecycle has no legacy stage. */
export function modelObject(m: ModelInfo) {
  const { status, deprecated, retires } = m.lifecycle;
  return {
    type: "model",
    id: m.id,
    display_name: m.label,
    created_at: day(m.released) ?? "1970-01-01T00:00:00Z",
    lifecycle: (status === "deprecated" ? "deprecated" : "active") as Lifecycle,
    deprecated_at: day(deprecated),
    retires_at: day(retires),
    line: m.line,
    max_input_tokens: Number.isFinite(m.contextWindow) ? m.contextWindow : null,
    max_tokens: Number.isFinite(m.maxOutput) ? m.maxOutput : null,
    capabilities: capabilities(m),
  };
}

const newestFirst = (models: readonly ModelInfo[]) =>
  [...models].sort((a, b) => b.released.localeCompare(a.released) || a.id.localeCompare(b.id));

/** `lifecycle[]=active&lifecycle[]=deprecated` as the SDK sends it, or repeated or comma-separated plain keys. */
function lifecycles(url: URL): Set<string> {
  const asked = [...url.searchParams.getAll("lifecycle[]"), ...url.searchParams.getAll("lifecycle")].flatMap((v) =>
    v.split(","),
  );
  return new Set(asked.length ? asked : ["active", "deprecated"]);
}

export function listModels(url: URL, models: ModelLookup): Response {
  const wanted = lifecycles(url);
  const all = newestFirst(models.all()).filter((m) => wanted.has(modelObject(m).lifecycle));
  const limit = Math.min(1000, Math.max(1, Number(url.searchParams.get("limit")) || 20));
  const after = url.searchParams.get("after_id");
  const before = url.searchParams.get("before_id");
  let start = 0;
  let end = all.length;
  if (after) start = all.findIndex((m) => m.id === after) + 1;
  if (before)
    end = Math.max(
      0,
      all.findIndex((m) => m.id === before),
    );
  let page = all.slice(start, end);
  const hasMore = page.length > limit;
  page = before && !after ? page.slice(-limit) : page.slice(0, limit);
  const data = page.map(modelObject);
  return jsonResponse({ data, has_more: hasMore, first_id: data[0]?.id ?? null, last_id: data.at(-1)?.id ?? null });
}

export function getModel(id: string, models: ModelLookup): Response {
  // The API resolves an alias to its model: the object names the model's own id.
  const model = models.find(id);
  return model ? jsonResponse(modelObject(model)) : errorResponse("not_found_error", `model: ${id}`);
}

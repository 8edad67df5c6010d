// Rules on the conversation itself: roles, empty turns, prefill, tool_use ↔ tool_result pairing, cache breakpoints,
// citations and images. Consecutive turns of one role are not an error: the API combines them (./turns.ts).
import { groupTurns } from "../turns";
import { isPausedTurn } from "../server-tools";
import { emptyMessageIssue } from "./empty-message";
import { invalid, type Rule, type RuleContext, type ValidationIssue } from "./types";

type Block = { type: string; [key: string]: unknown };

function blocksOf(content: unknown): Block[] {
  return Array.isArray(content) ? (content as Block[]) : [];
}

const MAX_BREAKPOINTS = 4;
const KNOWN_ROLES = ["user", "assistant", "system"];
const ROLE_LIST = "'user', 'assistant' or 'system'";

function countBreakpoints(request: RuleContext["request"]): number {
  const marked = (b: unknown) => typeof b === "object" && b !== null && Boolean((b as Block).cache_control);
  let count = (request.tools ?? []).filter(marked).length;
  if (Array.isArray(request.system)) count += request.system.filter(marked).length;
  for (const message of request.messages) count += blocksOf(message.content).filter(marked).length;
  return count;
}

export const messageRules: Rule[] = [
  {
    id: "messages-not-empty",
    check: ({ request }) =>
      request.messages.length === 0 ? invalid("messages", "messages: at least one message is required") : undefined,
  },
  {
    id: "first-message-user",
    check: ({ request }) =>
      request.messages.length > 0 && request.messages[0].role !== "user"
        ? invalid("messages.0.role", 'messages: first message must use the "user" role')
        : undefined,
  },
  {
    // The roles this code knows; a newer one is the upstream's to judge (the panel keeps it, the simulator refuses).
    id: "role-known",
    check: ({ request, refuseUnknown }) => {
      if (!refuseUnknown) return undefined;
      const i = request.messages.findIndex((m) => !KNOWN_ROLES.includes(m.role));
      return i >= 0 ? invalid(`messages.${i}.role`, `messages.${i}.role: Input should be ${ROLE_LIST}`) : undefined;
    },
  },
  {
    // Mid-conversation system messages: models before Opus 4.8 refuse them (API wording as quoted in
    // docs.rs/gproxy-transform claude_mid_conv_system); where accepted, each must come right after a user turn
    // (https://platform.claude.com/docs/en/about-claude/models/whats-new-claude-4-8).
    id: "system-message-placement",
    check: ({ request, model }) => {
      for (let i = 1; i < request.messages.length; i++) {
        if (request.messages[i].role !== "system") continue;
        if (!model.systemMessages) {
          return invalid(`messages.${i}.role`, `messages.${i}.role: role 'system' is not supported on this model`);
        }
        if (request.messages[i - 1].role !== "user") {
          return invalid(
            `messages.${i}.role`,
            `messages.${i}: a message with role 'system' must come right after a message with role 'user'`,
          );
        }
      }
      return undefined;
    },
  },
  {
    id: "content-not-empty",
    check: ({ request }) => emptyMessageIssue(request),
  },
  {
    id: "prefill-supported",
    endpoints: ["messages"],
    check: ({ request, model }) => {
      const last = request.messages.length - 1;
      if (last < 0 || request.messages[last].role !== "assistant" || model.prefill) return undefined;
      // A paused turn sent back to be continued is no prefill.
      if (isPausedTurn(request.messages[last])) return undefined;
      return invalid(
        `messages.${last}`,
        "This model does not support assistant message prefill. The conversation must end with a user message.",
      );
    },
  },
  {
    // "The previous message" is the previous turn: consecutive messages of one role are one turn.
    id: "tool-result-has-tool-use",
    check: ({ request }) => {
      const turns = groupTurns(request.messages);
      for (const [t, turn] of turns.entries()) {
        const previous = turns[t - 1];
        const ids = new Set(
          previous?.role === "assistant"
            ? previous.indices.flatMap((i) =>
                blocksOf(request.messages[i].content)
                  .filter((b) => b.type === "tool_use")
                  .map((b) => String(b.id)),
              )
            : [],
        );
        for (const i of turn.indices) {
          for (const [index, block] of blocksOf(request.messages[i].content).entries()) {
            if (block.type !== "tool_result") continue;
            const id = String(block.tool_use_id ?? "");
            if (turn.role !== "user" || !ids.has(id)) {
              return invalid(
                `messages.${i}.content.${index}`,
                `messages.${i}.content.${index}: unexpected \`tool_use_id\` found in \`tool_result\` blocks: ${id}. Each \`tool_result\` block must have a corresponding \`tool_use\` block in the previous message.`,
              );
            }
          }
        }
      }
      return undefined;
    },
  },
  {
    id: "tool-use-has-tool-result",
    check: ({ request }) => {
      const turns = groupTurns(request.messages);
      for (let t = 0; t < turns.length - 1; t++) {
        if (turns[t].role !== "assistant") continue;
        const ids = turns[t].indices.flatMap((i) =>
          blocksOf(request.messages[i].content)
            .filter((b) => b.type === "tool_use")
            .map((b) => String(b.id)),
        );
        if (ids.length === 0) continue;
        const next = turns[t + 1];
        const answered = new Set(
          next.indices.flatMap((i) =>
            blocksOf(request.messages[i].content)
              .filter((b) => b.type === "tool_result")
              .map((b) => String(b.tool_use_id)),
          ),
        );
        const missing = ids.filter((id) => !answered.has(id));
        if (missing.length > 0) {
          const at = next.indices[0];
          return invalid(
            `messages.${at}.content`,
            `messages.${at}: \`tool_use\` ids were found without \`tool_result\` blocks immediately after: ${missing.join(", ")}. Each \`tool_use\` block must have a corresponding \`tool_result\` block in the next message.`,
          );
        }
      }
      return undefined;
    },
  },
  {
    // A server tool's call and its result sit in the same assistant turn; only the last turn, a paused one sent back to
    // be continued, may end on a call that has not run yet. The API's words (anthropic-sdk-python issue 1339).
    id: "server-tool-use-has-result",
    check: ({ request }) => {
      const last = request.messages.length - 1;
      for (const [i, message] of request.messages.entries()) {
        if (message.role !== "assistant" || i === last) continue;
        const content = blocksOf(message.content);
        const answered = new Set<unknown>(content.map((b) => b.tool_use_id));
        for (const [j, block] of content.entries()) {
          if (block.type !== "server_tool_use" || answered.has(block.id)) continue;
          const name = String(block.name);
          const result = name.startsWith("tool_search_tool_") ? "tool_search_tool_result" : `${name}_tool_result`;
          return invalid(
            `messages.${i}.content.${j}`,
            `messages.${i}: \`${name}\` tool use with id \`${String(block.id)}\` was found without a corresponding \`${result}\` block`,
          );
        }
      }
      return undefined;
    },
  },
  {
    id: "cache-breakpoints-max",
    check: ({ request }) => {
      const count = countBreakpoints(request);
      return count > MAX_BREAKPOINTS
        ? invalid(
            "messages",
            `A maximum of ${MAX_BREAKPOINTS} blocks with cache_control may be provided. Found ${count}.`,
          )
        : undefined;
    },
  },
  {
    // Mixed lifetimes: a 1-hour entry may not follow a 5-minute one in the prefix order.
    id: "cache-ttl-order",
    check: ({ request }) => {
      const marks: Array<{ path: string; ttl: string }> = [];
      const collect = (blocks: unknown, prefix: string) =>
        blocksOf(blocks).forEach((b, i) => {
          const control = b.cache_control as { ttl?: string } | undefined;
          if (control) marks.push({ path: `${prefix}.${i}.cache_control`, ttl: control.ttl ?? "5m" });
        });
      collect(request.tools, "tools");
      collect(request.system, "system");
      request.messages.forEach((m, i) => collect(m.content, `messages.${i}.content`));
      const firstShort = marks.findIndex((m) => m.ttl === "5m");
      const late = marks.findIndex((m, i) => m.ttl === "1h" && firstShort >= 0 && i > firstShort);
      return late >= 0
        ? invalid(
            marks[late].path,
            `${marks[late].path}: a cache_control block with ttl='1h' cannot come after a block with ttl='5m'. Longer lifetimes must come first.`,
          )
        : undefined;
    },
  },
  {
    // The citations guide: "citations must be enabled on all or none of the documents within a request". The API's own
    // wording of the error is not documented; this says the rule and names the first document that breaks it.
    id: "citations-all-or-none",
    check: ({ request }) => {
      let first: { enabled: boolean; number: number } | undefined;
      let number = 0;
      for (const [i, message] of request.messages.entries()) {
        for (const [j, block] of blocksOf(message.content).entries()) {
          if (block.type !== "document") continue;
          number++;
          const enabled = (block.citations as { enabled?: unknown } | undefined)?.enabled === true;
          first ??= { enabled, number };
          if (enabled !== first.enabled) {
            return invalid(
              `messages.${i}.content.${j}.citations`,
              `messages.${i}.content.${j}.citations: citations must be enabled on all of a request's documents or on none; they are ${first.enabled ? "on" : "off"} for document ${first.number} and ${enabled ? "on" : "off"} for document ${number}`,
            );
          }
        }
      }
      return undefined;
    },
  },
  {
    id: "vision-supported",
    check: ({ request, model }) => {
      if (model.vision) return undefined;
      const issues: ValidationIssue[] = [];
      request.messages.forEach((message, i) =>
        blocksOf(message.content).forEach((block, j) => {
          if (block.type === "image")
            issues.push(invalid(`messages.${i}.content.${j}`, `${model.id} does not support image input.`));
        }),
      );
      return issues;
    },
  },
];

// A reply that stops part-way for a reason the model gives, not the request (fault injection): a refusal with its
// `stop_details`, or the context window filled. What was said before the stop is kept, as the API keeps it.
import { countTextTokens } from "@/lib/messages/token-count";
import type { Faults } from "./faults";
import type { ReplyPlan } from "./reply-plan";

// The API's own words are not stable ("This text is not guaranteed to be stable", SDK RefusalStopDetails); these
// say what each category means, in the SDK's description of it.
const EXPLANATIONS: Record<string, string> = {
  cyber: "The request could enable cyber harm, such as malware or exploit development.",
  bio: "The request could enable biological harm, such as dangerous lab methods.",
  frontier_llm: "The request could assist the development of competing AI models.",
  reasoning_extraction: "The request asks the model to reproduce its internal reasoning in the response text.",
  general_harms: "The request could be related to an area that was determined as harmful.",
};

export function stopEarly(plan: ReplyPlan, stop: NonNullable<Faults["stop"]>): ReplyPlan {
  // Keep the blocks before the first text block (thinking), and half of that text; drop what would have followed.
  const at = plan.blocks.findIndex((b) => b.content.type === "text");
  if (at < 0) return { ...plan, stopReason: stop.reason, stopSequence: null, ...details(stop) };
  const kept = plan.blocks.slice(0, at);
  const pieces = plan.blocks[at].pieces.slice(0, Math.ceil(plan.blocks[at].pieces.length / 2));
  kept.push({ content: { type: "text", text: pieces.join("") }, pieces, complete: true });
  // Streamed pieces are the output of text and tool blocks: what was cut is no longer counted.
  const tokens = (list: string[]) => countTextTokens(list.join(""));
  const dropped =
    tokens(plan.blocks[at].pieces) -
    tokens(pieces) +
    plan.blocks.slice(at + 1).reduce((n, b) => n + tokens(b.pieces), 0);
  return {
    ...plan,
    blocks: kept,
    stopReason: stop.reason,
    stopSequence: null,
    outputTokens: plan.outputTokens - dropped,
    ...details(stop),
  };
}

function details(stop: NonNullable<Faults["stop"]>): Pick<ReplyPlan, "stopDetails"> {
  return stop.reason === "refusal"
    ? { stopDetails: { type: "refusal", category: stop.category, explanation: EXPLANATIONS[stop.category] } }
    : {};
}

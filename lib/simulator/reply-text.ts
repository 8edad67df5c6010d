// Deterministic, readable prose that makes the request visible: it answers the question, follows the
// system prompt's role, reports tool results, and changes wording with temperature and top_p.
import { countTextTokens } from "@/lib/messages/token-count";
import { hashText, seededRandom } from "./ids";

const OPENINGS = [
  ["Here is a short answer.", "Happy to help with that.", "Good question."],
  ["Let me take that step by step.", "There are a few ways to look at this.", "Short version first, then the details."],
];

const BODY = [
  "The simulator writes this reply locally, so the playground works offline and every test is repeatable.",
  "The same request always gets the same words; change the prompt, the temperature or top_p and the wording changes with it.",
  "Streaming arrives token by token, the way the real API sends it, with usage counted at the start and the end.",
  "Set ANTHROPIC_API_KEY on the server, or enter your own key, to talk to a real model instead.",
  "Every figure below the transcript comes from the events of this call: input, output and cache tokens.",
  "A lower max_tokens cuts this reply short, and a stop sequence ends it where the sequence first appears.",
  "Mark a long system prompt with cache_control and send it twice within five minutes to watch the cache read it back.",
  "Give the request a tool and ask for it by name, and the reply becomes a tool_use block with valid input.",
];

const CLOSINGS = [
  "Anything else you would like to try?",
  "Tell me if you want more detail.",
  "That is the gist of it.",
];

export interface ToolResultSummary {
  name: string;
  content: string;
  isError: boolean;
}

export interface ReplyInput {
  question: string;
  system: string;
  temperature?: number;
  topP?: number;
  topK?: number;
  toolResults?: ToolResultSummary[];
}

const clip = (text: string, max: number) => {
  const flat = text.trim().replace(/\s+/g, " ");
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};

/** Quoted text that ends a sentence: a quotation that ends its own sentence gets no second full stop after it. */
const quoteToEnd = (text: string) => `“${text}”${/[.?!…]$/.test(text) ? "" : "."}`;

export function composeReply({
  question,
  system,
  temperature = 1,
  topP = 1,
  topK,
  toolResults = [],
}: ReplyInput): string {
  const seed = hashText(
    `${question}\u0000${system}\u0000${temperature}\u0000${topP}\u0000${topK ?? ""}\u0000${JSON.stringify(toolResults)}`,
  );
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)];
  const creative = temperature >= 0.5 ? 1 : 0;
  const topic = clip(question, 120) || "your message";
  const persona = system.trim() ? `Following the system prompt (“${clip(system, 80)}”), ` : "";
  const quoted = quoteToEnd(topic);
  const asked = persona ? `${persona}you asked: ${quoted}` : `You asked: ${quoted}`;

  const first: string[] = [];
  if (toolResults.length > 0) {
    for (const result of toolResults) {
      first.push(
        result.isError
          ? `The ${result.name} tool reported an error: ${quoteToEnd(clip(result.content, 160))}`
          : `The ${result.name} tool returned: ${quoteToEnd(clip(result.content, 160))}`,
      );
    }
    first.push(persona ? `${persona}here is what that means for ${quoted}` : `Here is what that means for ${quoted}`);
  } else {
    first.push(pick(OPENINGS[creative]), asked);
  }
  // top_p narrows the choice of sentences the way nucleus sampling narrows the choice of tokens.
  const pool = BODY.slice(0, Math.max(3, Math.round(BODY.length * Math.min(1, Math.max(0.3, topP)))));
  const body = [...pool].sort(() => random() - 0.5).slice(0, 2 + creative);
  return `${first.join(" ")}\n\n${body.join(" ")}\n\n${pick(CLOSINGS)}`;
}

const THOUGHTS = [
  "The user is asking about {topic}",
  "I should answer directly and keep the reply short enough to read at a glance.",
  "{system}",
  "It helps to lead with the answer and then give one or two supporting points.",
  "{tools}",
  "Let me check the wording once more before I reply.",
  "A concrete example would make the point clearer.",
  "I will close by offering to go further if they want.",
];

/** Thinking prose, longer than any thinking: thinkingOfLength cuts it to length. */
export function composeThinking(
  question: string,
  system: string,
  seed: number,
  tools: readonly string[] = [],
  hasToolResults = false,
): string {
  const random = seededRandom(seed);
  const systemNote = system.trim()
    ? `The system prompt says: “${clip(system, 100)}”, so I should stay in that role.`
    : "";
  // The thinking agrees with what the reply does: it calls the tools it names, or answers without one.
  const toolNote = tools.length
    ? `The ${tools.join(" and ")} tool${tools.length > 1 ? "s have" : " has"} what I need, so I will call ${tools.length > 1 ? "them" : "it"} first.`
    : hasToolResults
      ? "The tool results are in, so I can answer from them now."
      : "Nothing here needs a tool, so a plain answer is right.";
  const lines = THOUGHTS.map((t) =>
    t
      .replace("{topic}", quoteToEnd(clip(question, 100) || "this"))
      .replace("{system}", systemNote)
      .replace("{tools}", toolNote),
  ).filter(Boolean);
  const order = [lines[0], ...lines.slice(1).sort(() => random() - 0.5)];
  // Repeat the considerations so long budgets have prose to fill them.
  return Array.from({ length: 6 }, () => order.join(" ")).join("\n\n");
}

/** Where the text's sentences end (after their closing punctuation and quotes), not counting a question mark inside a
 * quotation that the sentence goes on after. */
function sentenceEnds(text: string): number[] {
  const ends: number[] = [];
  let open = 0;
  let from = 0;
  for (const match of text.matchAll(/[.!?]["”’)]*(?=\s|$)/g)) {
    const end = match.index + match[0].length;
    const part = text.slice(from, end);
    open += part.split("“").length - part.split("”").length;
    from = end;
    if (open === 0) ends.push(end);
  }
  return ends;
}

/** The thinking prose cut to about `tokens` tokens where a sentence ends, as a model's thinking ends: cut at the
 * token count it ended mid-word ("The user is aski"). When not even the first sentence fits, the first sentence if it
 * is at most twice as long (a low effort's few tokens), else up to the last whole word that fits. */
export function thinkingOfLength(full: string, tokens: number): string {
  const ends = sentenceEnds(full);
  const fitting = ends.filter((end) => countTextTokens(full.slice(0, end)) <= tokens);
  if (fitting.length) return full.slice(0, fitting.at(-1));
  if (ends.length && countTextTokens(full.slice(0, ends[0])) <= 2 * tokens) return full.slice(0, ends[0]);
  const words = full.split(/(?<=\S)(?=\s)/);
  let text = "";
  for (const word of words) {
    if (countTextTokens(text + word) > tokens) break;
    text += word;
  }
  return text.trim();
}

// Deterministic, readable replies that make the request visible: they answer the question,
// echo the system prompt's role, and change wording with temperature and top_p.
function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}

/** A small seeded generator (mulberry32): the same seed always gives the same sequence. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

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
];

export interface ReplyInput {
  question: string;
  system: string;
  temperature?: number;
  topP?: number;
}

export function composeReply({ question, system, temperature = 1, topP = 1 }: ReplyInput): string {
  const seed = hash(`${question}\u0000${system}\u0000${temperature}\u0000${topP}`);
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)];
  const creative = temperature >= 0.5 ? 1 : 0;
  const topic = question.trim().replace(/\s+/g, " ").slice(0, 120) || "your message";
  const persona = system.trim() ? ` Following the system prompt (“${system.trim().slice(0, 80)}”),` : "";
  const body = [...BODY].sort(() => random() - 0.5).slice(0, 2 + creative);
  return [pick(OPENINGS[creative]), `${persona} You asked: “${topic}”.`.trim(), ...body].join(" ");
}

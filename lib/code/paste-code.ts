// "Paste code": a curl command (as in the API documentation) or a raw JSON body becomes the
// request, and a curl command's `anthropic-beta` header its beta features. Other headers are read only to be
// dropped: a pasted key is never kept.
import { MessageRequestSchema, issuePath } from "@/lib/messages/request-schema";
import { normalizeBetas, splitBetas } from "@/lib/messages/betas";
import type { RequestBody } from "@/lib/messages/types";
import { splitShellCommand } from "./shell-words";

export type PasteResult =
  | { ok: true; request: RequestBody; betas: string[]; source: "curl" | "json"; notes: string[] }
  | { ok: false; message: string };

const DATA_FLAGS = new Set(["-d", "--data", "--data-raw", "--data-binary", "--data-ascii", "--json"]);
const VALUE_FLAGS = new Set([
  "-H",
  "--header",
  "-X",
  "--request",
  "-u",
  "--user",
  "-o",
  "--output",
  "-A",
  "--user-agent",
  "-e",
  "--referer",
  "-b",
  "--cookie",
  "-m",
  "--max-time",
  "--connect-timeout",
  "--url",
  "-w",
  "--write-out",
  "--retry",
]);

function asRequest(text: string, source: "curl" | "json", notes: string[], betas: string[] = []): PasteResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      message: `The ${source === "curl" ? "command's body" : "text"} is not valid JSON: ${(error as Error).message}`,
    };
  }
  const parsed = MessageRequestSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue.path.length ? `${issuePath(issue.path)}: ` : "";
    return { ok: false, message: `This is not a Messages request: ${where}${issue.message}` };
  }
  return { ok: true, request: json as RequestBody, betas, source, notes };
}

export function parsePastedCode(input: string): PasteResult {
  const text = input.trim();
  if (!text) return { ok: false, message: "Paste a curl command or a JSON request body." };
  if (text.startsWith("{")) return asRequest(text, "json", []);
  let words: string[];
  let heredocs: string[];
  try {
    ({ words, heredocs } = splitShellCommand(text.replace(/^\$\s+/, "")));
  } catch (error) {
    return { ok: false, message: `The command could not be read: ${(error as Error).message}` };
  }
  const start = words.findIndex((w) => w === "curl" || w.endsWith("/curl"));
  if (start < 0)
    return {
      ok: false,
      message: "Paste a curl command (starting with curl) or a JSON request body (starting with {).",
    };
  const notes: string[] = [];
  const betas: string[] = [];
  let body: string | null = null;
  for (let i = start + 1; i < words.length; i++) {
    const word = words[i];
    const [flag, inline] =
      word.startsWith("--") && word.includes("=")
        ? [word.slice(0, word.indexOf("=")), word.slice(word.indexOf("=") + 1)]
        : [word, undefined];
    if (DATA_FLAGS.has(flag) || /^-d./.test(word)) {
      const value = inline ?? (/^-d./.test(word) ? word.slice(2) : words[++i]);
      if (value === undefined) return { ok: false, message: `${flag} has no value.` };
      if (value === "@-") {
        if (!heredocs.length)
          return {
            ok: false,
            message:
              "The body is read from standard input (@-), but no here-document follows; paste the JSON body instead.",
          };
        body = heredocs.shift()!;
      } else if (value.startsWith("@")) {
        return {
          ok: false,
          message: `The body is read from the file ${value.slice(1)}; paste the file's JSON instead.`,
        };
      } else body = value;
    } else if (VALUE_FLAGS.has(flag)) {
      const value = inline ?? words[++i] ?? "";
      if ((flag === "-H" || flag === "--header") && /^(x-api-key|authorization)\s*:\s*(?!\$)\S/i.test(value))
        notes.push("The key in the command was ignored: the playground uses its own.");
      const beta = (flag === "-H" || flag === "--header") && value.match(/^anthropic-beta\s*:(.*)$/i);
      if (beta) betas.push(...splitBetas(beta[1]));
    }
  }
  if (body === null) return { ok: false, message: "The curl command has no request body (-d, --data or --json)." };
  return asRequest(body, "curl", notes, normalizeBetas(betas));
}

// "Get code": the current request as curl, TypeScript (@anthropic-ai/sdk) and Python (anthropic), with its beta
// features: curl's `anthropic-beta` header, the SDKs' `client.beta.messages.create({..., betas})`.
// The key is always read from ANTHROPIC_API_KEY in the environment, never written into the code.
import type { RequestBody } from "@/lib/messages/types";
import { pyLiteral, shellQuote, tsLiteral } from "./literals";

export const DEFAULT_BASE_URL = "https://api.anthropic.com";
export type CodeLanguage = "curl" | "typescript" | "python";

export interface CodeOptions {
  /** Where the SDK or curl sends the call, without `/v1` (e.g. `http://localhost:3000/api`). */
  baseUrl: string;
  /** The beta features the call is sent with (the `anthropic-beta` header). */
  betas?: readonly string[];
}

/** The SDKs' messages resource: the beta one takes `betas`. */
function messagesOf(options: CodeOptions): string {
  return options.betas?.length ? "client.beta.messages" : "client.messages";
}

const PY_IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
const PY_KEYWORDS = new Set([
  "from",
  "import",
  "class",
  "def",
  "global",
  "lambda",
  "pass",
  "return",
  "with",
  "yield",
  "in",
  "is",
  "not",
  "and",
  "or",
  "if",
  "else",
  "for",
  "while",
  "try",
  "except",
  "finally",
  "raise",
  "del",
  "as",
  "assert",
  "break",
  "continue",
  "elif",
  "nonlocal",
  "True",
  "False",
  "None",
  "async",
  "await",
]);

function normalizeBase(baseUrl: string): string {
  return (baseUrl.trim() || DEFAULT_BASE_URL).replace(/\/+$/, "");
}

export function generateCurl(request: RequestBody, options: CodeOptions): string {
  const lines = [
    `curl ${shellQuote(`${normalizeBase(options.baseUrl)}/v1/messages`)}${request.stream ? " --no-buffer" : ""}`,
    `  -H "x-api-key: $ANTHROPIC_API_KEY"`,
    `  -H "anthropic-version: 2023-06-01"`,
    ...(options.betas?.length ? [`  -H ${shellQuote(`anthropic-beta: ${options.betas.join(",")}`)}`] : []),
    `  -H "content-type: application/json"`,
    `  -d ${shellQuote(JSON.stringify(request, null, 2))}`,
  ];
  return `${lines.join(" \\\n")}\n`;
}

export function generateTypeScript(request: RequestBody, options: CodeOptions): string {
  const base = normalizeBase(options.baseUrl);
  const { stream, ...body } = request;
  const params = options.betas?.length ? { ...body, betas: [...options.betas] } : body;
  const create = `${messagesOf(options)}.create`;
  const clientOptions = base === DEFAULT_BASE_URL ? "" : `\n  baseURL: ${JSON.stringify(base)},`;
  const head = `import Anthropic from "@anthropic-ai/sdk";

const client = new Anthropic({
  apiKey: process.env.ANTHROPIC_API_KEY,${clientOptions}
});
`;
  if (stream) {
    return `${head}
const stream = await ${create}(${tsLiteral({ ...params, stream: true })});

for await (const event of stream) {
  if (event.type === "content_block_delta" && event.delta.type === "text_delta") {
    process.stdout.write(event.delta.text);
  }
}
`;
  }
  return `${head}
const message = await ${create}(${tsLiteral(params)});

console.log(message.content);
`;
}

export function generatePython(request: RequestBody, options: CodeOptions): string {
  const base = normalizeBase(options.baseUrl);
  const { stream, ...params } = request;
  const args: string[] = [];
  const extra: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(params)) {
    if (PY_IDENTIFIER.test(key) && !PY_KEYWORDS.has(key)) args.push(`    ${key}=${pyLiteral(value, "    ")},`);
    else extra[key] = value;
  }
  if (Object.keys(extra).length) args.push(`    extra_body=${pyLiteral(extra, "    ")},`);
  if (stream) args.push("    stream=True,");
  if (options.betas?.length) args.push(`    betas=${pyLiteral([...options.betas], "    ")},`);
  const clientArgs = base === DEFAULT_BASE_URL ? "" : `\n    base_url=${JSON.stringify(base)},`;
  const head = `import os

import anthropic

client = anthropic.Anthropic(
    api_key=os.environ["ANTHROPIC_API_KEY"],${clientArgs}
)
`;
  const call = `${messagesOf(options)}.create(\n${args.join("\n")}\n)`;
  if (stream) {
    return `${head}
stream = ${call}

for event in stream:
    if event.type == "content_block_delta" and event.delta.type == "text_delta":
        print(event.delta.text, end="", flush=True)
print()
`;
  }
  return `${head}
message = ${call}

print(message.content)
`;
}

export function generateCode(language: CodeLanguage, request: RequestBody, options: CodeOptions): string {
  if (language === "curl") return generateCurl(request, options);
  if (language === "typescript") return generateTypeScript(request, options);
  return generatePython(request, options);
}

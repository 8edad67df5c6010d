// The answer that follows a turn's server tool calls, from what they returned: search results cited as the API cites
// them (an answer split into text blocks, each cited claim a block of its own with web_search_result_location
// citations), a fetched page's opening quoted, code's output or error shown. It says where a tool failed.
import type { ServerOutcome } from "./server-turn";
import { pageSentences, searchCitation } from "./web-search";

export type AnswerBlock = { type: "text"; text: string; citations?: ReturnType<typeof searchCitation>[] };

const FETCH_ERRORS: Record<string, string> = {
  url_not_allowed: "the tool's domain settings do not allow it",
  url_too_long: "the address is too long",
  invalid_tool_input: "it is not an http(s) address",
  max_uses_exceeded: "this request's max_uses for web fetch was reached",
  url_not_accessible: "the page could not be reached",
};

export function serverAnswer(outcomes: ServerOutcome[]): AnswerBlock[] {
  const out: AnswerBlock[] = [];
  const say = (text: string) => {
    const last = out.at(-1);
    if (last && !last.citations) last.text += text;
    else out.push({ type: "text", text });
  };
  const searches = outcomes.filter((o) => o.server === "web_search");
  const found = searches.filter((o) => "results" in o && o.results.length > 0);
  if (found.length > 0) {
    say(found.length > 1 ? "Here is what the searches found:\n\n" : "Here is what the search found:\n\n");
    for (const outcome of found.slice(0, 4)) {
      if (!("results" in outcome)) continue;
      const [first, second] = outcome.results;
      say(`**${outcome.query}**: `);
      for (const [i, result] of [first, second].filter(Boolean).entries()) {
        const claim = pageSentences(result, outcome.query)[i];
        out.push({ type: "text", text: claim, citations: [searchCitation(result, claim)] });
        say(" ");
      }
      say("\n\n");
    }
  }
  for (const outcome of searches) {
    if ("error" in outcome && outcome.error === "max_uses_exceeded") {
      say("I stopped searching there: this request's max_uses for web search was reached.\n\n");
      break;
    }
    if ("results" in outcome && outcome.results.length === 0)
      say(`The search for “${outcome.query}” found nothing on the domains the tool allows.\n\n`);
  }
  for (const outcome of outcomes) {
    if (outcome.server === "web_fetch") {
      const content = outcome.content;
      if (content.type === "web_fetch_result") {
        const opening = content.content.source.data.split("\n\n")[1] ?? "";
        say(`The page at ${outcome.url} (“${content.content.title}”) begins:\n\n> ${opening}\n\n`);
      } else {
        say(`I could not fetch ${outcome.url}: ${FETCH_ERRORS[content.error_code] ?? content.error_code}.\n\n`);
      }
    }
    if (outcome.server === "code_execution") {
      const { stdout, stderr, return_code } = outcome.outcome;
      if (return_code === 0)
        say(
          stdout.trim()
            ? `The code ran and printed:\n\n\`\`\`\n${stdout.trimEnd()}\n\`\`\`\n\n`
            : "The code ran and printed nothing.\n\n",
        );
      else say(`The code stopped with exit code ${return_code}:\n\n\`\`\`\n${stderr.trimEnd()}\n\`\`\`\n\n`);
    }
  }
  const did = new Set(outcomes.map((o) => o.server));
  const nothing = [
    did.has("web_search") ? "no search ran" : "",
    did.has("web_fetch") ? "no page was fetched" : "",
    did.has("code_execution") ? "no code was executed" : "",
  ].filter(Boolean);
  if (nothing.length)
    say(`(The playground's simulator made this up offline: ${nothing.join(", ").replace(/, ([^,]*)$/, " and $1")}.)`);
  return out;
}

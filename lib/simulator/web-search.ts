// The simulator's web search: results made up offline from the query, deterministic, in the API's shape
// (web_search_result: title, url, encrypted_content, page_age). Nothing is ever fetched: the sites are on the reserved
// `.example` domain unless the tool's allowed_domains name others, and every page says that the simulator wrote it.
import { hashText, opaqueBase64, seededRandom } from "./ids";

export interface SearchResult {
  type: "web_search_result";
  title: string;
  url: string;
  encrypted_content: string;
  page_age: string | null;
}

export interface SearchOptions {
  allowed_domains?: unknown;
  blocked_domains?: unknown;
  user_location?: unknown;
}

/** Made-up sites; a title gets the subject as it would open a sentence (`Q`) and as it would run on in one (`q`). */
const SITES: Array<{ host: string; path: (slug: string) => string; title: (Q: string, q: string) => string }> = [
  { host: "encyclopedia.example", path: (s) => `/wiki/${s}`, title: (Q) => `${Q} - Encyclopedia` },
  { host: "news.example", path: (s) => `/2026/${s.toLowerCase()}`, title: (Q) => `${Q}: the latest coverage - News` },
  { host: "guides.example", path: (s) => `/guides/${s.toLowerCase()}`, title: (_, q) => `A practical guide to ${q}` },
  {
    host: "research.example",
    path: (s) => `/papers/${s.toLowerCase()}`,
    title: (Q) => `${Q}: a review of the evidence`,
  },
  { host: "forum.example", path: (s) => `/t/${s.toLowerCase()}`, title: (_, q) => `Ask the community: ${q}` },
];

const AGES = [null, "2 days ago", "1 week ago", "3 weeks ago", "March 4, 2026", null];

const domains = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((d): d is string => typeof d === "string" && d.trim() !== "") : [];

/** A host matches a domain when it is the domain or a subdomain of it. */
export function onDomain(host: string, domain: string): boolean {
  const d = domain
    .replace(/^https?:\/\//, "")
    .replace(/\/.*$/, "")
    .toLowerCase();
  return host === d || host.endsWith(`.${d}`);
}

const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Three to five results for the query, from the allowed domains if any, never from a blocked one. */
export function searchResults(query: string, options: SearchOptions = {}): SearchResult[] {
  const seed = hashText(query.toLowerCase());
  const random = seededRandom(seed);
  const plain = query.replace(/\s+/g, " ").trim();
  const subject = capitalized(plain);
  const slug = subject.replace(/[^\p{L}\p{N}]+/gu, "_").replace(/^_|_$/g, "") || "Search";
  const allowed = domains(options.allowed_domains);
  const blocked = domains(options.blocked_domains);
  const city = (options.user_location as { city?: unknown } | undefined)?.city;
  const count = 3 + Math.floor(random() * 3);
  const results: SearchResult[] = [];
  for (let i = 0; results.length < count && i < SITES.length * 2; i++) {
    const site = SITES[(seed + i) % SITES.length];
    const host = allowed.length ? allowed[i % allowed.length].replace(/\/.*$/, "").toLowerCase() : site.host;
    if (blocked.some((d) => onDomain(host, d))) continue;
    const url = `https://${host}${site.path(slug)}${i >= SITES.length ? `-${i}` : ""}`;
    if (results.some((r) => r.url === url)) continue;
    const local = typeof city === "string" && city && results.length === 0 ? ` in ${city}` : "";
    results.push({
      type: "web_search_result",
      title: site.title(`${subject}${local}`, `${plain}${local}`),
      url,
      encrypted_content: opaqueBase64(hashText(url + query), 160),
      page_age: AGES[(seed + i) % AGES.length],
    });
  }
  return results;
}

/** What a result's page says: plain sentences about the query, one of them saying the simulator wrote them. */
export function pageSentences(result: { title: string; url: string }, query: string): string[] {
  const host = new URL(result.url).host;
  const topic = query.replace(/\s+/g, " ").trim();
  const variants = [
    `${capitalized(topic)} is covered here with an overview of the main facts and how they have changed recently.`,
    `Sources on ${topic} agree on the basics and differ mostly on the details and the dates.`,
    `Readers of ${host} asked most about ${topic} this month, and this page collects the answers.`,
    `The short version: ${topic} is easier to understand from two or three good sources than from one.`,
  ];
  const start = hashText(result.url) % variants.length;
  return [
    variants[start],
    variants[(start + 1) % variants.length],
    `This page was written by the playground's simulator for the query "${topic}"; no web page was fetched.`,
  ];
}

/** The citation of a result, as the API cites web search results in an answer. */
export function searchCitation(result: SearchResult, citedText: string) {
  return {
    type: "web_search_result_location" as const,
    cited_text: citedText.length > 150 ? `${citedText.slice(0, 150)}...` : citedText,
    url: result.url,
    title: result.title,
    encrypted_index: opaqueBase64(hashText(`${result.url}\u0000${citedText}`), 96),
  };
}

import { guardApiRequest } from "@/lib/server/access";
import { readConfig } from "@/lib/server/config";
import { readUpstreamProfile } from "@/lib/server/upstream-profile";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/**
 * The upstream's profile (PLAYGROUND_UPSTREAM_PROFILE, and PLAYGROUND_PRICES_FILE's prices), which the page lays over
 * the catalogue for its limits, validation and costs; `errors` says why a file was ignored.
 */
export async function GET(request: Request) {
  const refused = await guardApiRequest(request, readConfig());
  if (refused) return refused;
  const { profile, errors } = await readUpstreamProfile();
  if (errors.length) console.warn(`[profile] ${errors.join(" ")} Using the catalogue for it.`);
  return Response.json({ profile, errors });
}

// The standalone simulator: `npm run simulator [-- --port 4010 --host 127.0.0.1 --profile profiles/bytespike.json]`.
// Port from --port, else SIMULATOR_PORT, else 4010. Pacing from SIMULATOR_PACING (realistic | instant | ttft,tps).
// An upstream profile from --profile, else PLAYGROUND_UPSTREAM_PROFILE: the simulator then answers as that gateway.
import { readFileSync } from "node:fs";
import { modelLookup } from "../lib/models/lookup";
import { parseProfile } from "../lib/models/profile";
import { createSimulator } from "../lib/simulator/handler";
import { serveFetchHandler } from "../lib/simulator/node-server";

function argument(name: string): string | undefined {
  const args = process.argv.slice(2);
  const inline = args.find((a) => a.startsWith(`--${name}=`));
  if (inline) return inline.slice(name.length + 3);
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : undefined;
}

async function main() {
  const port = Number(argument("port") ?? process.env.SIMULATOR_PORT ?? 4010);
  const host = argument("host") ?? process.env.SIMULATOR_HOST ?? "127.0.0.1";
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`Invalid port: ${port}`);
  const profilePath = argument("profile") ?? process.env.PLAYGROUND_UPSTREAM_PROFILE;
  const profile = profilePath ? parseProfile(readFileSync(profilePath, "utf8"), profilePath) : undefined;
  if (profile && "error" in profile) throw new Error(profile.error);
  const server = await serveFetchHandler(
    createSimulator({ models: profile && modelLookup(profile.profile) }),
    port,
    host,
  );
  console.log(
    `Messages API simulator listening on ${server.url} (POST /v1/messages, /v1/messages/count_tokens; GET /v1/models)${
      profile ? `, as ${profile.profile.name ?? profilePath}` : ""
    }`,
  );
  const stop = () => void server.close().then(() => process.exit(0));
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

main().catch((error: unknown) => {
  console.error((error as Error).message);
  process.exit(1);
});

// `npm start`: build when the sources changed since the last build, then serve the production app
// (scripts/server.mjs, in this process: its SIGTERM drain needs the signal first-hand).
import { buildIfNeeded } from "./build-if-needed.mjs";

process.env.NEXT_TELEMETRY_DISABLED = "1";
buildIfNeeded();
await import("./server.mjs");

// Runs once when the server starts (Next.js's instrumentation hook): the server-side database is opened and
// migrated now, not on the first request, so instances that start together migrate together (under the
// migration lock) and readiness is true from the start. A database that cannot be reached does not stop the
// server: /api/ready says 503 and the next request tries again.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startServerStores } = await import("./lib/server/start-up");
  await startServerStores();
}

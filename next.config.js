// @ts-check
// The benchmarks build the app with their floor page (app/bench/floor/page.bench.tsx, a bare page to compare the
// playground with) into a build of their own; the production build never has it.
const bench = process.env.PLAYGROUND_BENCH_BUILD === "1";

/** @type {import('next').NextConfig} */
const nextConfig = {
  distDir: bench ? ".next-bench" : ".next",
  pageExtensions: bench ? ["bench.tsx", "tsx", "ts"] : ["tsx", "ts"],
  reactStrictMode: true,
  poweredByHeader: false,
  // The image (Dockerfile) runs .next/standalone: the server and only the node_modules it needs.
  output: "standalone",
  // Loaded from node_modules at run time, never bundled: better-sqlite3 is a native addon; pg and ioredis
  // hold one pool or connection per process, and prom-client one registry, which every route must share
  // (Next.js bundles each route on its own).
  serverExternalPackages: ["better-sqlite3", "pg", "ioredis", "prom-client"],
  // The proxy's API routes (pages/api) load packages from node_modules at run time, where server-only's
  // default entry throws; bundled, it resolves to its server entry as it does in the App Router. A client
  // component that imports server code still fails the build.
  transpilePackages: ["server-only"],
  async headers() {
    // Shared links may hold confidential prompts: not for search engines (the page says so too).
    return [{ source: "/s/:id*", headers: [{ key: "X-Robots-Tag", value: "noindex, nofollow" }] }];
  },
};

module.exports = nextConfig;

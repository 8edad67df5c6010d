// @ts-check
/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // better-sqlite3 is a native addon: load it from node_modules at run time, never bundle it.
  serverExternalPackages: ["better-sqlite3"],
  // The proxy's API routes (pages/api) load packages from node_modules at run time, where server-only's
  // default entry throws; bundled, it resolves to its server entry as it does in the App Router. A client
  // component that imports server code still fails the build.
  transpilePackages: ["server-only"],
};

module.exports = nextConfig;

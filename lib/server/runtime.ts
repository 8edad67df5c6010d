import "server-only";

import type { AsyncLocalStorage } from "node:async_hooks";

// What the production server (scripts/server.mjs, which `npm start` and the image run) shares with the
// app's code. Next.js bundles each route on its own, so this lives on globalThis under a registered
// symbol. Under a bare `next start` or in unit tests there is none, and each reader says what it does then.

/** Facts about one request as it reached the socket, before anything rewrote its headers. */
export interface RequestFacts {
  /** The address of the peer that opened the connection. */
  socketAddress: string | undefined;
  /** `x-forwarded-for` exactly as received (undefined when absent). */
  forwardedFor: string | undefined;
}

export interface ServerRuntime {
  /** True from the moment a SIGTERM or SIGINT arrives. */
  draining: boolean;
  requestContext: AsyncLocalStorage<RequestFacts>;
  /** Run (and awaited) after the last request ended, before the process exits: pools, clients. */
  shutdownHooks: Set<() => Promise<void> | void>;
}

const KEY = Symbol.for("messages-playground.server-runtime");

export function serverRuntime(): ServerRuntime | undefined {
  return (globalThis as Record<symbol, ServerRuntime | undefined>)[KEY];
}

export function isDraining(): boolean {
  return serverRuntime()?.draining ?? false;
}

/** The facts of the request being handled, when the production server recorded them. */
export function currentRequestFacts(): RequestFacts | undefined {
  return serverRuntime()?.requestContext.getStore();
}

export function onShutdown(hook: () => Promise<void> | void): void {
  serverRuntime()?.shutdownHooks.add(hook);
}

/** Keeps one instance of something per process (pools, clients, registries), whichever bundle asks. */
export function perProcess<T>(name: string, create: () => T): T {
  const key = Symbol.for(`messages-playground.${name}`);
  const store = globalThis as Record<symbol, T | undefined>;
  return (store[key] ??= create());
}

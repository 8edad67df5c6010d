"use client";

import { CacheStatus } from "./cache-status";
import { CallFigures } from "./call-figures";
import { PreSend } from "./pre-send";
import { useUsageSetup } from "./use-usage-setup";

function Part({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <div className="border-t border-slate-200 px-3 py-3 first:border-t-0 dark:border-slate-800">
      <h3 className="mb-2 text-xs font-semibold tracking-wide text-muted uppercase">{title}</h3>
      {children}
    </div>
  );
}

/** Tokens, cost and timing: of the latest call (live while it streams), of the request before it is sent, and of the cache. */
export function UsagePanel() {
  useUsageSetup();
  return (
    <section aria-label="Usage" className="panel">
      <h2 className="panel-title">Usage</h2>
      <Part title="Last call">
        <CallFigures />
      </Part>
      <Part title="Before sending">
        <PreSend />
      </Part>
      <Part title="Prompt cache">
        <CacheStatus />
      </Part>
    </section>
  );
}

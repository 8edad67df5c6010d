"use client";

import dynamic from "next/dynamic";
import { usePlaygroundStore } from "@/lib/store/playground-store";
import { useUsable } from "./hooks/use-usable";
import { VariablesPanel } from "./compare/variables-panel";
import { VariantBar } from "./compare/variant-bar";
import { ParameterPanel } from "./parameter-panel";
import { RequestEditor } from "./editor/request-editor";
import { Transcript } from "./transcript/transcript";
import { UsagePanel } from "./usage/usage-panel";

// What a single request's first view does not need loads after Run is usable: a comparison's outputs (its columns,
// the results grid, Diff) and the test cases.
const CompareOutputs = dynamic(() => import("./compare/compare-outputs").then((m) => m.CompareOutputs), {
  ssr: false,
});
const TestCasesPanel = dynamic(() => import("./compare/test-cases-panel").then((m) => m.TestCasesPanel), {
  ssr: false,
});

/** A comparison: several variants, test cases, or repeats. Otherwise the page is the single request it always was. */
const comparing = (s: { variants: unknown[]; testCases: unknown[]; repeats: number }) =>
  s.variants.length > 1 || s.testCases.length > 0 || s.repeats > 1;

/** Everything under the header: the variants' bar and the columns. */
export function Workbench() {
  const compare = usePlaygroundStore(comparing);
  const usable = useUsable();
  return (
    <>
      <VariantBar />
      <Main compare={compare} usable={usable} />
    </>
  );
}

/**
 * One request: the panel, its JSON, and its transcript with its usage, in three columns. A comparison: the selected
 * variant's panel above its JSON, and beside them what the run is made of (variables, test cases) and what it gives
 * (the variants' columns, or the results grid), then the selected variant's usage. The panel and the JSON editor keep
 * their place in the tree in both (wrappers that do not lay out in one of them), so that turning a request into a
 * comparison never rebuilds the editor.
 */
function Main({ compare, usable }: { compare: boolean; usable: boolean }) {
  // Without test cases yet, their panel (an invitation) goes under the outputs rather than push them down.
  const hasCases = usePlaygroundStore((s) => s.testCases.length > 0);
  return (
    <main
      className={`grid flex-1 gap-3 p-3 lg:min-h-0 lg:grid-rows-[minmax(0,1fr)] lg:overflow-hidden ${compare ? "lg:grid-cols-[26rem_minmax(0,1fr)]" : "lg:grid-cols-[24rem_minmax(0,1fr)_minmax(0,1fr)]"}`}
    >
      <div
        className={
          compare
            ? "flex min-w-0 flex-col gap-3 lg:min-h-0 [&>section:first-child]:lg:min-h-0 [&>section:first-child]:lg:flex-1"
            : "contents"
        }
      >
        <ParameterPanel />
        <div
          className={compare ? "flex min-h-[28rem] flex-col *:flex-1 lg:h-[40%] lg:min-h-0 lg:shrink-0" : "contents"}
        >
          <RequestEditor />
        </div>
      </div>
      <div className="flex min-w-0 flex-col gap-3 *:shrink-0 lg:overflow-y-auto">
        <VariablesPanel />
        {compare ? (
          <>
            {hasCases && <TestCasesPanel />}
            <CompareOutputs />
            <UsagePanel />
            {!hasCases && <TestCasesPanel />}
          </>
        ) : (
          <>
            <Transcript />
            <UsagePanel />
            {usable && <TestCasesPanel />}
          </>
        )}
      </div>
    </main>
  );
}

"use client";

import { useState } from "react";
import { usePlaygroundStore } from "@/lib/store/playground-store";
import { casesToCsv, casesToJsonLines, MAX_TEST_CASES } from "@/lib/test-cases/test-cases";
import { selectVariableNames } from "@/lib/store/variable-names";
import { downloadText, stamp } from "../usage/download";
import { CaseImportDialog } from "./case-import-dialog";

/** The test cases' columns: the variables the variants use, then any other column the cases hold (from an import),
 * which no variable uses. */
function useColumns() {
  const variables = usePlaygroundStore(selectVariableNames);
  const cases = usePlaygroundStore((s) => s.testCases);
  const others = [...new Set(cases.flatMap((c) => Object.keys(c.values)))].filter((name) => !variables.includes(name));
  return { variables, others, all: [...variables, ...others] };
}

/** Test cases: a row per case and a column per {{variable}}, edited in place, added, pasted or imported (CSV, tab-
 * separated, JSON Lines) and exported. With test cases, Run fills the Results grid: every case × every variant. */
export function TestCasesPanel() {
  const cases = usePlaygroundStore((s) => s.testCases);
  const columns = useColumns();
  const [importing, setImporting] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const store = usePlaygroundStore.getState;
  const table = () => ({ columns: columns.all, rows: cases.map((c) => c.values) });
  return (
    <section aria-label="Test cases" className="panel">
      <div className="panel-title flex flex-wrap items-center gap-2">
        <h2>Test cases</h2>
        {cases.length > 0 && <span className="text-xs font-normal text-muted">{cases.length}</span>}
        <div className="ml-auto flex flex-wrap gap-1.5">
          <button
            type="button"
            className="btn-small"
            disabled={cases.length >= MAX_TEST_CASES}
            onClick={() => store().addTestCase()}
          >
            Add test case
          </button>
          <button type="button" className="btn-small" onClick={() => setImporting(true)}>
            Paste or import
          </button>
          {cases.length > 0 && (
            <>
              <button
                type="button"
                className="btn-small"
                onClick={() => downloadText(`test-cases-${stamp()}.csv`, casesToCsv(table()), "text/csv;charset=utf-8")}
              >
                Export CSV
              </button>
              <button
                type="button"
                className="btn-small"
                onClick={() =>
                  downloadText(`test-cases-${stamp()}.jsonl`, casesToJsonLines(table()), "application/jsonl")
                }
              >
                Export JSON Lines
              </button>
            </>
          )}
        </div>
      </div>
      {status && (
        <p role="status" className="px-3 pt-2 text-xs text-muted">
          {status}
        </p>
      )}
      {cases.length === 0 ? (
        <p className="p-3 text-xs text-muted">
          Run one request over many inputs: write <code>{"{{name}}"}</code> where an input goes (the system prompt, a
          message, a tool&apos;s description), then add a test case per input. Run then fills a grid of every test case
          with every variant.
        </p>
      ) : (
        <CaseTable columns={columns} />
      )}
      {importing && (
        <CaseImportDialog
          onClose={() => setImporting(false)}
          onImported={(count) => {
            setImporting(false);
            setStatus(`${count} test case${count === 1 ? "" : "s"} imported.`);
          }}
        />
      )}
    </section>
  );
}

function CaseTable({ columns }: { columns: ReturnType<typeof useColumns> }) {
  const cases = usePlaygroundStore((s) => s.testCases);
  const store = usePlaygroundStore.getState;
  return (
    <div className="max-h-80 overflow-auto">
      <table className="w-full border-collapse text-sm">
        <caption className="sr-only">Test cases: a row per case, a column per variable</caption>
        <thead className="sticky top-0 z-10 bg-white text-xs text-muted dark:bg-slate-900">
          <tr>
            <th scope="col" className="w-10 px-2 py-1 text-left font-medium">
              #
            </th>
            {columns.all.map((name) => (
              <th key={name} scope="col" className="px-2 py-1 text-left font-mono font-medium">
                {name}
                {columns.others.includes(name) && (
                  <span className="ml-1 font-sans font-normal" title="No variant uses this variable">
                    (not used)
                  </span>
                )}
              </th>
            ))}
            <th scope="col" className="w-8 px-2 py-1">
              <span className="sr-only">Remove</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {cases.map((testCase, row) => (
            <tr key={testCase.id} className="border-t border-slate-100 align-top dark:border-slate-800">
              <th scope="row" className="px-2 py-1.5 text-left text-xs font-normal text-muted">
                {row + 1}
              </th>
              {columns.all.map((name) => (
                <td key={name} className="min-w-40 px-1 py-1">
                  <textarea
                    rows={1}
                    aria-label={`${name}, test case ${row + 1}`}
                    data-case-value={`${row}:${name}`}
                    className="field-input field-sizing-content max-h-32 resize-y py-1 text-xs"
                    value={testCase.values[name] ?? ""}
                    onChange={(e) => store().setCaseValue(row, name, e.target.value)}
                  />
                </td>
              ))}
              <td className="px-1 py-1 text-right">
                <button
                  type="button"
                  aria-label={`Remove test case ${row + 1}`}
                  title={`Remove test case ${row + 1}`}
                  className="rounded px-1.5 text-base leading-none text-muted hover:bg-slate-100 dark:hover:bg-slate-800"
                  onClick={() => store().removeTestCase(row)}
                >
                  ×
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {columns.all.length === 0 && (
        <p className="p-3 text-xs text-muted">
          These test cases have no column yet: write <code>{"{{name}}"}</code> in the request to add one.
        </p>
      )}
    </div>
  );
}

"use client";

import { usePlaygroundStore } from "@/lib/store/playground-store";
import { unwrittenMessage, useFieldIssues } from "./use-issues";

/** The validation messages for one field, shown right under it (not for a message not written yet: Run says so).
 * `exact` shows only issues on the path itself, when its children show their own. */
export function FieldIssue({ path, id, exact }: { path: string; id?: string; exact?: boolean }) {
  const request = usePlaygroundStore((s) => s.request);
  const issues = useFieldIssues(path).filter(
    (issue) => (!exact || issue.path === path) && unwrittenMessage(issue, request) === undefined,
  );
  if (issues.length === 0) return null;
  return (
    <div id={id} className="mt-1 space-y-0.5" data-issue-path={path}>
      {issues.map((issue, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the list is rebuilt whole from validation; an issue has no identity of its own
        <p key={i} className="text-xs text-red-700 dark:text-red-400">
          <IssueText message={issue.message} />
        </p>
      ))}
    </div>
  );
}

/** The API's wording, with a documentation address it ends on shown as a link: written out, it wrapped into a tall
 * column under a narrow field. The run-blocked message keeps the full text. */
function IssueText({ message }: { message: string }) {
  const match = /\s*(?:Please consult our documentation at )?(https:\/\/\S+?)\.?$/.exec(message);
  if (!match) return <>{message}</>;
  return (
    <>
      {message.slice(0, match.index)}{" "}
      <a href={match[1]} target="_blank" rel="noreferrer" className="underline">
        Docs
      </a>
    </>
  );
}

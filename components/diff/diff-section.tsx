import { type ReactNode, useId } from "react";

/** A part of the Diff dialog: a region named by its heading, with a short summary beside it. */
export function DiffSection({ title, note, children }: { title: string; note?: ReactNode; children: ReactNode }) {
  const id = useId();
  return (
    <section aria-labelledby={id} className="space-y-2">
      <div className="flex flex-wrap items-baseline gap-x-2">
        <h3 id={id} className="text-sm font-semibold">
          {title}
        </h3>
        {note && <span className="text-xs text-muted">{note}</span>}
      </div>
      {children}
    </section>
  );
}

// A labelled figure: `dt` names it, `dd` holds the value (tests and screen readers read the pair).
export function Figure({ label, value, hint, swatch, large, wrap }: { label: string; value: string; hint?: string; swatch?: string; large?: boolean; wrap?: boolean }) {
  return (
    <div className="min-w-0">
      <dt className="flex items-center gap-1.5 text-xs text-slate-500 dark:text-slate-400">
        {swatch && <span aria-hidden className={`inline-block size-2 rounded-sm ${swatch}`} />}
        {label}
      </dt>
      <dd className={`font-mono tabular-nums ${wrap ? "break-all" : "whitespace-nowrap"} ${large ? "text-xl font-semibold" : "text-sm"}`} title={hint}>
        {value}
      </dd>
    </div>
  );
}

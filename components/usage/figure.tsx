// A labelled figure: `dt` names it, `dd` holds the value (tests and screen readers read the pair).
export function Figure(props: {
  label: string;
  value: string;
  hint?: string;
  swatch?: string;
  large?: boolean;
  wrap?: boolean;
  className?: string;
}) {
  const { label, value, hint, swatch, large, wrap, className = "" } = props;
  // The group is the dl's direct child: a dl may hold dt/dd pairs wrapped in one div, no deeper (axe: definition-list).
  return (
    <div className={`min-w-0 ${className}`}>
      <dt className="flex items-center gap-1.5 text-xs text-muted">
        {swatch && <span aria-hidden className={`inline-block size-2 rounded-sm ${swatch}`} />}
        {label}
      </dt>
      <dd
        className={`font-mono tabular-nums ${wrap ? "break-all" : "whitespace-nowrap"} ${large ? "text-xl font-semibold" : "text-sm"}`}
        title={hint}
      >
        {value}
      </dd>
    </div>
  );
}

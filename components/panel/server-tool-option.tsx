"use client";

import { useId } from "react";
import type { ServerToolOption } from "@/lib/messages/server-tools";
import { usePlaygroundStore } from "@/lib/store/playground-store";
import { NumberField } from "../ui/number-field";
import { useSyncedText } from "./use-synced-text";

type Json = Record<string, unknown>;

/** One option of a server tool's card, by its type: a whole number, a list of domains (one per line), an approximate
 * location, or citations on or off. An option left empty is left out of the request (the API's default). */
export function ServerToolOptionField({
  index,
  option,
  value,
}: {
  index: number;
  option: ServerToolOption;
  value: unknown;
}) {
  const setPath = usePlaygroundStore((s) => s.setPath);
  const set = (next: unknown) => setPath(["tools", index, option.key], next);
  const label = `Tool ${index + 1} ${option.label.toLowerCase()}`;
  const helpId = useId();
  const help = (
    <p id={helpId} className="mt-0.5 text-xs text-muted">
      {option.help}
    </p>
  );
  switch (option.kind) {
    case "integer":
      return (
        <div>
          <NumberField
            label={label}
            value={typeof value === "number" ? value : undefined}
            min={1}
            step={1}
            rangeMessage={false}
            onChange={set}
          />
          {help}
        </div>
      );
    case "domains":
      return <DomainsField label={label} value={value} helpId={helpId} help={help} onChange={set} />;
    case "citations":
      return (
        <div>
          <label className="flex items-center gap-1.5 text-xs text-slate-700 dark:text-slate-300">
            <input
              type="checkbox"
              aria-describedby={helpId}
              checked={(value as Json | undefined)?.enabled === true}
              onChange={(e) => set(e.target.checked ? { ...(value as Json), enabled: true } : undefined)}
            />
            {label}
          </label>
          {help}
        </div>
      );
    case "location":
      return (
        <LocationField label={label} value={value as Json | undefined} helpId={helpId} help={help} onChange={set} />
      );
  }
}

const lines = (value: unknown) => (Array.isArray(value) ? value.join("\n") : "");
const parseLines = (text: string) =>
  text
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);

function DomainsField(props: {
  label: string;
  value: unknown;
  helpId: string;
  help: React.ReactNode;
  onChange: (value: string[] | undefined) => void;
}) {
  const id = useId();
  const [text, setText] = useSyncedText(props.value, lines, parseLines);
  return (
    <div>
      <label htmlFor={id} className="field-label">
        {props.label}
      </label>
      <textarea
        id={id}
        rows={2}
        className="field-input resize-y font-mono text-xs"
        placeholder="example.com"
        aria-describedby={props.helpId}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          const domains = parseLines(e.target.value);
          props.onChange(domains.length ? domains : undefined);
        }}
      />
      {props.help}
    </div>
  );
}

const LOCATION_PARTS = [
  ["city", "City", "e.g. San Francisco"],
  ["region", "Region", "e.g. California"],
  ["country", "Country", "e.g. US (two letters)"],
  ["timezone", "Time zone", "e.g. America/Los_Angeles"],
] as const;

function LocationField(props: {
  label: string;
  value: Json | undefined;
  helpId: string;
  help: React.ReactNode;
  onChange: (value: Json | undefined) => void;
}) {
  const legendId = useId();
  const ids = useId();
  const change = (key: string, text: string) => {
    const next: Json = { ...props.value, type: "approximate", [key]: text || undefined };
    if (!text) delete next[key];
    const empty = LOCATION_PARTS.every(([part]) => !next[part]);
    props.onChange(empty ? undefined : next);
  };
  return (
    <fieldset aria-describedby={props.helpId}>
      <legend id={legendId} className="field-label">
        {props.label}
      </legend>
      <div className="grid grid-cols-2 gap-1.5">
        {LOCATION_PARTS.map(([key, name, placeholder]) => (
          <div key={key}>
            <label id={`${ids}-${key}`} htmlFor={`${ids}-${key}-input`} className="text-xs text-muted">
              {name}
            </label>
            <input
              id={`${ids}-${key}-input`}
              aria-labelledby={`${legendId} ${ids}-${key}`}
              className="field-input text-xs"
              placeholder={placeholder}
              value={typeof props.value?.[key] === "string" ? (props.value[key] as string) : ""}
              onChange={(e) => change(key, e.target.value)}
            />
          </div>
        ))}
      </div>
      {props.help}
    </fieldset>
  );
}

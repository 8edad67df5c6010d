// What the simulator's code execution prints. It runs nothing: it reads a program line by line and writes what simple
// lines would print — Python's print() of strings, numbers, arithmetic and variables assigned from those, Bash's echo
// (with $((arithmetic))) and a Python heredoc or `python3 -c` — and stops at the first other line with a clear
// stderr and exit code 1, saying that the simulator does not run that line.
import { evaluate, pythonNumber } from "./arithmetic";

export interface CodeOutcome {
  stdout: string;
  stderr: string;
  return_code: number;
}

type Value = { kind: "number"; value: number; float: boolean } | { kind: "string"; value: string };

const NOT_RUN = (line: string, what: string) =>
  `The playground's simulator does not run code: it prints only ${what}.\nThis line was not run:\n    ${line.trim()}\n`;

export function runPython(code: string): CodeOutcome {
  const vars = new Map<string, Value>();
  let stdout = "";
  for (const raw of code.split("\n")) {
    // The comment from the start of the whitespace before it (the look-behind): tried from every place of a long run of
    // spaces, the pattern scanned the rest of the run each time.
    const line = raw.replace(/(?<!\s)\s+#.*$/, "").trimEnd();
    if (!line.trim() || line.trim().startsWith("#") || /^\s*(?:import|from)\s+[\w.]+/.test(line)) continue;
    const assignment = /^\s*([A-Za-z_]\w*)\s*=\s*(.+)$/.exec(line);
    if (assignment && !assignment[2].startsWith("=")) {
      const value = pythonValue(assignment[2], vars);
      if (value) {
        vars.set(assignment[1], value);
        continue;
      }
    }
    const call = /^\s*print\((.*)\)\s*$/.exec(line);
    const values = call ? splitArguments(call[1]).map((arg) => pythonValue(arg, vars)) : [];
    if (!call || values.some((v) => v === undefined)) {
      return {
        stdout,
        stderr: NOT_RUN(line, "print() of strings, numbers and arithmetic, and variables assigned from them"),
        return_code: 1,
      };
    }
    stdout += `${values.map((v) => (v!.kind === "string" ? v!.value : pythonNumber(v!.value, v!.float))).join(" ")}\n`;
  }
  return { stdout, stderr: "", return_code: 0 };
}

export function runBash(command: string): CodeOutcome {
  let stdout = "";
  const lines = command.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (!line || line.startsWith("#")) continue;
    const heredoc = /^python3?\s*<<\s*['"]?(\w+)['"]?\s*$/.exec(line);
    if (heredoc) {
      const end = lines.findIndex((l, j) => j > i && l.trim() === heredoc[1]);
      const body = lines.slice(i + 1, end < 0 ? undefined : end).join("\n");
      const outcome = runPython(body);
      stdout += outcome.stdout;
      if (outcome.return_code !== 0) return { ...outcome, stdout };
      i = end < 0 ? lines.length : end;
      continue;
    }
    const inline = /^python3?\s+-c\s+(["'])([\s\S]*)\1$/.exec(line);
    if (inline) {
      const outcome = runPython(inline[2].replace(/;\s*/g, "\n"));
      stdout += outcome.stdout;
      if (outcome.return_code !== 0) return { ...outcome, stdout };
      continue;
    }
    const echo = /^echo\s+(.*)$/.exec(line);
    const text = echo ? echoText(echo[1]) : undefined;
    if (text === undefined)
      return { stdout, stderr: NOT_RUN(line, "echo, $((arithmetic)) and Python's print()"), return_code: 1 };
    stdout += `${text}\n`;
  }
  return { stdout, stderr: "", return_code: 0 };
}

function echoText(args: string): string | undefined {
  const unquoted = args.trim().replace(/^(["'])(.*)\1$/, "$2");
  if (/[|;&><`]|\$(?!\(\()/.test(unquoted)) return undefined;
  let failed = false;
  const text = unquoted.replace(/\$\(\((.*?)\)\)/g, (_, expression: string) => {
    const value = evaluate(expression.replace(/\*\*/g, "**"));
    if (value === undefined) failed = true;
    return String(Math.trunc(value ?? 0)); // Bash arithmetic is integer arithmetic
  });
  return failed ? undefined : text;
}

function pythonValue(expression: string, vars: Map<string, Value>): Value | undefined {
  const text = expression.trim();
  const quoted = /^(['"])(.*)\1$/.exec(text);
  if (quoted && !quoted[2].includes(quoted[1])) return { kind: "string", value: quoted[2].replace(/\\n/g, "\n") };
  const known = vars.get(text);
  if (known) return known;
  let float = /(?<!\/)\/(?!\/)|\d\.\d/.test(text);
  const substituted = text.replace(/\b[A-Za-z_]\w*\b/g, (name) => {
    const value = vars.get(name);
    if (value?.kind !== "number") return "\u0000"; // an unknown name: not something the simulator can print
    float ||= value.float;
    return `(${value.value})`;
  });
  if (substituted.includes("\u0000")) return undefined;
  const value = evaluate(substituted);
  return value === undefined ? undefined : { kind: "number", value, float };
}

/** print()'s arguments: split at commas outside quotes and parentheses. */
function splitArguments(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let quote = "";
  let current = "";
  for (const char of text) {
    if (quote) {
      if (char === quote) quote = "";
    } else if (char === '"' || char === "'") quote = char;
    else if (char === "(") depth++;
    else if (char === ")") depth--;
    else if (char === "," && depth === 0) {
      out.push(current);
      current = "";
      continue;
    }
    current += char;
  }
  if (current.trim()) out.push(current);
  return out;
}

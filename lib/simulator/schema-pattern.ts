// A schema's `pattern` is a regular expression the request brings, which the simulator tests on the values it tries for
// a string. One with nested quantifiers takes time exponential in the value's length (`^(a+)+b$` on a 28-letter word:
// over a second, each letter doubling it), in the server's only thread. So the tests run in node:vm with a deadline,
// which interrupts the engine, and share one budget per generated value: past it, every pattern fits nothing.
import vm from "node:vm";

/** What the pattern tests of one generated value may take in all: far above what an ordinary pattern takes, so that a
 * loaded machine does not change a reply (the deadline is wall time), and low enough that no request holds the thread. */
const BUDGET_MS = 250;

const TEST = new vm.Script("pattern.test(value)");
const context = vm.createContext({ pattern: /(?:)/u, value: "" });

/** Whether `value` matches `pattern` (a schema's, with the `u` flag); a pattern that does not compile fits nothing. */
export type PatternTest = (pattern: string, value: string) => boolean;

/** The pattern tests of one generated value: each pattern compiled once, all of them run against one budget. */
export function patternTests(): PatternTest {
  const compiled = new Map<string, RegExp | null>();
  let leftMs = BUDGET_MS;
  return (pattern, value) => {
    if (leftMs <= 0) return false;
    let regexp = compiled.get(pattern);
    if (regexp === undefined) {
      try {
        regexp = new RegExp(pattern, "u");
      } catch {
        regexp = null;
      }
      compiled.set(pattern, regexp);
    }
    if (!regexp) return false;
    context.pattern = regexp;
    context.value = value;
    const started = performance.now();
    try {
      return TEST.runInContext(context, { timeout: Math.ceil(leftMs) }) === true;
    } catch {
      leftMs = 0; // the deadline passed: the rest of this value's patterns fit nothing
      return false;
    } finally {
      leftMs -= performance.now() - started;
    }
  };
}

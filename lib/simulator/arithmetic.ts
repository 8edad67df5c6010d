// Arithmetic in a user's words, which the simulator reads the way a model would: to see that "What is 2+3?" asks to
// add, to fill a calculator's `expression` or an add tool's numbers, and to print what `print(17 * 23)` prints. Not an
// interpreter: numbers, + - * / // % ** (^ as power), unary minus and parentheses, nothing else.
import { firstNonSpaceFrom, lastNonSpaceBefore, trimEndWhere } from "./text-ends";

// Each pattern starts where a run of the characters it opens with starts (the look-behind): tried from every place
// inside a long run, it would scan the rest of the run each time (text-ends.ts).
const WORD_OPERATORS: Array<[RegExp, string]> = [
  [/(?<!\s)\s+plus\s+/gi, " + "],
  [/(?<!\s)\s+minus\s+/gi, " - "],
  [/(?<!\s)\s+(?:times|multiplied by)\s+/gi, " * "],
  [/(?<!\s)\s+divided by\s+/gi, " / "],
  [/(?<!\s)\s*[x×]\s*/g, " * "],
  [/(?<!\s)\s*÷\s*/g, " / "],
];

const CANDIDATE = /(?<![-(])[-(]*\d[\d.\s()+\-*/^%]*/g;
const DIGIT = /\d/;
/** What ends a candidate without being part of its arithmetic: an operator or a point with nothing after it. */
const TRAILING = /[-+*/^%.\s]/;

/** The first arithmetic expression in a text, in symbols ("What is 3 plus 4?" → "3 + 4"); dates and lone numbers are
 * not expressions. */
export function findExpression(text: string): string | undefined {
  const plain = text
    .replace(/https?:\/\/\S+/g, " ")
    .replace(/\b\d{4}-\d{2}-\d{2}\b/g, " ")
    .replace(/\b\d{1,2}:\d{2}\b/g, " ");
  let symbolic = plain;
  for (const [pattern, operator] of WORD_OPERATORS)
    symbolic = symbolic.replace(pattern, (match, offset: number, whole: string) =>
      // "x" and "×" are operators only between numbers ("3 x 4"), never inside a word ("box").
      /[x×]/.test(match) &&
      !(DIGIT.test(lastNonSpaceBefore(whole, offset)) && DIGIT.test(firstNonSpaceFrom(whole, offset + match.length)))
        ? match
        : operator,
    );
  for (const match of symbolic.matchAll(CANDIDATE)) {
    const candidate = trimParens(trimEndWhere(match[0].trim(), (char) => TRAILING.test(char)));
    if (/\d\s*(?:\*\*|[-+*/^%])\s*[-(]*\d/.test(candidate) && evaluate(candidate) !== undefined) return candidate;
  }
  return undefined;
}

/** Unbalanced parentheses at the ends come from the surrounding prose ("(about 2 + 3)"). */
function trimParens(text: string): string {
  let out = text;
  let open = text.split("(").length - 1;
  let close = text.split(")").length - 1;
  for (; out.startsWith("(") && open > close; open--) out = out.slice(1).trim();
  for (; out.endsWith(")") && close > open; close--) out = out.slice(0, -1).trim();
  return out;
}

/** The numbers a text gives, in order ("between 2 and 3.5" → [2, 3.5]); a minus after a number is subtraction. */
export function numbersIn(text: string): number[] {
  const plain = text.replace(/https?:\/\/\S+/g, " ");
  return [...plain.matchAll(/-?\d+(?:\.\d+)?/g)]
    .filter((m) => !/[\w.]/.test(plain[m.index - 1] ?? "") || m[0].startsWith("-"))
    .map((m) => {
      const subtraction = m[0].startsWith("-") && /[\d)]/.test(lastNonSpaceBefore(plain, m.index));
      return Number(subtraction ? m[0].slice(1) : m[0]);
    });
}

type Token = { kind: "num"; value: number } | { kind: "op"; value: string };

function tokenize(expression: string): Token[] | undefined {
  const tokens: Token[] = [];
  const pattern = /\s*(\d+(?:\.\d+)?|\*\*|\/\/|[-+*/^%()])/y;
  let at = 0;
  while (at < expression.length) {
    pattern.lastIndex = at;
    const match = pattern.exec(expression);
    if (!match) return expression.slice(at).trim() === "" ? tokens : undefined;
    const text = match[1];
    tokens.push(/\d/.test(text) ? { kind: "num", value: Number(text) } : { kind: "op", value: text });
    at = pattern.lastIndex;
  }
  return tokens;
}

/** The value of an arithmetic expression, or undefined when it is not one (or divides by zero). */
export function evaluate(expression: string): number | undefined {
  const tokens = tokenize(expression);
  if (!tokens || tokens.length === 0) return undefined;
  let i = 0;
  const peek = () => tokens[i];
  const isOp = (...ops: string[]) => peek()?.kind === "op" && ops.includes(peek()!.value as string);
  const sum = (): number => {
    let value = product();
    while (isOp("+", "-")) value = tokens[i++].value === "+" ? value + product() : value - product();
    return value;
  };
  const product = (): number => {
    let value = unary();
    while (isOp("*", "/", "//", "%")) {
      const op = tokens[i++].value;
      const right = unary();
      if (op !== "*" && right === 0) throw new Error("division by zero");
      value =
        op === "*"
          ? value * right
          : op === "/"
            ? value / right
            : op === "//"
              ? Math.floor(value / right)
              : value % right;
    }
    return value;
  };
  const unary = (): number => {
    if (isOp("-")) {
      i++;
      return -unary();
    }
    if (isOp("+")) {
      i++;
      return unary();
    }
    return power();
  };
  const power = (): number => {
    const base = atom();
    if (isOp("**", "^")) {
      i++;
      return base ** unary();
    }
    return base;
  };
  const atom = (): number => {
    const token = tokens[i++];
    if (token?.kind === "num") return token.value;
    if (token?.kind === "op" && token.value === "(") {
      const value = sum();
      if (!isOp(")")) throw new Error("unclosed parenthesis");
      i++;
      return value;
    }
    throw new Error("not an expression");
  };
  try {
    const value = sum();
    return i === tokens.length && Number.isFinite(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

/** A number as Python prints it: integers without a decimal point, true division always with one. */
export function pythonNumber(value: number, trueDivision: boolean): string {
  if (Number.isInteger(value) && !trueDivision) return String(value);
  if (Number.isInteger(value)) return `${value}.0`;
  return String(Number(value.toPrecision(15)));
}

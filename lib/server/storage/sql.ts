// SQL as a tagged template: values never enter the text, so a store cannot build an injectable statement,
// and one statement is written once for both engines (SQLite numbers its parameters `?`, Postgres `$1`).
// A value that is itself a `Sql` fragment is spliced in, so filters can be composed (`join`).

export class Sql {
  constructor(
    readonly strings: readonly string[],
    readonly values: readonly unknown[],
  ) {}

  /** The statement for an engine: its text with that engine's placeholders, and the values in order. */
  render(placeholder: (index: number) => string): { text: string; values: unknown[] } {
    let text = "";
    const values: unknown[] = [];
    const walk = (fragment: Sql) => {
      fragment.strings.forEach((part, i) => {
        text += part;
        if (i === fragment.values.length) return;
        const value = fragment.values[i];
        if (value instanceof Sql) walk(value);
        else {
          values.push(value);
          text += placeholder(values.length);
        }
      });
    };
    walk(this);
    return { text, values };
  }
}

export function sql(strings: TemplateStringsArray, ...values: unknown[]): Sql {
  return new Sql(strings, values);
}

/** Fragments joined by a separator (`AND`, `,`); an empty list is an empty fragment. */
export function join(fragments: readonly Sql[], separator: string): Sql {
  if (fragments.length === 0) return new Sql([""], []);
  const strings = ["", ...fragments.slice(1).map(() => separator), ""];
  return new Sql(strings, fragments);
}

/** A statement of constant text, without values: migrations' DDL (which may hold several statements).
 * Never built from input. */
export function constantSql(text: string): Sql {
  return new Sql([text], []);
}

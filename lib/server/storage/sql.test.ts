import { describe, expect, it } from "vitest";
import { join, sql } from "./sql";

const sqlite = () => "?";
const postgres = (i: number) => `$${i}`;

describe("sql", () => {
  it("keeps values out of the text, numbered per engine", () => {
    const id = "x'; DROP TABLE shared_presets; --";
    const query = sql`SELECT body FROM shared_presets WHERE id = ${id} AND created_at > ${5}`;
    expect(query.render(sqlite)).toEqual({
      text: "SELECT body FROM shared_presets WHERE id = ? AND created_at > ?",
      values: [id, 5],
    });
    expect(query.render(postgres).text).toBe("SELECT body FROM shared_presets WHERE id = $1 AND created_at > $2");
  });

  it("splices fragments and joins them, numbering across all of them", () => {
    const filters = [sql`model = ${"m"}`, sql`status >= ${400}`];
    const query = sql`SELECT * FROM t WHERE ${join(filters, " AND ")} LIMIT ${10}`;
    expect(query.render(postgres)).toEqual({
      text: "SELECT * FROM t WHERE model = $1 AND status >= $2 LIMIT $3",
      values: ["m", 400, 10],
    });
    expect(sql`SELECT 1${join([], " AND ")}`.render(sqlite)).toEqual({ text: "SELECT 1", values: [] });
  });
});

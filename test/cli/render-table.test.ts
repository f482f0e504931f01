import { describe, expect, it } from "vitest";
import { renderTable } from "../../src/cli/output.js";

describe("renderTable", () => {
  it("aligns each column to its widest cell", () => {
    expect(
      renderTable(
        ["A", "Bee"],
        [
          ["xx", "y"],
          ["z", "wwww"],
        ],
      ).split("\n"),
    ).toEqual(["A   Bee", "--  ----", "xx  y", "z   wwww"]);
  });
  it("takes a table of a million rows (no argument spread over the rows)", () => {
    const rows = Array.from({ length: 1_000_000 }, (_, i) => [String(i), "x"]);
    const lines = renderTable(["Row", "X"], rows).split("\n");
    expect(lines).toHaveLength(1_000_002);
    expect(lines[1]).toBe("------  -");
  });
});

import { describe, expect, it } from "vitest";
import { parse } from "csv-parse/sync";
import { toCsv } from "../../src/cli/columns/csv.js";

describe("CSV output", () => {
  it("quotes a cell with a comma, a quote or a line break, ends lines with CRLF, writes null as empty", () => {
    const text = toCsv(["Ticket", "Note", "Days"], [["T-1", 'a "b", c', 3], ["T-2", "x\ny", null], ["T-3", "plain", true]]);
    expect(text).toBe('Ticket,Note,Days\r\nT-1,"a ""b"", c",3\r\nT-2,"x\ny",\r\nT-3,plain,true\r\n');
    expect(parse(text)).toEqual([["Ticket", "Note", "Days"], ["T-1", 'a "b", c', "3"], ["T-2", "x\ny", ""], ["T-3", "plain", "true"]]);
  });
});

// `check`: the explanation of a failing case in the text output, the YAML line of each case,
// and `--format junit` (JUnit XML for CI dashboards), parsed here as XML.
import { describe, expect, it } from "vitest";
import { cli } from "./run-cli.js";

interface XmlElement {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: XmlElement[];
  text: string;
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
const decode = (s: string) =>
  s.replace(/&(\w+);/g, (m, name: string) => {
    const value = ENTITIES[name];
    if (value === undefined) throw new Error(`unknown entity ${m}`);
    return value;
  });

/** A strict little XML parser: elements, attributes, text and the five entities; throws on anything unbalanced. */
function parseXml(xml: string): XmlElement {
  const body = xml.replace(/^<\?xml[^?]*\?>\s*/, "");
  const root: XmlElement = { name: "#root", attributes: {}, children: [], text: "" };
  const stack: XmlElement[] = [root];
  const token = /<(\/?)([\w:-]+)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>|([^<]+)/gy;
  let m: RegExpExecArray | null;
  let at = 0;
  while (at < body.length) {
    token.lastIndex = at;
    m = token.exec(body);
    if (!m) throw new Error(`not XML at offset ${at}`);
    at = token.lastIndex;
    const [, closing, name, attrs, selfClosing, text] = m;
    const top = stack[stack.length - 1] as XmlElement;
    if (text !== undefined) {
      top.text += decode(text);
    } else if (closing) {
      if (top.name !== name) throw new Error(`</${name}> closes <${top.name}>`);
      stack.pop();
    } else {
      const attributes = Object.fromEntries(
        [...(attrs ?? "").matchAll(/([\w:-]+)="([^"]*)"/g)].map(([, k, v]) => [k, decode(v ?? "")]),
      );
      const element: XmlElement = { name: name ?? "", attributes, children: [], text: "" };
      top.children.push(element);
      if (!selfClosing) stack.push(element);
    }
  }
  if (stack.length !== 1 || root.children.length !== 1) throw new Error("unbalanced XML");
  return root.children[0] as XmlElement;
}

const FIXTURES = ["test/fixtures/cli/mismatch.yaml", "test/fixtures/cli/mismatch-explained.yaml"];

describe("check output", () => {
  it("text: each failing case with its file and line, its diff and the explanation of the actual result", () => {
    const run = cli(["check", ...FIXTURES]);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain("    at test/fixtures/cli/mismatch.yaml:8");
    expect(run.stdout).toContain("    at test/fixtures/cli/mismatch-explained.yaml:5");
    expect(run.stdout).toMatch(
      / {4}why: ticket received by the MCO 2024-06-04 → \+ 30 calendar days = 2024-07-04 → 2024-07-04 Independence Day .* rolled forward to 2024-07-05/,
    );
  });
  it("--format junit: one testsuite per file, one testcase per row with its line, failures with their diffs", () => {
    const run = cli(["check", ...FIXTURES, "--format", "junit"]);
    expect(run.status).toBe(1);
    const root = parseXml(run.stdout);
    expect(root.name).toBe("testsuites");
    expect(root.attributes).toMatchObject({ tests: "3", failures: "2" });
    const suites = root.children;
    expect(suites.map((s) => s.attributes.name)).toEqual([
      "test/fixtures/cli/mismatch-explained.yaml",
      "test/fixtures/cli/mismatch.yaml",
    ]);
    const cases = suites.flatMap((s) => s.children);
    expect(cases.map((c) => [c.attributes.line, c.children.length])).toEqual([
      ["5", 1],
      ["5", 0],
      ["8", 1],
    ]);
    const failure = cases[2]?.children[0];
    expect(failure?.name).toBe("failure");
    expect(failure?.attributes.message).toBe('result: expected "2024-07-04", got "2024-07-05"');
    expect(cases[0]?.children[0]?.text).toContain("why: ticket received by the MCO");
  });
  it("--format junit passes on the library's own tables; a bad --format is a usage error", () => {
    const run = cli(["check", "test/rule-tables", "--format", "junit"]);
    expect(run.status).toBe(0);
    const root = parseXml(run.stdout);
    expect(Number(root.attributes.tests)).toBeGreaterThan(400);
    expect(root.attributes.failures).toBe("0");
    expect(cli(["check", "test/rule-tables", "--format", "xml"]).status).toBe(2);
  });
});

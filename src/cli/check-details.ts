// What `check` adds to a rule-table result: the JUnit XML report for CI dashboards. The YAML line
// of each case and the explanations of a failing case's actual result come from the runner
// (src/rule-tables/case-details.ts), which ruleTableTests shares.
/** One case of a check, for the JUnit report. */
export interface CheckedCase {
  readonly file: string;
  readonly line: number;
  readonly rule: string;
  readonly kind: string;
  readonly name: string;
  readonly passed: boolean;
  readonly diffs: readonly string[];
  readonly explanations: readonly string[];
}

// A character XML 1.0 cannot hold at all (a control character other than tab and line breaks,
// U+FFFE, U+FFFF) becomes U+FFFD.
function xmlChar(c: string): string {
  const code = c.charCodeAt(0);
  const allowed =
    code === 0x09 || code === 0x0a || code === 0x0d || (code >= 0x20 && code !== 0xfffe && code !== 0xffff);
  return allowed ? c : "\ufffd";
}

const escapeXml = (text: string) =>
  text
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .split("")
    .map(xmlChar)
    .join("");

function testcase(c: CheckedCase): string {
  const attrs =
    `classname="${escapeXml(c.file)}" name="${escapeXml(`${c.rule} · ${c.name} [${c.kind}]`)}" ` +
    `file="${escapeXml(c.file)}" line="${c.line}"`;
  if (c.passed) return `    <testcase ${attrs}/>`;
  const body = [...c.diffs, ...c.explanations.map((e) => `why: ${e}`), `at ${c.file}:${c.line}`].join("\n");
  return (
    `    <testcase ${attrs}>\n      <failure message="${escapeXml(c.diffs[0] ?? "mismatch")}" ` +
    `type="mismatch">${escapeXml(body)}</failure>\n    </testcase>`
  );
}

/** The cases as a JUnit XML report: one `testsuite` per table file, one `testcase` per row. */
export function junitReport(cases: readonly CheckedCase[]): string {
  const files = [...new Set(cases.map((c) => c.file))];
  const suites = files.map((file) => {
    const own = cases.filter((c) => c.file === file);
    const failures = own.filter((c) => !c.passed).length;
    return (
      `  <testsuite name="${escapeXml(file)}" tests="${own.length}" failures="${failures}" errors="0" ` +
      `skipped="0">\n${own.map(testcase).join("\n")}\n  </testsuite>`
    );
  });
  const failures = cases.filter((c) => !c.passed).length;
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="hfs-mco-rules check" tests="${cases.length}" ` +
    `failures="${failures}" errors="0">\n${suites.join("\n")}\n</testsuites>\n`
  );
}

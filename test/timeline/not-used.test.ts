// Regression (issue 23): a ticket closed without a contest has a deadline `not used`; the
// timeline accepted five statuses only, so the SVG, the page and `ticket --format html` (exit 2,
// an empty page) failed for any input that held one such ticket.
import { describe, expect, it } from "vitest";
import {
  illinoisStateCalendar,
  type TicketInput,
  ticketTimeline,
  ticketTimelineSvg,
  timelinePage,
} from "../../src/internal.js";
import { cli } from "../cli/run-cli.js";

const notContested: TicketInput = {
  ticketNumber: "T-1",
  mco: "Acme Health",
  program: "HealthChoice Illinois",
  providerType: "Hospital",
  internalDispute: {
    submittedToMcoOn: "2024-03-01",
    trackingNumber: "ACME-1",
    trackingNumberIssuedOn: "2024-03-02",
    resolution: null,
  },
  portalSubmittedOn: "2024-05-01",
  medicareOnly: false,
  feeForService: false,
  priorAuthorizationNotObtained: false,
  complete: true,
  providerRegistered: true,
  accessToCare: false,
  members: [],
  events: [
    { type: "presented to MCO", date: "2024-05-02" },
    {
      type: "proposal submitted",
      date: "2024-05-20",
      plan: "Reprocess",
      resolutionPeriod: null,
      contact: { name: "A. Smith", phone: "312-555-0100", email: "a.smith@acme.example" },
      checkboxes: { upheld: true, overturned: false },
    },
    { type: "ticket closed", date: "2024-07-01", reason: "not contested" },
  ],
};
const asOf = "2024-08-01";
const calendar = illinoisStateCalendar();

describe("a ticket closed without a contest (a deadline `not used`)", () => {
  const timeline = ticketTimeline(notContested, { asOf });
  it("has a deadline not used on its timeline", () => {
    expect(timeline.deadlines.map((d) => d.status)).toContain("not used");
  });
  it("draws it in the SVG, with a class that holds no space", () => {
    const svg = ticketTimelineSvg(timeline, calendar);
    expect(svg).toContain('class="deadline not-used" data-status="not used"');
    expect(svg).toContain('class="legend-item not-used"');
  });
  it("renders the HTML page, the status styled and in the deadline table", () => {
    const page = timelinePage([timeline], { asOf, calendar });
    expect(page).toContain('<td class="status-not-used">not used</td>');
    expect(page).toMatch(/td\.status-not-used \{ color: #[0-9a-f]{6}; \}/);
  });
  it("`ticket --format html` exits 0 with the page (it exited 2 with an empty one)", () => {
    const run = cli(
      ["ticket", "--as-of", asOf, "--input-format", "ndjson", "--format", "html"],
      `${JSON.stringify(notContested)}\n`,
    );
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^<!DOCTYPE html>/);
    expect(run.stdout).toContain('data-status="not used"');
  });
});

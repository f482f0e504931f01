// The closures of the Portal Team's intake review, each reported as the provider's error naming
// the rule and saying why, in the policy's order: who may enter a ticket, what it must contain,
// whether it belongs in the portal, then its timing (PORTAL-REGISTERED, PORTAL-COMPLETE,
// PORTAL-SCOPE-MEDICAID, PORTAL-INTERNAL-FIRST, PORTAL-TRACKING-NUMBER, PORTAL-SUBMIT-EARLIEST,
// PORTAL-SUBMIT-LATEST, PORTAL-PRIOR-AUTH).
import { describe, expect, it } from "vitest";
import { evaluateTicket, type TicketInput } from "../../src/index.js";
import { CLEAN_TICKET } from "./ticket-fixture.js";

const closures = (patch: Partial<TicketInput>) =>
  evaluateTicket({ ...CLEAN_TICKET, events: [], ...patch }, { asOf: "2024-07-01" }).findings.map(
    (f) => `${f.ruleId} ${f.code} ${f.party} ${f.severity} [${f.events.join(",")}] ${f.date}: ${f.message}`,
  );

describe("closures at intake", () => {
  it("every reason that applies, in order, each with why", () => {
    expect(
      closures({
        providerRegistered: false,
        complete: false,
        medicareOnly: true,
        feeForService: true,
        priorAuthorizationNotObtained: true,
        internalDispute: {
          submittedToMcoOn: "2024-05-20",
          trackingNumber: null,
          trackingNumberIssuedOn: null,
          resolution: null,
        },
      }),
    ).toEqual([
      "PORTAL-REGISTERED closed-provider-not-registered provider error [portal submission] 2024-05-20: Closed (provider not registered): the provider is not registered to use the Portal.",
      "PORTAL-COMPLETE closed-incomplete provider error [portal submission] 2024-05-20: Closed (incomplete): the submission is incomplete.",
      "PORTAL-SCOPE-MEDICAID closed-medicare-only provider error [portal submission] 2024-05-20: Closed (Medicare only): the complaint is Medicare only (the Portal handles the Medicaid portion only).",
      "PORTAL-SCOPE-MEDICAID closed-fee-for-service provider error [portal submission] 2024-05-20: Closed (fee-for-service): the complaint is about Medicaid fee-for-service, not an MCO.",
      "PORTAL-INTERNAL-FIRST closed-internal-process-not-used provider error [portal submission] 2024-05-20: Closed (internal process not used): submitted to the Portal 2024-05-20, not after the MCO's internal process (2024-05-20).",
      "PORTAL-TRACKING-NUMBER closed-missing-tracking-number provider error [portal submission] 2024-05-20: Closed (missing tracking number): no MCO complaint tracking number.",
      "PORTAL-SUBMIT-EARLIEST closed-premature provider error [portal submission] 2024-05-20: Closed (premature): submitted 0 calendar days after submitted to the MCO's internal process (no tracking-number date known) 2024-05-20, before day 30 (2024-06-19).",
      "PORTAL-PRIOR-AUTH closed-prior-authorization-not-obtained provider error [portal submission] 2024-05-20: Closed (prior authorization not obtained): the complaint involves failure to obtain a required prior authorization.",
    ]);
  });

  it("a submission after day 60 is closed as not timely, with the last day", () => {
    expect(closures({ portalSubmittedOn: "2024-06-02" })).toEqual([
      "PORTAL-SUBMIT-LATEST closed-not-timely provider error [portal submission] 2024-06-02: Closed (not timely): submitted 61 calendar days after tracking number issued (complaint received by the MCO) 2024-04-02, after the last day 2024-06-01.",
    ]);
  });

  it("a ticket filed the day after the dispute went to the MCO used the internal process; the same day did not", () => {
    const sameDay = closures({
      internalDispute: {
        submittedToMcoOn: "2024-05-20",
        trackingNumber: "ACME-1",
        trackingNumberIssuedOn: "2024-05-20",
        resolution: null,
      },
    });
    expect(sameDay[0]).toContain("closed-internal-process-not-used");
    const dayAfter = closures({
      internalDispute: {
        submittedToMcoOn: "2024-05-19",
        trackingNumber: "ACME-1",
        trackingNumberIssuedOn: "2024-05-19",
        resolution: null,
      },
    });
    expect(dayAfter.some((f) => f.includes("closed-internal-process-not-used"))).toBe(false);
  });
});

// The clean ticket the example-based portal tests start from: filed 2024-05-20, its internal
// dispute submitted 2024-04-01 with a tracking number of 2024-04-02 (a timely window), every
// intake fact clean (src/portal/cases.ts), no event yet.
import type { TicketInput } from "../../src/index.js";
import { CLEAN_INTAKE_FACTS } from "../../src/rule-tables/cases/portal.js";

/** An event as a caller writes it (dates as text). */
export type TicketEvent = TicketInput["events"][number];

export const CLEAN_TICKET: Omit<TicketInput, "events"> = {
  ticketNumber: "T-1",
  mco: "Acme Health",
  program: "HealthChoice Illinois",
  providerType: "Hospital",
  internalDispute: {
    submittedToMcoOn: "2024-04-01",
    trackingNumber: "ACME-1",
    trackingNumberIssuedOn: "2024-04-02",
    resolution: null,
  },
  portalSubmittedOn: "2024-05-20",
  ...CLEAN_INTAKE_FACTS,
  members: [],
};

/** A complete written proposal of the MCO on `date` (Upheld checked). */
export const proposalOn = (date: string): TicketEvent => ({
  type: "proposal submitted",
  date,
  plan: "Reprocess",
  resolutionPeriod: null,
  contact: { name: "A. Smith", phone: "312-555-0100", email: "a.smith@acme.example" },
  checkboxes: { upheld: true, overturned: false },
});

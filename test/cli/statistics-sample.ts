// A year of generated tickets for the statistics report's tests and its screenshot: the bench's
// seeded generator (bench/tickets.ts), the tickets submitted in 2024, with a rare provider type and
// a small MCO so that the report has small counts to hide.
import { ticketGenerator } from "../../bench/tickets.js";
import type { Ticket } from "../../src/index.js";

/** `size` tickets submitted in 2024 (deterministic), every 97th a dental provider's, every 61st at a small MCO. */
export function statisticsSample(size = 400): Ticket[] {
  const next = ticketGenerator(2024);
  const out: Ticket[] = [];
  for (let i = 0; out.length < size && i < 50 * size; i++) {
    const t = next(i);
    if (t.portalSubmittedOn < "2024-01-01" || t.portalSubmittedOn > "2024-12-31") continue;
    const n = out.length;
    out.push({
      ...t,
      ...(n % 97 === 5 ? { providerType: "Dental" } : {}),
      ...(n % 61 === 7 ? { mco: "Prairie Small Plan" } : {}),
    });
  }
  return out;
}

import {
  addCalendarDays,
  explanationText,
  type IsoDate,
  ruleVersionAt,
  sanctionCalendar,
  sanctionNotices,
} from "../../src/index.js";
import { table } from "./table.js";

/** The sanction calendar of asOf's year (periods, notice deadlines with explanations) and a small notice. */
export function sanctionsDemo(asOf: IsoDate): string {
  const year = Number(asOf.slice(0, 4));
  // No reporting period of a year before the sanction rules were in force (SANCTION-NOTICE-DUE).
  const lastDay = `${year}-12-31` as IsoDate;
  if (ruleVersionAt("SANCTION-NOTICE-DUE", lastDay) === undefined)
    return `Quarterly sanction calendar ${year}: none (portal fines start May 2020, HFS Provider Resolution Portal Requirements)`;
  const calendar = sanctionCalendar(year);
  const rows = calendar.periods.map(({ period, noticeDueDate }) => [
    period.id,
    period.label,
    `${period.firstDay} to ${period.lastDay}`,
    noticeDueDate,
  ]);
  const first = calendar.periods[0];
  // Two fines in the middle of the first period (one with its issue date, one without).
  const day = (n: number) => (first ? addCalendarDays(first.period.firstDay, n) : asOf);
  const fines = first
    ? [
        {
          ticketNumber: "PR-0101",
          mco: "Acme Health",
          dueDate: day(45),
          overdueOn: day(46),
          issuedOn: day(47),
          amountCents: 500000,
        },
        {
          ticketNumber: "PR-0102",
          mco: "Acme Health",
          dueDate: day(60),
          overdueOn: day(61),
          issuedOn: null,
          amountCents: 500000,
        },
      ]
    : [];
  const notice = sanctionNotices(fines).notices[0];
  return [
    `Quarterly sanction calendar ${year} (SANCTION-PERIOD, SANCTION-NOTICE-DUE; HFS Provider Resolution Portal Requirements)`,
    table(["Period", "Months", "Dates", "Notice no later than"], rows),
    "",
    "Why",
    ...calendar.periods.map(({ explanation }) => `  ${explanationText(explanation)}`),
    ...(notice
      ? [
          "",
          `Sample Portal Sanction Payment Notice (SANCTION-NOTICE-ONLY-IF-FINED): ${notice.mco}, ${notice.period.id}`,
          table(
            ["Ticket", "Due", "Fined", "Basis", "Amount"],
            notice.fines.map((l) => [l.ticketNumber, l.dueDate, l.fineDate, l.fineDateBasis, l.amount]),
          ),
          `  ${notice.count} fines, total ${notice.total}; HFS issues the notice no later than ${notice.noticeDueDate}`,
        ]
      : []),
  ].join("\n");
}

// `statistics --format html`: the statistics report for publication (`statisticsReport`), small
// cells suppressed, as one self-contained page on standard output.
import type { RuleVersionInput } from "../../rules/model.js";
import { statisticsReportBuilder } from "../../api/operations/statistics-report-runs.js";
import type { IsoDate } from "../../core/iso-date.js";
import type { InvalidTicket } from "../../portal/evaluate-ticket.js";
import type { PortalOptions } from "../../portal/options.js";
import type { FineDateBasis } from "../../sanctions/options-schema.js";
import { statisticsReportPageOf } from "../../portal-statistics/report-page.js";
import type { BusinessCalendar } from "../../calendar/business-calendar.js";
import { UsageError } from "../context.js";

/** What the page is made of: the checked command-line options. */
export interface StatisticsPageArgs {
  readonly asOf: IsoDate;
  readonly calendar: BusinessCalendar;
  readonly portal: PortalOptions | undefined;
  readonly fineDateBasis: FineDateBasis | undefined;
  readonly threshold: number | undefined;
  /** `--rules`: rule versions of the caller's, checked (docs/rule-changes.md). */
  readonly rules?: readonly RuleVersionInput[] | undefined;
}

/** `--suppression-threshold`: a whole number from 1 (nothing hidden) to 1000. */
export function thresholdOf(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{1,4}$/.test(value) || Number(value) < 1 || Number(value) > 1000)
    throw new UsageError(
      `--suppression-threshold takes a whole number from 1 to 1000, got ${JSON.stringify(value.slice(0, 40))}`,
    );
  return Number(value);
}

/** A builder of the report, and how the page is written once every ticket is counted. */
export function statisticsPage(args: StatisticsPageArgs) {
  const builder = statisticsReportBuilder({
    asOf: args.asOf,
    calendar: args.calendar,
    options: {
      ...(args.portal !== undefined ? { portal: args.portal } : {}),
      ...(args.fineDateBasis ? { fineDateBasis: args.fineDateBasis } : {}),
      ...(args.threshold !== undefined ? { suppression: { threshold: args.threshold } } : {}),
    },
    onError: "collect",
    ...(args.rules !== undefined ? { rules: args.rules } : {}),
  });
  const finish = (): { invalidTickets: readonly InvalidTicket[]; write: (errors: object[]) => void } => {
    const report = builder.finish();
    return {
      invalidTickets: report.invalidTickets,
      write: () => process.stdout.write(statisticsReportPageOf(report)),
    };
  };
  return { add: builder.add, finish };
}

import type { RuleId } from "../rules/rule-id.js";
import type { Deadline } from "../core/types.js";
import type { QueueArea, QueueSubject } from "./types.js";
import { frozen } from "../core/freeze.js";

/** A deadline of some area's result, with what it is about. */
export interface QueueCandidate {
  readonly area: QueueArea;
  readonly deadline: Deadline;
  readonly subject: QueueSubject;
}

type Rec = Record<string, unknown>;
const isRecord = (x: unknown): x is Rec => typeof x === "object" && x !== null && !Array.isArray(x);
const isArray = (x: unknown): x is unknown[] => Array.isArray(x);
const isDeadline = (x: unknown): x is Deadline =>
  isRecord(x) && typeof x.dueDate === "string" && typeof x.status === "string" && isRecord(x.explanation);
const text = (x: unknown): string => (typeof x === "string" ? x : "");

// portal TicketEvaluation: { ticketNumber, policy, status, deadlines }. A closed ticket's
// deadlines are moot (PORTAL-COMPLETE: never re-opened), so it adds nothing.
function fromTicket(r: Rec): QueueCandidate[] {
  if (r.status === "closed") return [];
  const subject: QueueSubject = {
    ticketNumber: text(r.ticketNumber),
    mco: text(r.mco),
    label: `ticket ${text(r.ticketNumber)} (${text(r.mco)})`,
  };
  return (r.deadlines as unknown[]).filter(isDeadline).map((deadline) => ({ area: "portal", deadline, subject }));
}

// WebCM ContactDeadlines: { member, mco, deadlines: WebcmDeadline[], contactIssues }. The label
// names the member by the result's position, never by the member's ID (docs/privacy.md).
function fromContacts(r: Rec, index: number): QueueCandidate[] {
  const subject: QueueSubject = {
    member: text(r.member),
    mco: text(r.mco),
    label: `WebCM member (result ${index + 1}) of ${text(r.mco)}`,
  };
  return (r.deadlines as unknown[])
    .filter((d): d is Rec => isRecord(d) && isDeadline(d.deadline))
    .map((d) => ({ area: "webcm", deadline: d.deadline as Deadline, subject }));
}

// spenddown MemberMonthEvaluation: { memberId, month, payment: { required, deadline } }. A
// payment that is not required (a $0.00 spenddown, a self-termination) is no obligation.
function fromMemberMonth(r: Rec, provider?: string, position?: number): QueueCandidate[] {
  const payment = r.payment as Rec;
  if (payment.required !== true || !isDeadline(payment.deadline)) return [];
  const who = position === undefined ? "a Class Member" : `Class Member #${position}`;
  const subject: QueueSubject = {
    member: text(r.memberId),
    ...(position === undefined ? {} : { memberPosition: position }),
    ...(provider === undefined ? {} : { provider }),
    period: text(r.month),
    label: `${provider === undefined ? "" : `${provider}, `}${who}, ${text(r.month)}`,
  };
  return [{ area: "spenddown", deadline: payment.deadline, subject }];
}

// spenddown ProviderQuarter: { provider, memberMonths, reportDeadlines, report: { quarter } }.
function fromProviderQuarter(r: Rec): QueueCandidate[] {
  const provider = text(r.provider);
  const period = text(((r.report as Rec | undefined)?.quarter as Rec | undefined)?.id);
  const subject: QueueSubject = { provider, period, label: `${provider}, ${period}` };
  const reports = (r.reportDeadlines as unknown[])
    .filter(isDeadline)
    .map((deadline): QueueCandidate => ({ area: "spenddown", deadline, subject }));
  const positions = new Map<string, number>();
  const months = (r.memberMonths as unknown[]).filter(isRecord).flatMap((m) => {
    const id = text(m.memberId);
    if (!positions.has(id)) positions.set(id, positions.size + 1);
    return fromMemberMonth(m, provider, positions.get(id));
  });
  return [...reports, ...months];
}

// sanctions NoticesAsOf: { asOf, notices: NoticeStatus[] { notice, state, deadline }, due, late }.
function fromNoticesAsOf(r: Rec): QueueCandidate[] {
  return (r.notices as unknown[])
    .filter((n): n is Rec => isRecord(n) && isDeadline(n.deadline) && isRecord(n.notice))
    .map((n) => {
      const notice = n.notice as Rec;
      const period = text((notice.period as Rec).id);
      return {
        area: "sanctions",
        deadline: n.deadline as Deadline,
        subject: { mco: text(notice.mco), period, label: `notice to ${text(notice.mco)}, ${period}` },
      };
    });
}

/** A due date without a known action (a sanction calendar, notices without issue dates). */
export interface UndatedDue {
  readonly ruleId: RuleId;
  readonly name: string;
  readonly explanation: Deadline["explanation"];
  readonly subject: QueueSubject;
}

// sanctions SanctionCalendar { year, periods[] } and SanctionNotices { notices[], invalidFines }:
// nothing says whether HFS issued a notice, so each due date is a possible obligation only
// while it has not passed (workQueue lists it as open, never as missed).
function undated(r: Rec): UndatedDue[] {
  if (isArray(r.periods)) {
    return r.periods.filter(isRecord).map((p) => {
      const period = text((p.period as Rec).id);
      return {
        ruleId: "SANCTION-NOTICE-DUE",
        name: "Portal Sanction Payment Notice (if fined)",
        explanation: p.explanation as Deadline["explanation"],
        subject: { period, label: `notices of ${period}` },
      };
    });
  }
  return (r.notices as unknown[]).filter(isRecord).map((n) => {
    const period = text((n.period as Rec).id);
    return {
      ruleId: "SANCTION-NOTICE-DUE",
      name: "Portal Sanction Payment Notice",
      explanation: n.explanation as Deadline["explanation"],
      subject: { mco: text(n.mco), period, label: `notice to ${text(n.mco)}, ${period}` },
    };
  });
}

/** What one result holds: deadlines with a status, and due dates without one. */
export interface ResultDeadlines {
  readonly deadlines: readonly QueueCandidate[];
  readonly undated: readonly UndatedDue[];
}

const NONE: ResultDeadlines = frozen({ deadlines: [], undated: [] });

/**
 * The deadlines of one result, recognised by its shape (docs/queue.md, "What goes in"), or
 * undefined for a value of no known shape (the boundary names it: src/api/operations/queue.ts).
 * A batch entry that could not be evaluated (`status: "invalid input"`) adds nothing: its batch
 * reported it.
 */
export function resultDeadlines(result: unknown, index: number): ResultDeadlines | undefined {
  if (!isRecord(result)) return undefined;
  const r = result;
  if (r.status === "invalid input") return NONE;
  if (typeof r.ticketNumber === "string" && isRecord(r.policy) && isArray(r.deadlines))
    return { deadlines: fromTicket(r), undated: [] };
  if (typeof r.member === "string" && isArray(r.deadlines) && isArray(r.contactIssues))
    return { deadlines: fromContacts(r, index), undated: [] };
  if (typeof r.provider === "string" && isArray(r.memberMonths) && isArray(r.reportDeadlines))
    return { deadlines: fromProviderQuarter(r), undated: [] };
  if (typeof r.memberId === "string" && isRecord(r.payment)) return { deadlines: fromMemberMonth(r), undated: [] };
  if (typeof r.asOf === "string" && isArray(r.notices) && isArray(r.due) && isArray(r.late))
    return { deadlines: fromNoticesAsOf(r), undated: [] };
  if ((typeof r.year === "number" && isArray(r.periods)) || (isArray(r.notices) && isArray(r.invalidFines)))
    return { deadlines: [], undated: undated(r) };
  return undefined;
}

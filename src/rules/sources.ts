import { argumentError } from "../core/arguments.js";
import { describeValue } from "../core/describe-value.js";
import { RuleInputError } from "../core/errors.js";
import { HOLIDAY_SOURCES } from "../calendar/holiday-sources.js";
import type { Source } from "../core/source.js";
import { frozen } from "../core/freeze.js";

const HFS = "Illinois Department of Healthcare and Family Services";
const HFS_BMC = `${HFS}, Bureau of Managed Care`;

/**
 * The documents the rules come from: the policy texts, the HFS notices and pages and the
 * administrative rule, each by a stable ID (principle 3). A rule cites them by
 * ID with a section and a short quote (`Rule.citations`); an explanation names them by `short`.
 */
export const POLICY_SOURCES: readonly Source[] = frozen([
  {
    id: "hfs-prp-requirements",
    issuer: HFS_BMC,
    title:
      "HFS Provider Resolution Portal Requirements (Managed Care Organizations Policy/Procedures, General Contract " +
      "Monitoring)",
    date: "policy history April 2018 - December 2020; revisions approved through February 2023",
    kind: "policy",
    short: "HFS Provider Resolution Portal Requirements, revised February 2023",
  },
  {
    id: "hfs-hsp-webcm-contacts",
    issuer: HFS_BMC,
    title:
      "Division of Rehabilitation Services (DRS) Home Services Program (HSP) Managed Care Case Manager Contact " +
      "Information (Managed Care Organizations Policy/Procedures, General HCBS Waiver Guidance)",
    date: "policy history October 2022",
    kind: "policy",
    short: "HFS policy on HSP Managed Care Case Manager Contact Information, October 2022",
  },
  {
    id: "hfs-press-2017-02-08",
    issuer: HFS,
    title: "Illinois Dept. of Healthcare and Family Services opens Medicaid MCO complaint portal",
    date: "2017-02-08",
    kind: "press release",
    url: "https://www.iafp.com/medicaid-mco-complaint-portal",
    short: "HFS press release of 2017-02-08",
  },
  {
    id: "hfs-notice-2023-02-22",
    issuer: HFS,
    title:
      "HFS Managed Care Provider Resolution Portal Updates and Reminders 2023 (to all Medical Assistance Program " +
      "providers)",
    date: "2023-02-22",
    kind: "provider notice",
    url: "https://www2.illinois.gov/hfs/MedicalProviders/notices/Pages/prn230222a.aspx",
    short: "HFS Provider Notice of 2023-02-22",
  },
  {
    id: "dhs-williams-spenddown",
    issuer: "Illinois Department of Human Services, Division of Mental Health",
    title:
      'Medicaid Spend-Down grant program for Williams Class Members ("Advance Pay"), CSFA 444-22-1187: scope of ' +
      "service, deliverables, reporting, performance measures and standards",
    date: "undated (state fiscal-year grant exhibit)",
    kind: "grant program",
    url: "http://www.dhs.state.il.us/page.aspx?item=92674",
    short: "DHS grant program Medicaid Spend-Down, CSFA 444-22-1187",
  },
  {
    id: "89-iac-140.75",
    issuer: HFS,
    title: "89 Ill. Adm. Code 140.75, Managed Care - Disputed Provider Claims Resolution Process",
    date: "current text (adopted under Public Act 101-0209 of 2019)",
    kind: "administrative rule",
    short: "89 Ill. Adm. Code 140.75",
  },
  {
    id: "hfs-notice-2020-02-21",
    issuer: HFS,
    title: "First Notice: New HFS Provider Resolution Process and Portal Effective 02/28/2020",
    date: "2020-02-21",
    kind: "provider notice",
    url: "https://www.illinois.gov/hfs/MedicalProviders/notices/Pages/prn200221a.aspx",
    short: "HFS Provider Notice of 2020-02-21",
  },
  {
    id: "hfs-notice-2020-03-30",
    issuer: HFS,
    title: "Reminder Second Notice: New HFS Provider Resolution Process and Portal effective 02/28/2020",
    date: "2020-03-30 (dated 2020-03-27)",
    kind: "provider notice",
    url: "https://www.illinois.gov/hfs/MedicalProviders/notices/Pages/prn200330b.aspx",
    short: "HFS Provider Notice of 2020-03-30",
  },
  {
    id: "hfs-notice-2021-03-02",
    issuer: HFS,
    title: "HFS Managed Care Provider Resolution Portal Updates and Reminders",
    date: "2021-03-02",
    kind: "provider notice",
    url: "https://hfs.illinois.gov/medicalproviders/notices/notice.prn210302b.html",
    short: "HFS Provider Notice of 2021-03-02",
  },
  {
    id: "hfs-complaints-page",
    issuer: HFS,
    title: "Managed Care Provider Complaints (the page of the portal opened 2017-02-08)",
    date: "undated (the portal of 2017-2020)",
    kind: "web page",
    url: "https://www.illinois.gov/hfs/MedicalProviders/cc/Pages/ManagedCareComplaints.aspx",
    short: "HFS Managed Care Provider Complaints page",
  },
]);

/**
 * Every document of the registry, in the order `docs/rules.md` lists them: the rules' documents,
 * then the State Holiday calendar's (statutes, each year's published list, announcements).
 */
export const SOURCES: readonly Source[] = frozen([...POLICY_SOURCES, ...HOLIDAY_SOURCES]);

const BY_ID: ReadonlyMap<string, Source> = new Map(SOURCES.map((s) => [s.id, s]));

/**
 * True when the registry holds a document with this ID.
 *
 * @example hasSource("hfs-notice-2023-02-22") // true
 */
export function hasSource(id: string): boolean {
  return BY_ID.has(id);
}

/**
 * The document with this ID; an unknown ID is an error naming it.
 *
 * @example getSource("hfs-notice-2023-02-22").short // "HFS Provider Notice of 2023-02-22"
 */
export function getSource(id: string): Source {
  if (typeof id !== "string")
    throw argumentError("getSource", "id", `expected a source ID as text, got ${describeValue(id)}`);
  const source = BY_ID.get(id);
  if (!source)
    throw new RuleInputError([
      {
        field: "sourceId",
        value: id,
        reason: `no such document in the source registry: ${JSON.stringify(id.slice(0, 60))}`,
      },
    ]);
  return source;
}

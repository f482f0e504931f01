import type { Source } from "../core/source.js";
import { frozen } from "../core/freeze.js";

const CMS = "Illinois Department of Central Management Services";
/** The CMS State Holidays page: it shows the current two years' lists (2019-2020 at the old address). */
const CMS_PAGE = "https://cms.illinois.gov/personnel/employeeresources/stateholidays.html";
const CMS_PAGE_2019 = "https://www2.illinois.gov/cms/personnel/employeeresources/Pages/StateHolidays.aspx";

/** That year's CMS "State Holidays" list (CAL-STATE-HOLIDAYS), cited by title and year where no address is known. */
function cmsList(year: number, url?: string): Source {
  return {
    id: `cms-state-holidays-${year}`,
    issuer: CMS,
    title: `State Holidays ${year}`,
    date: String(year),
    kind: "state holiday list",
    ...(url ? { url } : {}),
    short: `CMS State Holidays ${year}`,
  };
}

/**
 * The documents the Illinois State Holiday calendar comes from (CAL-STATE-HOLIDAYS): each
 * year's published closure list, the one-off announcements, and the statute and rule the
 * projected years are derived from. Stable IDs; the global source registry (src/rules/sources.ts)
 * includes them, so the statutes are cited from here.
 */
export const HOLIDAY_SOURCES: readonly Source[] = frozen([
  cmsList(2017),
  cmsList(2018),
  cmsList(2019, CMS_PAGE_2019),
  cmsList(2020, CMS_PAGE_2019),
  cmsList(2021),
  cmsList(2022),
  cmsList(2023),
  cmsList(2024, CMS_PAGE),
  cmsList(2025, CMS_PAGE),
  cmsList(2026, CMS_PAGE),
  cmsList(2027, CMS_PAGE),
  {
    id: "5-ilcs-490",
    issuer: "Illinois General Assembly",
    title: "State Commemorative Dates Act (5 ILCS 490)",
    date: "as amended by P.A. 102-0014 and P.A. 102-0334",
    kind: "statute",
    short: "5 ILCS 490",
  },
  {
    id: "80-iac-303.190",
    issuer: CMS,
    title: "80 Ill. Adm. Code 303.190 (Authorized Holidays: holidays of State employees)",
    date: "current text",
    kind: "administrative rule",
    short: "80 Ill. Adm. Code 303.190",
  },
  {
    id: "pa-102-0014",
    issuer: "Illinois General Assembly",
    title: "Public Act 102-0014 (HB 3922): Juneteenth National Freedom Day a State holiday (amends 5 ILCS 490/63)",
    date: "2021-06-16, effective 2022-01-01",
    kind: "public act",
    url: "https://www.ilga.gov/legislation/publicacts/fulltext.asp?Name=102-0014",
    short: "P.A. 102-0014",
  },
  {
    id: "pa-102-0334",
    issuer: "Illinois General Assembly",
    title:
      "Public Act 102-0334 (SB 1965): the Monday after a Juneteenth on a Sunday is the holiday (amends 5 ILCS 490/63)",
    date: "2021",
    kind: "public act",
    url: "https://www.ilga.gov/legislation/publicacts/fulltext.asp?Name=102-0334",
    short: "P.A. 102-0334",
  },
  {
    id: "governor-2021-06-17",
    issuer: "Office of the Governor of Illinois",
    title: "Gov. Pritzker Announces State Government Offices Closed Tomorrow for New Federal Juneteenth Holiday",
    date: "2021-06-17",
    kind: "announcement",
    short: "Governor's announcement of 2021-06-17",
  },
  {
    id: "sos-juneteenth-2022",
    issuer: "Illinois Secretary of State",
    title: "Secretary of State offices and facilities closed Monday, June 20 in observance of Juneteenth",
    date: "2022-06 (reported 2022-06-18)",
    kind: "announcement",
    short: "Secretary of State announcement of June 2022",
  },
]);

/**
 * The one-line citation of a holiday source ID ("5 ILCS 490"); an ID not in
 * {@link HOLIDAY_SOURCES} (a caller's own calendar) is its own citation.
 *
 * @example holidaySourceShort("governor-2021-06-17") // "Governor's announcement of 2021-06-17"
 */
export function holidaySourceShort(id: string): string {
  return HOLIDAY_SOURCES.find((source) => source.id === id)?.short ?? id;
}

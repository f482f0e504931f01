import {
  daysFromCivil,
  fromDayNumber,
  type IsoDate,
  isIsoDate,
  isWrittenDate,
  toDayNumber,
  weekdayOfDayNumber,
} from "../core/iso-date.js";
import { holidayDateError } from "../core/calendar-errors.js";
import { frozen } from "../core/freeze.js";

/**
 * Where a holiday comes from: `published`, on a list the issuer published (the state's list
 * of that year, or a caller's own contract list); `projected`, derived from the rules
 * (statute and observance) because no list for that year is published.
 */
export type HolidayProvenance = "published" | "projected";

/** A named non-working day. `date` is the day offices are closed (the observed day). */
export interface Holiday {
  readonly date: IsoDate;
  readonly name: string;
  readonly provenance: HolidayProvenance;
  /** The ID of the document it comes from (`HOLIDAY_SOURCES`), or a caller's own citation. */
  readonly source: string;
  /** The legal basis, as a reader cites it. */
  readonly basis: string;
  /** Why a projected day is projected, e.g. "the state has not published 2031". */
  readonly note?: string;
}

/** A holiday as a caller supplies it: date and name; the rest defaults from the calendar. */
export type HolidayInput = Pick<Holiday, "date" | "name"> & Partial<Omit<Holiday, "date" | "name">>;

/**
 * @internal Per-year lookup tables: built once per year, then every query is O(1). Frozen arrays,
 * not typed arrays or Maps: a calendar hands them out (`yearIndex`), and a table a caller could
 * write would change every later answer of that calendar, the shared default one included.
 */
interface YearIndex {
  /** Day number of 1 January. */
  readonly start: number;
  /** `cumulative[i]` = business days among the first i days of the year. */
  readonly cumulative: readonly number[];
  /** Day numbers of the year's business days, ascending. */
  readonly businessDays: readonly number[];
  /** The same days as ISO dates, each string built once (and shared with fromDayNumber's memo). */
  readonly businessDates: readonly IsoDate[];
  /** The year's holidays (observed dates), in date order. */
  readonly holidays: readonly Holiday[];
  /** `holidayAt[day - start]`: the holiday on that day of the year, if any. */
  readonly holidayAt: readonly (Holiday | undefined)[];
}

/**
 * A named, versioned set of non-working days on top of a weekend rule (CAL-BUSINESS-DAY,
 * CAL-STATE-HOLIDAYS), with its provenance. Holidays are supplied a year at a time by
 * `holidaysOfYear`; the calendar memoises each year's tables on first use.
 */
export interface BusinessCalendar {
  readonly name: string;
  readonly version: string;
  /** Where the holiday list comes from. */
  readonly provenance: string;
  /** Weekend days, 0 = Sunday … 6 = Saturday. */
  readonly weekend: readonly number[];
  /** The year's holidays (observed dates), sorted by date. */
  holidays(year: number): readonly Holiday[];
  /** The holiday on a date, if any. */
  holidayOn(date: IsoDate): Holiday | undefined;
  /** @internal The year's lookup tables. */
  yearIndex(year: number): YearIndex;
}

export interface CalendarDefinition {
  readonly name: string;
  readonly version: string;
  readonly provenance: string;
  readonly weekend?: readonly number[];
  /** The source a holiday without its own `source` cites (default: `provenance`). */
  readonly source?: string;
  /**
   * Returns the non-working days dated in `year` (any order; duplicates by date are merged).
   * A holiday without provenance is `published`, citing `source`, with `provenance` as basis.
   */
  readonly holidaysOfYear: (year: number) => readonly HolidayInput[];
}

/**
 * How a calendar asks its definition for a year's holidays. The library's own definitions are
 * called as they are; the boundary passes a reader that guards a caller's function
 * (src/api/calendar-holidays.ts: what it throws or gives that is not a list is a RuleInputError).
 */
export type HolidaysReader = (definition: CalendarDefinition, year: number) => readonly HolidayInput[];

const ownHolidays: HolidaysReader = (definition, year) => definition.holidaysOfYear(year);

/**
 * Creates a {@link BusinessCalendar} from a year-by-year holiday source.
 *
 * @example createCalendar({ name: "Weekends only", version: "1", provenance: "none", holidaysOfYear: () => [] })
 */
export function createCalendar(
  definition: CalendarDefinition,
  readHolidays: HolidaysReader = ownHolidays,
): BusinessCalendar {
  // Own properties only: a key inherited from Object.prototype is never a setting (another library may have put one
  // there).
  const weekend = frozen([...(ownValue(definition, "weekend") ?? [0, 6])]);
  const defaults = {
    provenance: "published" as const,
    source: ownValue(definition, "source") ?? definition.provenance,
    basis: definition.provenance,
  };
  // The tables of the supported years sit in an array indexed by year (one load per query, the
  // hot path of every count); any other year a calendar is asked about, in a map.
  const supported: (YearIndex | undefined)[] = [];
  const others = new Map<number, YearIndex>();
  const build = (year: number): YearIndex =>
    buildYearIndex(
      year,
      weekend,
      readHolidays(definition, year).map((h): Holiday => ({ ...defaults, ...h })),
    );
  const yearIndex = (year: number): YearIndex => {
    const slot = year - FIRST_TABLE_YEAR;
    if (slot >= 0 && slot < TABLE_YEARS && Number.isInteger(slot)) {
      let index = supported[slot];
      if (index === undefined) {
        index = build(year);
        // the array's shape only (dense, never holey); every answer is the same
        // Stryker disable next-line ConditionalExpression,EqualityOperator
        for (let i = supported.length; i < slot; i++) supported.push(undefined); // dense, never holey
        supported[slot] = index;
      }
      return index;
    }
    let index = others.get(year);
    if (index === undefined) {
      index = build(year);
      others.set(year, index);
    }
    return index;
  };
  // Frozen once stamped with the brand: the default calendar is shared by every call; its year
  // tables are the only state, a memo of frozen values derived from the definition.
  const calendar: BusinessCalendar = {
    name: definition.name,
    version: definition.version,
    provenance: definition.provenance,
    weekend,
    yearIndex,
    holidays: (year: number) => [...yearIndex(year).holidays],
    holidayOn: (date: IsoDate) => {
      const index = yearIndex(Number(date.slice(0, 4)));
      return index.holidayAt[toDayNumber(date) - index.start];
    },
  };
  return Object.freeze(stampCalendar(calendar));
}

/** A base class whose constructor returns the object it is given: a subclass stamps its private field on it. */
class Stamp {
  constructor(target: object) {
    // biome-ignore lint/correctness/noConstructorReturn: the private-field stamp (see CalendarBrand)
    return target;
  }
}

/**
 * The brand of the calendars this library made (createCalendar and everything built on it): a
 * private field stamped on the calendar object. Testing it reads no property, so a Proxy, an
 * object with throwing getters or a look-alike is never taken for a calendar (principle 6).
 */
class CalendarBrand extends Stamp {
  readonly #made = true;
  static has(value: object): boolean {
    return #made in value;
  }
}

function stampCalendar(calendar: BusinessCalendar): BusinessCalendar {
  // The constructor returns the calendar itself, stamped. Its value is what is returned, so that no
  // bundler's tree-shaking drops the call as unused (tsup's did: no calendar was a calendar).
  return new CalendarBrand(calendar) as unknown as BusinessCalendar;
}

/**
 * Whether `value` is a calendar this library made (createCalendar, illinoisStateCalendar,
 * the constructors of 0.2 …). Reads no property of `value`: a Proxy is never one.
 *
 * @example isBusinessCalendar(illinoisStateCalendar()) // true
 * @example isBusinessCalendar({ yearIndex() {}, holidayOn() {} }) // false
 */
export function isBusinessCalendar(value: unknown): value is BusinessCalendar {
  return typeof value === "object" && value !== null && CalendarBrand.has(value);
}

/** An own property of a definition, else undefined (never one inherited from Object.prototype). */
function ownValue<T extends object, K extends keyof T>(object: T, key: K): T[K] | undefined {
  return Object.hasOwn(object, key) ? object[key] : undefined;
}

/** The years whose tables sit in the calendar's array: the supported range 1900-2199. */
const FIRST_TABLE_YEAR = 1900;
const TABLE_YEARS = 300;

/** Two holidays on one day are one closure: both names, both bases, the first one's source. */
function merge(existing: Holiday | undefined, holiday: Holiday): Holiday {
  if (existing === undefined) return Object.freeze({ ...holiday });
  if (existing.name === holiday.name) return existing;
  return Object.freeze({
    ...existing,
    name: `${existing.name}; ${holiday.name}`,
    basis: `${existing.basis}; ${holiday.basis}`,
  });
}

function buildYearIndex(year: number, weekend: readonly number[], holidays: readonly Holiday[]): YearIndex {
  const start = daysFromCivil(year, 1, 1);
  const length = daysFromCivil(year + 1, 1, 1) - start;
  const byDay = new Map<number, Holiday>();
  for (const holiday of [...holidays].sort((a, b) => a.date.localeCompare(b.date))) {
    if (!isWrittenDate(holiday.date) || Number(holiday.date.slice(0, 4)) !== year) continue;
    const day = toDayNumber(holiday.date);
    byDay.set(day, merge(byDay.get(day), holiday));
  }
  const cumulative: number[] = [0];
  const business: number[] = [];
  const holidayAt: (Holiday | undefined)[] = [];
  for (let i = 0; i < length; i++) {
    const day = start + i;
    const holiday = byDay.get(day);
    const open = !weekend.includes(weekdayOfDayNumber(day)) && holiday === undefined;
    if (open) business.push(day);
    cumulative.push((cumulative[i] ?? 0) + (open ? 1 : 0));
    holidayAt.push(holiday);
  }
  return Object.freeze({
    start,
    cumulative: Object.freeze(cumulative),
    businessDays: Object.freeze(business),
    businessDates: Object.freeze(business.map(fromDayNumber)),
    holidays: Object.freeze([...byDay.values()]),
    holidayAt: Object.freeze(holidayAt),
  });
}

/**
 * A calendar from an explicit list of dates, e.g. a contract's own State Holiday list. Its
 * holidays are `published`, citing `source` (default: `provenance`) unless a holiday says otherwise.
 *
 * @example
 * calendarFromDates({ name: "Contract", version: "2024", provenance: "Contract §1", holidays: ["2024-12-24"] })
 */
export function calendarFromDates(args: {
  name: string;
  version: string;
  provenance: string;
  holidays: readonly (HolidayInput | IsoDate)[];
  source?: string;
  weekend?: readonly number[];
}): BusinessCalendar {
  const list = args.holidays.map((h): HolidayInput => (typeof h === "string" ? { date: h, name: "Holiday" } : h));
  const bad = list.find((h) => !isIsoDate(h.date));
  if (bad) throw holidayDateError("holidays", bad.date);
  return createCalendar({
    name: args.name,
    version: args.version,
    provenance: args.provenance,
    ...(args.source ? { source: args.source } : {}),
    ...(args.weekend ? { weekend: args.weekend } : {}),
    // a date of another year is dropped by the year's index anyway (buildYearIndex); this only saves sorting it
    // Stryker disable next-line ConditionalExpression,MethodExpression
    holidaysOfYear: (year) => list.filter((h) => Number(h.date.slice(0, 4)) === year),
  });
}

/**
 * What {@link calendarFromDateHolidays} needs of a `date-holidays` instance: its holidays of a
 * year. Structural, so the library never loads `date-holidays` itself; the caller passes an
 * instance of the version they installed.
 */
export interface DateHolidaysLike {
  getHolidays(year: number): readonly { readonly date: string; readonly name: string; readonly type: string }[];
}

/**
 * A calendar from a `date-holidays` instance the caller configured (and installed) with their
 * rules. Takes the holidays of the given types (default: `public`) dated in each year, observed
 * days included. Its holidays are `projected` (computed from rules), citing `source`
 * (default: `provenance`).
 *
 * @example
 * calendarFromDateHolidays({ name: "US", version: "1", provenance: "date-holidays US", holidays: new Holidays("US") })
 */
export function calendarFromDateHolidays(
  args: {
    name: string;
    version: string;
    provenance: string;
    holidays: DateHolidaysLike;
    source?: string;
    types?: readonly string[];
    weekend?: readonly number[];
  },
  readHolidays: HolidaysReader = ownHolidays,
): BusinessCalendar {
  const types = args.types ?? ["public"];
  const weekend = args.weekend ?? [0, 6];
  return createCalendar(
    {
      name: args.name,
      version: args.version,
      provenance: args.provenance,
      ...(args.source ? { source: args.source } : {}),
      ...(args.weekend ? { weekend: args.weekend } : {}),
      holidaysOfYear: (year) => {
        // A holiday of year+1 can be observed in year (1 January on a Saturday → 31 December).
        const all = [...args.holidays.getHolidays(year), ...args.holidays.getHolidays(year + 1)]
          .filter((h) => types.includes(h.type))
          .map((h) => ({ date: h.date.slice(0, 10) as IsoDate, name: h.name }));
        // a day of another year is dropped by the year's index anyway (buildYearIndex)
        // Stryker disable next-line MethodExpression
        return (
          closureDays(all, weekend)
            // Stryker disable next-line StringLiteral: as above (a day of another year is dropped by the year's index)
            .filter((h) => h.date.startsWith(`${year}-`))
            .map((h) => ({ ...h, provenance: "projected" as const }))
        );
      },
    },
    readHolidays,
  );
}

/**
 * The days offices are actually closed: holidays on a weekend day are dropped (the day is
 * closed anyway), and a weekday that stands in for a weekend holiday is named "(observed)".
 */
function closureDays(holidays: readonly HolidayInput[], weekend: readonly number[]): HolidayInput[] {
  const base = (name: string) => name.replace(/ \(substitute day\)$/, "");
  const onWeekend = (date: IsoDate) => weekend.includes(weekdayOfDayNumber(toDayNumber(date)));
  return holidays
    .filter((h) => !onWeekend(h.date))
    .map((h) => {
      const day = toDayNumber(h.date);
      const standsIn = holidays.some(
        (other) =>
          base(other.name) === base(h.name) && onWeekend(other.date) && Math.abs(toDayNumber(other.date) - day) === 1,
      );
      return { date: h.date, name: standsIn || base(h.name) !== h.name ? `${base(h.name)} (observed)` : h.name };
    });
}

/**
 * The calendar with single dates added (as holidays) or removed (made working days again).
 * The days it keeps keep their provenance; an added day is `published`, citing `source`
 * (default: "amended by the caller") unless it says otherwise.
 *
 * @example withChanges(illinoisStateCalendar(), { add: [{ date: parseIsoDate("2024-12-24"), name: "Christmas Eve" }] })
 */
export function withChanges(
  calendar: BusinessCalendar,
  changes: { add?: readonly HolidayInput[]; remove?: readonly IsoDate[]; name?: string; source?: string },
): BusinessCalendar {
  const add = changes.add ?? [];
  const remove = new Set<string>(changes.remove ?? []);
  for (const date of [...add.map((h) => h.date), ...remove])
    if (!isIsoDate(date)) throw holidayDateError("changes", date);
  const summary = [...add.map((h) => `+${h.date} ${h.name}`), ...[...remove].map((d) => `-${d}`)].join(", ");
  const source = changes.source ?? "amended by the caller";
  return createCalendar({
    name: changes.name ?? `${calendar.name} (amended)`,
    version: `${calendar.version}+${add.length}/-${remove.size}`,
    provenance: `${calendar.provenance}; amended: ${summary || "no changes"}`,
    source,
    weekend: calendar.weekend,
    holidaysOfYear: (year) => [
      ...calendar.holidays(year).filter((h) => !remove.has(h.date)),
      ...add.filter((h) => Number(h.date.slice(0, 4)) === year).map((h) => ({ basis: source, ...h })),
    ],
  });
}

// A Date whose calendar fields are UTC's: date-fns `parse` builds its result in the class of the
// reference date (its `in` context), so a pattern is read as wall-clock fields that no process
// time zone can move (a day skipped by a zone, Pacific/Kiritimati's 1994-12-31, a DST gap). An
// offset in the cell (`XXX`, `x`) still makes an exact instant: date-fns subtracts
// getTimezoneOffset, which is 0 here. Guide rule 2: a date never depends on the machine's zone.

/** A Date read and written in UTC fields (what `@date-fns/utc` does, in the few methods `parse` calls). */
export class UtcDate extends Date {
  constructor(value: number | Date) {
    super(typeof value === "number" ? value : value.getTime());
  }
  [Symbol.for("constructDateFrom")](value: number | Date): UtcDate {
    return new UtcDate(value);
  }
  override getFullYear(): number {
    return this.getUTCFullYear();
  }
  override getMonth(): number {
    return this.getUTCMonth();
  }
  override getDate(): number {
    return this.getUTCDate();
  }
  override getDay(): number {
    return this.getUTCDay();
  }
  override getHours(): number {
    return this.getUTCHours();
  }
  override getMinutes(): number {
    return this.getUTCMinutes();
  }
  override getSeconds(): number {
    return this.getUTCSeconds();
  }
  override getMilliseconds(): number {
    return this.getUTCMilliseconds();
  }
  override getTimezoneOffset(): number {
    return 0;
  }
  override setFullYear(year: number, month?: number, date?: number): number {
    return this.setUTCFullYear(year, month ?? this.getUTCMonth(), date ?? this.getUTCDate());
  }
  override setMonth(month: number, date?: number): number {
    return this.setUTCMonth(month, date ?? this.getUTCDate());
  }
  override setDate(date: number): number {
    return this.setUTCDate(date);
  }
  override setHours(hours: number, min?: number, sec?: number, ms?: number): number {
    return this.setUTCHours(
      hours,
      min ?? this.getUTCMinutes(),
      sec ?? this.getUTCSeconds(),
      ms ?? this.getUTCMilliseconds(),
    );
  }
  override setMinutes(min: number, sec?: number, ms?: number): number {
    return this.setUTCMinutes(min, sec ?? this.getUTCSeconds(), ms ?? this.getUTCMilliseconds());
  }
  override setSeconds(sec: number, ms?: number): number {
    return this.setUTCSeconds(sec, ms ?? this.getUTCMilliseconds());
  }
  override setMilliseconds(ms: number): number {
    return this.setUTCMilliseconds(ms);
  }
}

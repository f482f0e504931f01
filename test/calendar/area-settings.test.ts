// How every area reads the one call shape `fn(input, { asOf, calendar, options })`
// (src/calendar/area-settings.ts): only those settings (and `onError` for a batch entry), `asOf`
// required where the area needs it, an option of 0.1 refused with its new name or place, the
// options parsed by the area's own schema.
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { createIllinoisStateCalendar } from "../../src/api/illinois-calendar.js";
import { illinoisStateCalendar, RuleInputError } from "../../src/index.js";
import { readAreaSettings } from "../../src/api/area-settings.js";

const schema = z.object({ unstatedRoll: z.enum(["none", "forward"]).default("none") }).strict();
const spec = { fn: "evaluateThings", ruleId: "THING-DUE", schema, renamed: { rollUnstated: "unstatedRoll" } };
const batch = { ...spec, batch: true };
const withAsOf = { ...spec, asOf: true };

function issuesOf(run: () => unknown) {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(RuleInputError);
    return (error as RuleInputError).issues.map((i) => ({ ...i }));
  }
  throw new Error("expected a RuleInputError");
}

describe("readAreaSettings: the settings an area accepts", () => {
  it("no settings: the defaults, the State calendar, onError throw", () => {
    const read = readAreaSettings(undefined, spec);
    expect(read).toEqual({
      asOf: undefined,
      calendar: illinoisStateCalendar(),
      detail: "lean",
      options: { unstatedRoll: "none" },
      onError: "throw",
    });
  });

  it("reads asOf, the calendar and the parsed options", () => {
    const calendar = createIllinoisStateCalendar();
    const read = readAreaSettings({ asOf: "2024-07-10", calendar, options: { unstatedRoll: "forward" } }, spec);
    expect(read.asOf).toBe("2024-07-10");
    expect(read.calendar).toBe(calendar);
    expect(read.options).toEqual({ unstatedRoll: "forward" });
  });

  it("onError is a setting of a batch entry only; elsewhere it is an unknown key", () => {
    expect(readAreaSettings({ onError: "collect" }, batch).onError).toBe("collect");
    expect(readAreaSettings({}, batch).onError).toBe("throw");
    expect(issuesOf(() => readAreaSettings({ onError: "collect" }, spec))).toEqual([
      {
        code: "unknown_key",
        path: ["settings", "onError"],
        message:
          "Unknown key (settings are asOf, calendar, detail, options, rules; open-point options go in settings.options).",
        field: "settings.onError",
        reason:
          "unknown key (settings are asOf, calendar, detail, options, rules; open-point options go in settings.options)",
        ruleId: "THING-DUE",
      },
    ]);
  });

  it("an unknown setting is named with the settings there are; a key not written like a name is not repeated", () => {
    expect(issuesOf(() => readAreaSettings({ asof: "2024-07-10" }, batch))).toEqual([
      {
        code: "unknown_key",
        path: ["settings", "asof"],
        message:
          "Unknown key (settings are asOf, calendar, detail, options, rules, onError; open-point options go in settings.options).",
        field: "settings.asof",
        reason:
          "unknown key (settings are asOf, calendar, detail, options, rules, onError; open-point options go in settings.options)",
        ruleId: "THING-DUE",
      },
    ]);
    expect(issuesOf(() => readAreaSettings({ "Jane Doe": 1 }, spec))).toEqual([
      {
        code: "unknown_key",
        path: ["settings"],
        message:
          "Unknown key (settings are asOf, calendar, detail, options, rules; open-point options go in settings.options).",
        field: "settings",
        reason:
          "unknown key (settings are asOf, calendar, detail, options, rules; open-point options go in settings.options)",
        ruleId: "THING-DUE",
      },
    ]);
    expect(issuesOf(() => readAreaSettings({ "x-1": 1, "1x": 2, _ok$1: 3 }, spec)).map((i) => i.field)).toEqual([
      "settings",
      "settings",
      "settings._ok$1",
    ]);
  });

  it("an option of 0.1 given as a setting is refused with its new name", () => {
    expect(issuesOf(() => readAreaSettings({ rollUnstated: true }, spec))).toEqual([
      {
        code: "unknown_key",
        path: ["settings", "rollUnstated"],
        message: "Renamed to settings.options.unstatedRoll (0.2.0, docs/migration-0.2.md).",
        field: "settings.rollUnstated",
        reason: "renamed to settings.options.unstatedRoll (0.2.0, docs/migration-0.2.md)",
        ruleId: "THING-DUE",
      },
    ]);
  });

  it("an option renamed, or moved beside the options, is refused by name with where it is now", () => {
    expect(issuesOf(() => readAreaSettings({ options: { rollUnstated: true } }, spec))).toEqual([
      {
        code: "unknown_key",
        path: ["options", "rollUnstated"],
        message: "Renamed to unstatedRoll (0.2.0, docs/migration-0.2.md).",
        field: "options.rollUnstated",
        reason: "renamed to unstatedRoll (0.2.0, docs/migration-0.2.md)",
        ruleId: "THING-DUE",
      },
    ]);
    expect(issuesOf(() => readAreaSettings({ options: { calendar: {}, asOf: "2024-07-10" } }, spec))).toEqual([
      {
        code: "unknown_key",
        path: ["options", "calendar"],
        message: "Moved to settings.calendar (0.2.0, docs/migration-0.2.md).",
        field: "options.calendar",
        reason: "moved to settings.calendar (0.2.0, docs/migration-0.2.md)",
        ruleId: "THING-DUE",
      },
      {
        code: "unknown_key",
        path: ["options", "asOf"],
        message: "Moved to settings.asOf (0.2.0, docs/migration-0.2.md).",
        field: "options.asOf",
        reason: "moved to settings.asOf (0.2.0, docs/migration-0.2.md)",
        ruleId: "THING-DUE",
      },
    ]);
    expect(issuesOf(() => readAreaSettings({ options: { onError: "collect" } }, batch))).toEqual([
      {
        code: "unknown_key",
        path: ["options", "onError"],
        message: "Moved to settings.onError (0.2.0, docs/migration-0.2.md).",
        field: "options.onError",
        reason: "moved to settings.onError (0.2.0, docs/migration-0.2.md)",
        ruleId: "THING-DUE",
      },
    ]);
    // Outside a batch onError has no place to move to: the schema refuses it as an unknown option.
    const issues = issuesOf(() => readAreaSettings({ options: { onError: "collect" } }, spec));
    expect(issues.map((i) => i.field)).toEqual(["options.onError"]);
    expect(issues[0]?.reason).not.toContain("moved");
  });

  it("asOf is required where the area needs it, and the settings must be an object", () => {
    expect(issuesOf(() => readAreaSettings({}, withAsOf))).toEqual([
      {
        code: "missing",
        path: ["settings", "asOf"],
        message: "Expected the date the answer is as of (YYYY-MM-DD), got nothing (evaluateThings).",
        field: "settings.asOf",
        reason: "expected the date the answer is as of (YYYY-MM-DD), got nothing (evaluateThings)",
      },
    ]);
    expect(() => readAreaSettings({}, withAsOf)).toThrow(/^THING-DUE: settings\.asOf/);
    expect(issuesOf(() => readAreaSettings(undefined, withAsOf))).toEqual([
      {
        code: "invalid_type",
        path: ["settings"],
        message: "Expected an object, got undefined.",
        field: "settings",
        reason: "expected an object, got undefined",
      },
    ]);
    expect(readAreaSettings({ asOf: "2024-07-10" }, withAsOf).asOf).toBe("2024-07-10");
    expect(issuesOf(() => readAreaSettings("2024-07-10", spec))).toEqual([
      {
        code: "invalid_type",
        path: ["settings"],
        message: "Expected an object, got text of 10 characters.",
        field: "settings",
        reason: "expected an object, got text of 10 characters",
      },
    ]);
    expect(issuesOf(() => readAreaSettings(null, spec))).toEqual([
      {
        code: "invalid_type",
        path: ["settings"],
        message: "Expected an object, got null.",
        field: "settings",
        reason: "expected an object, got null",
      },
    ]);
    expect(issuesOf(() => readAreaSettings({ options: "forward" }, spec))[0]?.field).toBe("settings.options");
  });

  it("a bad option value is named options.<name>, and the area's schema is reused", () => {
    expect(
      issuesOf(() => readAreaSettings({ options: { unstatedRoll: "backward" } }, spec)).map((i) => i.field),
    ).toEqual(["options.unstatedRoll"]);
    // The second read of the same schema (the wrapped schema is kept) answers the same.
    expect(readAreaSettings({ options: { unstatedRoll: "forward" } }, spec).options).toEqual({
      unstatedRoll: "forward",
    });
    expect(
      issuesOf(() => readAreaSettings({ options: { unstatedRoll: "backward" } }, spec)).map((i) => i.field),
    ).toEqual(["options.unstatedRoll"]);
  });
});

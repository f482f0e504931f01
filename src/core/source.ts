/**
 * A public document the rules come from (principle 3): cited by a stable ID, never by a file
 * name. The registry of every document is `SOURCES` (src/rules/sources.ts); the calendar's own
 * documents (statutes, each year's published closure list) live beside the calendar.
 */
export type SourceKind =
  | "policy"
  | "provider notice"
  | "administrative rule"
  | "statute"
  | "public act"
  | "press release"
  | "grant program"
  | "state holiday list"
  | "announcement"
  | "web page";

export interface Source {
  /** Stable kebab-case ID, e.g. `hfs-notice-2023-02-22`. */
  readonly id: string;
  /** Who issued it, e.g. `Illinois Department of Healthcare and Family Services`. */
  readonly issuer: string;
  readonly title: string;
  /** Its date or revision as the document gives it, e.g. `2023-02-22` or `revised through February 2023`. */
  readonly date: string;
  readonly kind: SourceKind;
  /** A public address, where one is known. */
  readonly url?: string;
  /** How it is cited in one line, e.g. `HFS Provider Notice of 2023-02-22`. */
  readonly short: string;
}

/** Where in a document a rule stands: the source ID, the section, a short quote. */
export interface Citation {
  readonly source: string;
  readonly section?: string;
  readonly quote?: string;
}

import type { Deadline, DeadlineKind, Recurrence } from '../schema';

/** A deadline as returned by `findDeadlines`: the contract's fields plus the rules that made it. */
export type FoundDeadline = Deadline & { tags: string[] };

/** What the rules see. Rules match on `folded` (same offsets as `text`). */
export interface RuleEnv {
  /** NFC text with its original line breaks. */
  text: string;
  /** `foldText(text)`: lower case, no diacritics, same length. */
  folded: string;
  /** Issue date as a day (`YYYY-MM` taken as its 1st), or null. */
  documentDate: string | null;
  /** Received date, when known. */
  reference: string | null;
  /** Base for implied years and first recurrences: the document date, else the reference. */
  base: string | null;
  /** Anchor for counts "kể từ ngày nhận được": the reference, else the document date. */
  receipt: string | null;
  /**
   * With no base, the year of a date line whose day and month were left blank ("ngày    tháng    năm
   * 2026", a draft): it places a day and month or a period written without a year, nothing else.
   */
  year: number | null;
  /** Remaining chrono-node calls for this text (chrono reads month words; bounded for hostile input). */
  chrono: { left: number };
}

/** One rule's finding before overlaps are resolved. */
export interface Candidate {
  start: number;
  end: number;
  date: string | null;
  time: string | null;
  recurrence: Recurrence | null;
  stated: boolean;
  kind: DeadlineKind;
  also?: (string | null)[];
  /** A weak cue: dropped when its date falls before the base date (background, not a deadline). */
  soft?: boolean;
  /** Day and month read without a year (the period-header refiner may make it yearly). */
  yearless?: boolean;
  tags: string[];
}

/**
 * A rule: a regex run over the folded text (as a global scan would: left to right, resuming after
 * each match) and an `extract` that turns a match into a candidate or rejects it with `null`.
 */
export interface DeadlineRule {
  name: string;
  pattern: RegExp;
  /**
   * What every match of `pattern` starts with: folded prefixes of the first word ("truoc", "ke"),
   * `#` for a digit. A match starts where no letter or digit comes before (`B`), so the engine
   * tries the pattern only at word starts that begin with one of these (scan.ts) instead of at
   * every position. A prefix may be shorter than the word ("ba" also lets "bao" through), never
   * missing: a match starting elsewhere would be lost. A trailing space asks for the whole word
   * ("quy " lets "quý" through, not "quyết"): only where the pattern puts no letter or digit
   * after it. Without `starts`, the pattern scans the whole text. The pattern must begin with `B`.
   */
  starts?: readonly string[];
  /**
   * Words one of which every match contains at a word start (folded prefixes, as `starts`; `#`
   * for a digit with no digit before it, also right after a letter: "ngày01"). A start with none
   * of them within the pattern's longest match (`maxMatchLength`) is not tried. Must never leave
   * out a match: tests/extract/deadline-scan.test.ts compares with a scan of every position.
   */
  needs?: readonly string[];
  /**
   * A cheap test at a start that every match passes (what stands right before it, say), run
   * before the pattern so that positions where it cannot match cost no regex.
   */
  admits?(folded: string, at: number): boolean;
  extract(match: RegExpExecArray, env: RuleEnv): Candidate | null;
}

/** A refiner takes all candidates and returns new ones (filtered, merged or resolved). */
export type DeadlineRefiner = (candidates: Candidate[], env: RuleEnv) => Candidate[];

import { isAsciiDigitCode } from '../char-class';
import type { Citation } from '../schema';
import { addsStrayStroke, isOcrVariant, runningPart } from './ocr-variant';
import type { Mention } from './read-mention';

/**
 * One citation per document. Mentions with the same key are one document, and so is a mention
 * whose key is a truncation of another's at a separator ("118/TB-" broken off by OCR, "4428/BCA'"
 * for "4428/BCA-V03"): a running number is unique per issuer and year, so the longer form wins.
 * A ký hiệu misread by one look-alike letter ("TT-BIC" for "TT-BTC") is the same document too.
 */
interface Group {
  key: string;
  number: string;
  mentions: Mention[];
}

/** Near matches are looked for among this many documents sharing a running number (bounds hostile input). */
const MAX_NEAR = 16;

/**
 * True when `long` continues `short` past a separator ("4428/BCA-V03" continues "4428/BCA"), or
 * past a digit OCR split off ("187/2025/QH1 5" read as "187/2025/QH1" for "187/2025/QH15"), or past
 * the session a law's code lost ("107/2016/QH" for "107/2016/QH13").
 */
export function continues(long: string, short: string): boolean {
  if (long.length <= short.length || !long.startsWith(short)) return false;
  const next = long.charCodeAt(short.length);
  if (next === 45 /* - */ || next === 47 /* / */) return true;
  // "107/2016/QH" (OCR's "QH!113", "QH. 15") for "107/2016/QH13": a law's code always carries its session.
  if (short.endsWith('/QH') && /^\d{2}$/.test(long.slice(short.length))) return true;
  return long.length - short.length <= 2 && isAsciiDigitCode(next) && isAsciiDigitCode(short.charCodeAt(short.length - 1)) && /^\d{1,2}$/.test(long.slice(short.length)) && /[A-Z]\d$/.test(short);
}

/**
 * True when `long` is `short` with a footnote's mark glued on: "105/2025/NĐ-CP2" for "105/2025/NĐ-CP",
 * "42/2024/QH151" for "42/2024/QH15" (a Quốc hội session has two digits).
 */
export function footnoted(long: string, short: string): boolean {
  if (long.length !== short.length + 1 || !long.startsWith(short) || !isAsciiDigitCode(long.charCodeAt(short.length))) return false;
  return /QH\d\d$/.test(short) || (/[A-Z]$/.test(short) && !/QH$/.test(short));
}

class GroupIndex {
  readonly groups: Group[] = [];
  private readonly byKey = new Map<string, Group>();
  private readonly byRunning = new Map<string, Group[]>();

  add(m: Mention): void {
    const exact = this.byKey.get(m.key);
    if (exact) return void exact.mentions.push(m);
    const running = runningPart(m.key);
    // Kept at most MAX_NEAR long, and held by this index alone: grown in place.
    const near = this.byRunning.get(running);
    for (const g of near ?? []) {
      const noted = footnoted(g.key, m.key) || footnoted(m.key, g.key);
      if (!noted && !continues(g.key, m.key) && !continues(m.key, g.key) && !isOcrVariant(g.key, m.key)) continue;
      g.mentions.push(m);
      // The longer form wins a truncation; the form without a stray stroke or a footnote's mark wins
      // an OCR variant.
      const shorter = m.key.length + 1 === g.key.length;
      if (noted ? shorter : continues(m.key, g.key) || (!continues(g.key, m.key) && shorter)) Object.assign(g, { key: m.key, number: m.number });
      return void this.byKey.set(m.key, g);
    }
    const group = { key: m.key, number: m.number, mentions: [m] };
    this.groups.push(group);
    this.byKey.set(m.key, group);
    if (!near) this.byRunning.set(running, [group]);
    else if (near.length < MAX_NEAR) near.push(group);
  }
}

/** Groups mentions (in text order) into citations, keeping the first mention's span. */
export function groupMentions(mentions: readonly Mention[]): Citation[] {
  const index = new GroupIndex();
  for (const m of mentions) index.add(m);
  return index.groups.map(({ key, number, mentions: ms }) => {
    const first = ms[0]!;
    return {
      kind: ms.find((m) => m.statedKind)?.statedKind ?? ms.find((m) => m.impliedKind)?.impliedKind ?? null,
      number: commonestForm(key, number, ms),
      date: ms.find((m) => m.date)?.date ?? null,
      issuer: ms.find((m) => m.issuer)?.issuer ?? ms.find((m) => m.issuerBefore)?.issuerBefore ?? null,
      span: [first.start, first.end],
    };
  });
}

/**
 * Of the OCR variants of a group's number, the one printed most often ("36/2025/TT-BNNMT" six times
 * over "36/2025/TT-BNMT" once); on a tie, the form the group chose (`number`). A letter doubled or
 * dropped, or misread, may be either form's fault; a stray stroke ("QHI15") is always the misprint.
 */
function commonestForm(key: string, number: string, mentions: readonly Mention[]): string {
  if (mentions.every((m) => m.key === key)) return number;
  const counts = new Map<string, { n: number; number: string }>();
  for (const m of mentions) {
    // A form with a stray stroke added is noise, however often printed.
    if (m.key !== key && (!isOcrVariant(m.key, key) || addsStrayStroke(m.key, key))) continue;
    const entry = counts.get(m.key);
    if (entry) entry.n++;
    else counts.set(m.key, { n: 1, number: m.number });
  }
  let best = counts.get(key) ?? { n: 0, number };
  for (const [k, entry] of counts) if (k !== key && entry.n > best.n) best = entry;
  return best === counts.get(key) ? number : best.number;
}

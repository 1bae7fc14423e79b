import type { Citation } from '../schema';
import { differsOnce, ocrSkeleton } from './ocr-variant';
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

/** The prefixes of `key` that end right before a separator: "4428/BCA-V03" → "4428", "4428/BCA". */
export function separatorPrefixes(key: string): string[] {
  const out: string[] = [];
  for (let i = 1; i < key.length; i++) if (key[i] === '-' || key[i] === '/') out.push(key.slice(0, i));
  return out;
}

/** Indexes groups by key and by separator prefix, so that each mention is placed in near-constant time. */
class GroupIndex {
  readonly groups: Group[] = [];
  private readonly byKey = new Map<string, Group>();
  private readonly byPrefix = new Map<string, Group>();
  private readonly bySkeleton = new Map<string, Group>();

  add(m: Mention): void {
    const exact = this.byKey.get(m.key) ?? this.byPrefix.get(m.key);
    if (exact) return void exact.mentions.push(m);
    let truncated: Group | undefined;
    for (const p of separatorPrefixes(m.key)) truncated ??= this.byKey.get(p);
    if (truncated) {
      truncated.mentions.push(m);
      this.byKey.delete(truncated.key);
      return this.index(Object.assign(truncated, { key: m.key, number: m.number }));
    }
    const variant = this.bySkeleton.get(ocrSkeleton(m.key));
    if (variant && differsOnce(variant.key, m.key)) return void variant.mentions.push(m);
    const group = { key: m.key, number: m.number, mentions: [m] };
    this.groups.push(group);
    this.index(group);
  }

  private index(group: Group): void {
    this.byKey.set(group.key, group);
    const skeleton = ocrSkeleton(group.key);
    if (!this.bySkeleton.has(skeleton)) this.bySkeleton.set(skeleton, group);
    for (const p of separatorPrefixes(group.key)) if (!this.byPrefix.has(p)) this.byPrefix.set(p, group);
  }
}

/** Groups mentions (in text order) into citations, keeping the first mention's span. */
export function groupMentions(mentions: readonly Mention[]): Citation[] {
  const index = new GroupIndex();
  for (const m of mentions) index.add(m);
  return index.groups.map(({ number, mentions: ms }) => {
    const first = ms[0]!;
    return {
      kind: ms.find((m) => m.statedKind)?.statedKind ?? ms.find((m) => m.impliedKind)?.impliedKind ?? null,
      number,
      date: ms.find((m) => m.date)?.date ?? null,
      issuer: ms.find((m) => m.issuer)?.issuer ?? ms.find((m) => m.issuerBefore)?.issuerBefore ?? null,
      span: [first.start, first.end],
    };
  });
}

import { foldText } from './extract/fold';
import { AGENCY_HEADS } from './extract/vocab/agency-heads';

/**
 * Whether a task is "của tôi": does an assignee or coordinator name the user's unit, or a
 * collective that includes it? Names are compared as folded words ("Đảng" → "dang"), so
 * "Sở Y tế" matches "Giám đốc Sở Y tế tỉnh Lạng Sơn" but not "Sở Y tế dự phòng".
 */

/** The user's unit: its full name and the other names it goes by ("Sở TT&TT", "STTTT"). */
export interface Unit {
  name: string;
  aliases: readonly string[];
}

/** Chủ trì (an assignee names the unit) or phối hợp (a coordinator does). */
export type UnitRole = 'chu-tri' | 'phoi-hop';

/** A name as folded words; `breaks` holds each index a list separator ("," ";" "và" "&") precedes. */
interface Words {
  w: string[];
  breaks: Set<number>;
}

interface Form {
  w: string[];
  locality: Locality | null;
}

interface Locality {
  kinds: string[];
  collective: boolean;
  name: string;
}

// Abbreviations every official writes; the user's own ones come in as aliases.
const EXPAND: Record<string, string[]> = {
  ubnd: ['uy', 'ban', 'nhan', 'dan'], hdnd: ['hoi', 'dong', 'nhan', 'dan'], ubmttq: ['uy', 'ban', 'mat', 'tran', 'to', 'quoc'],
  mttq: ['mat', 'tran', 'to', 'quoc'], tp: ['thanh', 'pho'], tw: ['trung', 'uong'],
};
// Words before a name that keep it the same body ("Giám đốc Sở Y tế", "Kính gửi: Sở Y tế"); longest first.
const TITLES = ['kinh gui', 'pho', 'giam doc', 'tong giam doc', 'ban giam doc', 'chu tich', 'thu truong', 'lanh dao', 'ban lanh dao',
  'truong ban', 'truong', 'chanh', 'bi thu', 'cuc truong', 'vu truong', 'bo truong', 'thong doc', 'dong chi', 'nguoi dung dau',
  'dai dien', 'thanh vien'].map((t) => t.split(' ')).sort((a, b) => b.length - a.length);
const KINDS = ['thanh pho', 'thi xa', 'thi tran', 'tinh', 'huyen', 'xa', 'phuong', 'dia phuong', 'trung uong'].map((k) => k.split(' '));
// First words of a body's name: after a separator they start the next body of a list.
const HEADS = new Set(AGENCY_HEADS.map((h) => foldText(h).split(' ')[0]!));
// Collective nouns after "các"; the head ones include a unit by its first word, the others only a recipient.
const NOUNS = ['co quan chuyen mon', 'co quan', 'don vi', 'dia phuong', 'doan the', 'to chuc', 'doanh nghiep', 'so', 'ban', 'nganh', 'bo', 'hoi']
  .map((n) => n.split(' '));
const HEAD_NOUNS: Record<string, string> = { so: 'so', ban: 'ban', bo: 'bo', 'co quan chuyen mon': 'so' };
// What may follow a collective and keep it whole ("có liên quan", "thuộc UBND tỉnh"); anything else narrows it.
const TAILS = [/^$/, /^(co )?lien quan$/, /^(truc thuoc|thuoc)( .*)?$/,
  /^((co )?lien quan )?(tren dia ban |cap |cua )?(tinh|thanh pho|huyen|thi xa|xa|phuong|trung uong)( .*)?$/];
const IGNORED_RECIPIENTS = /^(nhu tren|nhu kinh gui)/;

function toWords(text: string): Words {
  const w: string[] = [];
  const breaks = new Set<number>();
  for (const [t] of foldText(text.normalize('NFC')).matchAll(/[\p{L}\p{N}]+|[,;:/&\n]/gu)) {
    if (t === 'va' || !/[\p{L}\p{N}]/u.test(t)) breaks.add(w.length);
    else w.push(...(EXPAND[t] ?? [t]));
  }
  return { w, breaks };
}

const startsWith = (w: string[], at: number, part: string[]) => part.every((p, i) => w[at + i] === p);

/** True when `w[from..to)` is nothing but titles ("Phó Giám đốc", "Kính gửi"). */
function titlesOnly(w: string[], to: number, from = 0): boolean {
  let k = from;
  while (k < to) {
    const title = TITLES.find((t) => k + t.length <= to && startsWith(w, k, t));
    if (!title) return false;
    k += title.length;
  }
  return true;
}

function kindAt(w: string[], k: number): string[] | undefined {
  const kind = KINDS.find((c) => startsWith(w, k, c));
  if (!kind) return undefined;
  const next = w[k + kind.length];
  // "tỉnh ủy", "xã hội" are not places.
  return next === 'uy' || (kind[0] === 'xa' && next === 'hoi') ? undefined : kind;
}

function localityAt(words: Words, k: number): Locality | null {
  const { w, breaks } = words;
  const collective = w[k] === 'cac';
  let i = collective ? k + 1 : k;
  const kinds: string[] = [];
  for (let kind = kindAt(w, i); kind; kind = kindAt(w, i)) {
    kinds.push(kind.join(' '));
    i += kind.length;
  }
  if (kinds.length === 0) return null;
  let end = i;
  while (end < w.length && !breaks.has(end)) end++;
  return { kinds, collective, name: w.slice(i, end).join(' ') };
}

function formsOf(name: string): Form[] {
  const words = toWords(name);
  const { w, breaks } = words;
  let cut = 1;
  while (cut < w.length && !kindAt(w, cut)) cut++;
  const base = w.slice(0, cut);
  const locality = cut < w.length ? localityAt(words, cut) : null;
  const forms: string[][] = [base];
  // Initials only from names spelled out in full: "Sở TT&TT" has none worth taking.
  if (base.length >= 3 && base.every((x) => /[aeiouy]/.test(x))) {
    // Initials per list chunk: "Sở Thông tin và Truyền thông" → "so tt tt", "so tttt", "stttt".
    const chunks: string[] = [];
    for (let i = 1; i < base.length; i++) {
      if (i === 1 || breaks.has(i)) chunks.push(base[i]!.charAt(0));
      else chunks.push(`${chunks.pop()}${base[i]!.charAt(0)}`);
    }
    forms.push([base[0]!, ...chunks], [base[0]!, chunks.join('')], [base.map((x) => x[0]).join('')]);
  }
  return forms.filter((f) => f.length > 0).map((f) => ({ w: f, locality }));
}

function localityFits(party: Locality, unit: Locality | null): boolean {
  if (!unit) return true;
  const kind = unit.kinds[0]!;
  if (party.collective) return party.kinds.includes(kind) || party.kinds.includes('dia phuong');
  return party.kinds[0] === kind && (party.name === '' || unit.name === '' || party.name.startsWith(unit.name));
}

function suffixFits(words: Words, j: number, form: Form): boolean {
  const { w, breaks } = words;
  if (j === w.length || (breaks.has(j) && HEADS.has(w[j]!))) return true;
  const locality = localityAt(words, j);
  return locality !== null && localityFits(locality, form.locality);
}

/** "các Sở: Y tế, Tài chính" → "Sở Y tế", "Sở Tài chính" (and each "và" part). */
function enumerated(party: string): string[] {
  const hit = /(?<!\p{L})cac\s+(\p{L}+)\s*:\s*(.+)$/su.exec(foldText(party.normalize('NFC')));
  if (!hit) return [];
  const items = hit[2]!.split(/[,;]/u).flatMap((item) => [item, ...item.split(/(?<!\p{L})va(?!\p{L})/u)]);
  return items.map((item) => `${hit[1]} ${item}`);
}

/** A unit compiled once for many comparisons (the list checks every task). */
export interface UnitMatcher {
  /** True when `party` names the unit itself (any alias, a title or a locality around it). */
  names(party: string): boolean;
  /** True when `party` is a collective ("các sở, ban, ngành") that includes the unit. */
  includes(party: string, isRecipient: boolean): boolean;
  /** True when the directive is addressed to the unit, by name or by a collective of its kind. */
  isRecipient(recipients: readonly string[]): boolean;
  /** The unit's role in a task, or null. */
  role(task: { assignees: readonly string[]; coordinators: readonly string[] }, recipients: readonly string[]): UnitRole | null;
}

/** Compiles `unit` (its name, aliases and their automatic initials) into a matcher. */
export function createUnitMatcher(unit: Unit): UnitMatcher {
  const forms = [unit.name, ...unit.aliases].filter((n) => n.trim()).flatMap(formsOf);
  const head = forms[0]?.w[0] ?? '';
  const named = new Map<string, boolean>();

  const namesWords = (words: Words) =>
    forms.some((form) => {
      for (let i = 0; i + form.w.length <= words.w.length; i++) {
        if (!startsWith(words.w, i, form.w) || !suffixFits(words, i + form.w.length, form)) continue;
        // Titles may precede the name, after the start or after the separator ending the previous body.
        let from = i;
        while (from > 0 && !words.breaks.has(from)) from--;
        if (titlesOnly(words.w, i, from)) return true;
      }
      return false;
    });

  const names = (party: string): boolean => {
    let hit = named.get(party);
    if (hit === undefined) {
      hit = namesWords(toWords(party)) || enumerated(party).some((p) => namesWords(toWords(p)));
      named.set(party, hit);
    }
    return hit;
  };

  const includesWords = (party: string, isRecipient: boolean): boolean => {
    const { w, breaks } = toWords(party);
    let k = 0;
    while (k < w.length && !['cac', 'quy'].includes(w[k]!)) k++;
    if (k === w.length || !titlesOnly(w, k)) return false;
    if (w[k] === 'quy') return isRecipient && (startsWith(w, k + 1, ['co', 'quan']) || startsWith(w, k + 1, ['don', 'vi']));
    const nouns: string[] = [];
    for (k++; ; ) {
      const noun = NOUNS.find((n) => startsWith(w, k, n));
      if (!noun) break;
      nouns.push(noun.join(' '));
      k += noun.length;
    }
    // The tail ends where the next body of a list starts ("các sở, ban, ngành; UBND các huyện").
    let end = k;
    while (end < w.length && !(breaks.has(end) && HEADS.has(w[end]!))) end++;
    if (nouns.length === 0 || !TAILS.some((t) => t.test(w.slice(k, end).join(' ')))) return false;
    return nouns.some((n) => (HEAD_NOUNS[n] ?? null) === head) || (isRecipient && nouns.some((n) => !HEAD_NOUNS[n]));
  };

  const included = new Map<string, boolean>();
  const includes = (party: string, isRecipient: boolean): boolean => {
    const key = `${isRecipient ? 1 : 0}${party}`;
    let hit = included.get(key);
    if (hit === undefined) included.set(key, (hit = includesWords(party, isRecipient)));
    return hit;
  };

  // The list asks once per task; tasks of one document share its recipients array.
  const addressed = new WeakMap<readonly string[], boolean>();
  const isRecipient = (recipients: readonly string[]) => {
    let hit = addressed.get(recipients);
    if (hit === undefined) {
      hit = recipients.some((r) => !IGNORED_RECIPIENTS.test(toWords(r).w.join(' ')) && (names(r) || includes(r, false)));
      addressed.set(recipients, hit);
    }
    return hit;
  };

  return {
    names,
    includes,
    isRecipient,
    role(task, recipients) {
      const toUnit = isRecipient(recipients);
      const hit = (party: string) => names(party) || includes(party, toUnit);
      if (task.assignees.some(hit)) return 'chu-tri';
      return task.coordinators.some(hit) ? 'phoi-hop' : null;
    },
  };
}

const matchers = new WeakMap<Unit, UnitMatcher>();

/**
 * The unit's role in a task: `chu-tri` when an assignee names it (or a collective that includes
 * it), `phoi-hop` when a coordinator does, else null. `recipients` are the directive's addressees:
 * generic collectives ("các cơ quan, đơn vị", "Quý cơ quan") count only when the unit is one of them.
 */
export function roleForUnit(
  task: { assignees: readonly string[]; coordinators: readonly string[] },
  unit: Unit | null,
  recipients: readonly string[],
): UnitRole | null {
  if (!unit || !unit.name.trim()) return null;
  let matcher = matchers.get(unit);
  if (!matcher) matchers.set(unit, (matcher = createUnitMatcher(unit)));
  return matcher.role(task, recipients);
}

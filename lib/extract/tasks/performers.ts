import { CLOSING_WORDS } from '../segment/zones';

// "Nơi nhận:" at a line start (see zones.ts).
const CLOSING = new RegExp(`(?:^|\\n)[ \\t\\-*_#|]{0,6}${CLOSING_WORDS}`, 'g');
// "- Tổng cục Thuế (để thực hiện);", "- Các Sở, ngành (để t/h);", "- Cục Thuế (thực hiện)".
const TO_PERFORM = /^[ \t]{0,8}[-+~•*][ \t]{0,4}([^\n()]{3,120}?)[ \t]{0,2}\((?:để[ \t]{1,3})?(?:triển[ \t]{1,3}khai[ \t]{1,3})?(?:thực[ \t]{1,3}hiện|t\/h)\)/iu;
/** Lines of the recipients list read after "Nơi nhận:". */
const MAX_LINES = 30;

/**
 * The bodies a letter's "Nơi nhận" sends it to "(để thực hiện)": who must act when the letter has
 * no "Kính gửi" and its duties name no one. `folded` is `foldText(text)`.
 */
export function performersOf(text: string, folded: string): string[] {
  CLOSING.lastIndex = 0;
  let last: RegExpExecArray | null = null;
  for (let m = CLOSING.exec(folded); m; m = CLOSING.exec(folded)) last = m;
  if (!last) return [];
  const names: string[] = [];
  const lines = text.slice(last.index + last[0].length).split('\n', MAX_LINES);
  for (const line of lines) {
    const m = TO_PERFORM.exec(line);
    const name = m?.[1]!.trim().replace(/[;,.:]+$/u, '');
    if (name && !names.includes(name)) names.push(name);
  }
  return names;
}

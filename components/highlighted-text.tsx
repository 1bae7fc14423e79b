/** Renders `text` as text nodes, with `[start, end)` inside a <mark>. Never parses HTML. */
export function HighlightedText({ text, start, end }: { text: string; start?: number; end?: number }) {
  if (start === undefined || end === undefined || start < 0 || end <= start || end > text.length) return <span>{text}</span>;
  return (
    <span>
      {text.slice(0, start)}
      <mark>{text.slice(start, end)}</mark>
      {text.slice(end)}
    </span>
  );
}

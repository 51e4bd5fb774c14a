/**
 * In MDX a line holding nothing but an `{expression}` is a block of its own, so one placed
 * mid-sentence splits the paragraph in two on the page. Authors meet this when a long data
 * expression wraps onto its own line; this catches it before a reader does.
 */
export function bareExpressionLines(mdx: string): number[] {
  const lines = mdx.split('\n');
  const found: number[] = [];
  let inFence = false;
  lines.forEach((line, i) => {
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    if (inFence) return;
    const prev = lines[i - 1] ?? '';
    const next = lines[i + 1] ?? '';
    const bare = /^\s*\{[^{}]*(\{[^{}]*\}[^{}]*)*\}\s*$/.test(line);
    const inParagraph = /\S/.test(prev) && !/^\s*(import|export)\b/.test(prev) && /^[\w({]|^\s*[a-z(]/.test(next);
    if (bare && inParagraph) found.push(i + 1);
  });
  return found;
}

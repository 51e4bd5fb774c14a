/** Average silent-reading speed for technical prose, words per minute. */
const WORDS_PER_MINUTE = 220;

/**
 * Minutes to read a post body (MDX source). Code, math and markup count less than prose, so they
 * are stripped before counting; a post is never shown as taking 0 minutes.
 */
export function readingMinutes(source: string): number {
  const prose = source
    .replace(/^---[\s\S]*?---/, ' ')
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/\$\$[\s\S]*?\$\$/g, ' ')
    .replace(/^\s*(import|export)\s.*$/gm, ' ')
    .replace(/<[^>]+>/g, ' ');
  const words = prose.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}

/**
 * JSON that is safe between <script type="application/json"> and </script>: "<", ">" and "&"
 * become \u escapes (so no "</script>" or "<!--" can end the element early), and so do U+2028
 * and U+2029. JSON.parse reads the result back to the same value.
 */
export function scriptJson(value: unknown): string {
  const json = JSON.stringify(value);
  if (json === undefined) throw new TypeError('scriptJson: the value has no JSON form.');
  return json.replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

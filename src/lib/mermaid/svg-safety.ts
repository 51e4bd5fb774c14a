/** Elements that could run code or pull in another document. */
const ACTIVE_ELEMENTS = new Set(['script', 'iframe', 'embed', 'object', 'handler', 'listener']);
const TAG = /<([a-zA-Z][\w:-]*)((?:\s+[^\s=/>]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*)\s*\/?>/g;
const ATTR = /([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;

/**
 * Returns a sentence describing the first construct in an SVG string that could execute code
 * (a script or plug-in element, an on… event-handler attribute, a javascript: URL), or null
 * when there is none. Mermaid's strict security level should never produce one; this is the
 * last check before the markup is inlined into a page that trusts it.
 */
export function unsafeSvgConstruct(svg: string): string | null {
  for (const tag of svg.matchAll(TAG)) {
    const name = (tag[1] ?? '').toLowerCase();
    if (ACTIVE_ELEMENTS.has(name)) return `a <${tag[1] ?? name}> element`;
    for (const attr of (tag[2] ?? '').matchAll(ATTR)) {
      const attrName = (attr[1] ?? '').toLowerCase();
      const value = attr[2] ?? attr[3] ?? attr[4] ?? '';
      if (attrName.startsWith('on')) return `an event-handler attribute ${attr[1] ?? attrName} on <${tag[1] ?? name}>`;
      if (/^(?:xlink:)?href$|^src$|^action$|^formaction$/.test(attrName) && /^\s*(?:javascript:|vbscript:|data:\s*(?:text\/html|image\/svg|application))/i.test(value)) {
        return `a ${value.trim().split(':')[0] ?? ''}: URL in ${attr[1] ?? attrName} on <${tag[1] ?? name}>`;
      }
    }
  }
  return null;
}

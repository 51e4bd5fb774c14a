/** The site's two colour schemes; every diagram is drawn once for each. */
export type DiagramTheme = 'light' | 'dark';

export const DIAGRAM_THEMES: readonly DiagramTheme[] = ['light', 'dark'];

/** Mermaid's own theme names for the site's schemes. */
export const MERMAID_THEME: Readonly<Record<DiagramTheme, 'default' | 'dark'>> = { light: 'default', dark: 'dark' };

/**
 * The prose font stack, so labels match the text around them. Text is measured at build time with
 * whatever the build machine resolves this to, so it is a system stack rather than a web font.
 */
export const DIAGRAM_FONT_FAMILY = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Noto Sans', sans-serif";

/** Width of the page the diagrams are laid out in; width-filling diagrams (Gantt) take this size. */
export const DIAGRAM_VIEWPORT = { width: 800, height: 600 } as const;

/** The subset of Mermaid's configuration we set; plain JSON so it can cross into the page. */
export interface MermaidRenderConfig {
  startOnLoad: false;
  securityLevel: 'strict';
  theme: 'default' | 'dark';
  htmlLabels: false;
  fontFamily: string;
  deterministicIds: true;
  deterministicIDSeed: string;
}

/**
 * Configuration for one render. 'strict' makes Mermaid sanitise labels and ignore click handlers;
 * labels without HTML are pure SVG text, so no foreignObject reaches the page. The seed pins the
 * ids Mermaid generates internally so reruns are byte-identical.
 */
export function mermaidConfig(theme: DiagramTheme, seed: string): MermaidRenderConfig {
  return {
    startOnLoad: false,
    securityLevel: 'strict',
    theme: MERMAID_THEME[theme],
    htmlLabels: false,
    fontFamily: DIAGRAM_FONT_FAMILY,
    deterministicIds: true,
    deterministicIDSeed: seed,
  };
}

/** The id of one rendered SVG; every id inside it is made to start with this. */
export function diagramSvgId(hash: string, theme: DiagramTheme, occurrence = 1): string {
  const short = hash.slice(0, 8);
  return occurrence > 1 ? `mmd-${short}-${occurrence}-${theme}` : `mmd-${short}-${theme}`;
}

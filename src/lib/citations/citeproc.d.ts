// citeproc-js ships no types: these cover the part of its API the site uses (the engine, its
// output-format table and the development extensions it reads).
declare module 'citeproc' {
  import type { CSL as CslItem } from '@citation-js/core';

  namespace CSL {
    interface Sys {
      retrieveLocale(lang: string): string | undefined;
      retrieveItem(id: string): CslItem & { system_id: string };
      /** Present (any function) so the engine wraps each cite of a cluster in "@cite/entry". */
      wrapCitationEntry?: (str: string) => string;
    }

    interface CitationItem {
      id: string;
      prefix?: string;
      suffix?: string;
      'suppress-author'?: boolean;
      'author-only'?: boolean;
    }

    interface Citation {
      citationID: string;
      citationItems: CitationItem[];
      properties: { noteIndex: number };
    }

    interface BibliographyMeta {
      /** The ids of the entries, in the order of the entries. */
      entry_ids: string[][];
    }

    /** `this` inside the decorations of an output format. */
    interface Blob {
      item_id?: string;
    }

    type Decoration = ((this: Blob, state: unknown, str: string) => string) | string | false;

    interface OutputFormat {
      text_escape: (text: string | undefined) => string;
      [decoration: string]: Decoration | ((text: string | undefined) => string);
    }

    class Engine {
      constructor(sys: Sys, style: string, lang?: string, forceLang?: boolean);
      opt: { development_extensions: Record<string, boolean> };
      citation: { opt: { layout_prefix?: string; layout_suffix?: string } };
      setOutputFormat(format: string): void;
      /** Resets the engine to an empty document when given no citations. */
      restoreProcessorState(citations: Citation[]): void;
      /** Formats citation clusters in document order: [citationID, noteIndex, text] for each. */
      rebuildProcessorState(citations: Citation[], format: string, uncited: string[]): [string, number, string][];
      makeBibliography(): [BibliographyMeta, string[]] | false;
    }

    const Output: {
      Formats: Record<string, OutputFormat>;
    };
  }

  export default CSL;
}

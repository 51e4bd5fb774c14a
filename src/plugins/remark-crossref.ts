import type { RemarkPlugin } from '@astrojs/markdown-remark';
import type { Nodes, PhrasingContent, Root } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { CrossrefError } from '../lib/crossref/crossref-error';
import { findEquationLabels, hasTag, tagEquation } from '../lib/crossref/equation-label';
import { findReferences } from '../lib/crossref/find-references';
import { anchorId, kindNoun, parseLabel, referenceText, type LabelKind } from '../lib/crossref/labels';
import { setMathValue } from '../lib/crossref/math-node';
import { replaceInText } from '../lib/crossref/replace-in-text';
import { displayPath, formatLocation, locateInSource, sourceText, type SourcePoint, type SourceSpan } from '../lib/crossref/source-location';

interface Target {
  readonly kind: LabelKind;
  readonly number: number;
  readonly id: string;
  readonly at: SourcePoint;
}

function setAttribute(node: MdxJsxFlowElement | MdxJsxTextElement, name: string, value: string): void {
  const existing = node.attributes.find((a): a is MdxJsxAttribute => a.type === 'mdxJsxAttribute' && a.name === name);
  if (existing) existing.value = value;
  else node.attributes.push({ type: 'mdxJsxAttribute', name, value });
}

function stringAttribute(node: MdxJsxFlowElement | MdxJsxTextElement, name: string): MdxJsxAttribute | undefined {
  return node.attributes.find((a): a is MdxJsxAttribute => a.type === 'mdxJsxAttribute' && a.name === name && typeof a.value === 'string');
}

/**
 * Numbers labelled equations, figures and tables of one post, each kind from 1 in document order,
 * and turns `@eq:name`, `@fig:name`, `@tab:name` in prose into links reading "Eq. (N)", "Figure N",
 * "Table N".
 *
 * - Display math holding `\label{eq:name}` loses the label (KaTeX has no \label), gains `\tag{N}`
 *   and is wrapped in `<div class="equation" id="eq-name">`.
 * - Any MDX element with a string `label="fig:..."` or `label="tab:..."` gets the attributes
 *   `number="N"` and `id="fig-name"` (the component renders them).
 *
 * A duplicate or malformed label, or a reference to a label the post does not define, is a
 * CrossrefError naming file, line, column and label. Code, inline code and math are never scanned
 * for references, and "@" after a letter (as in an e-mail address) does not start one.
 */
export const remarkCrossref: RemarkPlugin<[]> = function remarkCrossref() {
  return (tree: Root, file: VFile) => {
    const path = displayPath(file.path);
    const source = sourceText(file.value);
    const targets = new Map<string, Target>();
    const counters: Record<LabelKind, number> = { eq: 0, fig: 0, tab: 0 };

    function fail(message: string, at: SourcePoint, label: string): never {
      throw new CrossrefError(message, { file: path, ...at, label });
    }

    const register = (label: string, kind: LabelKind, id: string, at: SourcePoint): number => {
      const previous = targets.get(label);
      if (previous) {
        fail(`The label "${label}" is defined twice; the first definition is at ${formatLocation(path, previous.at)}. Labels must be unique within a post.`, at, label);
      }
      counters[kind] += 1;
      targets.set(label, { kind, number: counters[kind], id, at });
      return counters[kind];
    };

    visit(tree, (node: Nodes) => {
      if (node.type === 'math') {
        const labels = findEquationLabels(node.value);
        const [first, second] = labels;
        if (first === undefined) return;
        const at = locateInSource(source, node.position, first.source);
        if (second !== undefined) {
          fail(`This display equation has more than one \\label (${labels.map((l) => l.source).join(', ')}); an equation gets one number, so keep one label.`, locateInSource(source, node.position, second.source), second.label);
        }
        const parsed = parseLabel(first.label);
        if (!parsed || parsed.kind !== 'eq') {
          fail(`The equation label "${first.label}" should look like "eq:name" (letters, digits, "_", joined by "-" or ".").`, at, first.label);
        }
        if (hasTag(node.value)) {
          fail(`The equation labelled "${first.label}" also sets its own \\tag, \\notag or \\nonumber; a labelled equation is numbered automatically, so remove one of them.`, at, first.label);
        }
        const id = anchorId(parsed);
        const number = register(first.label, 'eq', id, at);
        setMathValue(node, tagEquation(node.value, first, number), id);
        return;
      }
      if (node.type === 'inlineMath') {
        const [first] = findEquationLabels(node.value);
        if (first) {
          fail(`Inline math cannot carry the label "${first.label}"; only display math ($$ ... $$) is numbered.`, locateInSource(source, node.position, first.source), first.label);
        }
        return;
      }
      if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
        const attribute = stringAttribute(node, 'label');
        const label = attribute?.value;
        if (typeof label !== 'string' || !/^(fig|tab):/.test(label)) return;
        const span: SourceSpan | undefined = attribute?.position ?? node.position;
        const at = locateInSource(source, span, label);
        const parsed = parseLabel(label);
        if (!parsed) {
          fail(`The label "${label}" on <${node.name ?? 'fragment'}> should look like "fig:name" or "tab:name" (letters, digits, "_", joined by "-" or ".").`, at, label);
        }
        // An id the author set is kept, and links go there; otherwise the label gives one.
        const id = stringAttribute(node, 'id')?.value;
        const anchor = typeof id === 'string' && id !== '' ? id : anchorId(parsed);
        const number = register(label, parsed.kind, anchor, at);
        setAttribute(node, 'number', String(number));
        setAttribute(node, 'id', anchor);
      }
    });

    replaceInText(tree, (node, { insideLink }) =>
      findReferences(node.value).map((ref, index, all) => {
        const written = node.value.slice(ref.start, ref.end);
        const occurrence = all.slice(0, index).filter((r) => node.value.slice(r.start, r.end) === written).length;
        const at = (): SourcePoint => locateInSource(source, node.position, written, occurrence);
        if (ref.name === '') {
          fail(`"${written}" is not a complete reference: write ${written}name, where name is the label without its "${ref.kind}:" prefix.`, at(), written);
        }
        const label = `${ref.kind}:${ref.name}`;
        const target = targets.get(label);
        if (!target) {
          const hint = ref.kind === 'eq' ? `\\label{${label}} in a display equation` : `an element with label="${label}"`;
          fail(`The reference "@${label}" points to no ${kindNoun(ref.kind)} in this post; add ${hint}, or fix the name.`, at(), label);
        }
        const text: PhrasingContent = { type: 'text', value: referenceText(target.kind, target.number) };
        const nodes: PhrasingContent[] = insideLink
          ? [text]
          : [{ type: 'link', url: `#${target.id}`, children: [text], data: { hProperties: { className: ['xref'] } } }];
        return { start: ref.start, end: ref.end, nodes };
      }),
    );
  };
};

export default remarkCrossref;

/**
 * Minifies the text of Lit's `html` and `css` template literals in a production build, which the
 * JavaScript minifier leaves as written (indentation, line breaks, CSS comments).
 *
 * - css`…`, and a plain template literal marked `/* css *\/` (the button's styles, without Lit):
 *   comments go; white space goes where CSS ignores it (around `{ } ; , >`, after `:`), and
 *   elsewhere shrinks to one space. Nothing is reordered or rewritten, and strings are left alone.
 *   A `${…}` interpolation is kept in place.
 * - html`…`: a run of white space that holds a line break becomes one space. In the HTML the
 *   elements render (`white-space: normal`), that space reads the same as the run did; no text
 *   node, attribute or binding is added or removed, so Lit's bindings stay where they were. A
 *   template holding `<pre` is left alone, and so is one passed to `msg()`: @lit/localize
 *   identifies such a message by its exact strings.
 *
 * It reads the sources as written (TypeScript included), before anything strips their comments.
 */
import { RolldownMagicString } from 'rolldown';
import { parseAst, type Plugin } from 'vite';

interface Node {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}

interface TemplateElement extends Node {
  value: { raw: string; cooked: string | null };
}

/** Comments out, white space where CSS does not need it. `text` is the template's cooked text. */
export function minifyCss(text: string): string {
  /** Outside strings: white space around `{ } ; , >`, after `:` and before `!` is not needed. */
  const tighten = (css: string) =>
    css
      .replace(/\/\*[\s\S]*?(?:\*\/|$)/g, ' ')
      .replace(/\s+/g, ' ')
      .replace(/ ?([{};,>]) ?/g, '$1')
      .replace(/: /g, ':')
      .replace(/ !/g, '!')
      .replace(/;}/g, '}');
  let out = '';
  let from = 0;
  // Strings ('…', "…") are kept exactly; a comment may hold a quote, so comments go first.
  const pattern = /\/\*[\s\S]*?(?:\*\/|$)|"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'/g;
  for (const match of text.matchAll(pattern)) {
    if (match[0].startsWith('/*')) continue;
    out += tighten(text.slice(from, match.index)) + match[0];
    from = match.index + match[0].length;
  }
  return (out + tighten(text.slice(from))).trim();
}

/** A run of white space holding a line break becomes one space (raw template text). */
export const minifyHtml = (raw: string) => raw.replace(/[ \t]*\r?\n\s*/g, ' ');

/** The template's cooked text back into raw template source. */
const toRaw = (text: string) =>
  text.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${');

/** A unique stand-in for the n-th `${…}` while the CSS is minified. */
const placeholder = (n: number) => `\uE000${n}\uE000`;

function children(node: Node): Node[] {
  const found: Node[] = [];
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) {
      for (const item of value)
        if (item && typeof item === 'object' && 'type' in item) found.push(item as Node);
    } else if (value && typeof value === 'object' && 'type' in value) {
      found.push(value as Node);
    }
  }
  return found;
}

const isIdentifier = (node: unknown, name: string) =>
  (node as Node | undefined)?.type === 'Identifier' && (node as { name?: string }).name === name;

/** The edits that minify one module's templates: [start, end, replacement]. */
export function literalEdits(code: string, file = 'module.ts'): [number, number, string][] {
  const edits: [number, number, string][] = [];
  const visit = (node: Node, parent: Node | undefined) => {
    let quasi: Node | undefined;
    let kind: 'html' | 'css' | undefined;
    if (node.type === 'TaggedTemplateExpression') {
      kind = isIdentifier(node.tag, 'html')
        ? 'html'
        : isIdentifier(node.tag, 'css')
          ? 'css'
          : undefined;
      quasi = node.quasi as Node;
      // msg(html`…`) is identified by its strings: they must stay as written.
      if (parent?.type === 'CallExpression' && isIdentifier(parent.callee, 'msg')) kind = undefined;
    } else if (
      node.type === 'TemplateLiteral' &&
      /\/\*\s*css\s*\*\/\s*$/.test(code.slice(Math.max(0, node.start - 20), node.start))
    ) {
      kind = 'css';
      quasi = node;
    }
    const quasis = (quasi?.quasis ?? []) as TemplateElement[];
    // Where an element's text starts: TypeScript's AST counts the delimiter before it (a backtick
    // or `}`), JavaScript's does not. Should neither point at the text, leave the template alone.
    const at = (q: TemplateElement) =>
      code.startsWith(q.value.raw, q.start) ? q.start : q.start + 1;
    const trusted = quasis.every((q) => code.startsWith(q.value.raw, at(q)));
    if (kind === 'html' && trusted && !quasis.some((q) => q.value.raw.includes('<pre'))) {
      for (const q of quasis) {
        const raw = minifyHtml(q.value.raw);
        if (raw !== q.value.raw) edits.push([at(q), at(q) + q.value.raw.length, raw]);
      }
    } else if (kind === 'css' && trusted && quasis.every((q) => q.value.cooked !== null)) {
      const joined = quasis.map((q, i) => (i ? placeholder(i - 1) : '') + q.value.cooked).join('');
      const parts = minifyCss(joined).split(/\uE000\d+\uE000/);
      if (parts.length === quasis.length) {
        quasis.forEach((q, i) => {
          const raw = toRaw(parts[i]!);
          if (raw !== q.value.raw) edits.push([at(q), at(q) + q.value.raw.length, raw]);
        });
      }
    }
    for (const child of children(node)) visit(child, node);
  };
  const lang = /\.[cm]?tsx?$/.test(file) ? 'ts' : 'js';
  visit(parseAst(code, { lang }, file) as unknown as Node, undefined);
  return edits;
}

/** The Vite plugin (production builds only: the dev server and Storybook keep the source). */
export function minifyLiterals(): Plugin {
  return {
    name: 'eq-support:minify-literals',
    apply: 'build',
    enforce: 'pre',
    transform(code, id) {
      const file = id.split('?')[0] ?? id;
      if (file.includes('/node_modules/') || !/\.[cm]?[jt]sx?$/.test(file)) return null;
      if (!/(?:html|css)`|\/\*\s*css\s*\*\//.test(code)) return null;
      const edits = literalEdits(code, file);
      if (edits.length === 0) return null;
      const s = new RolldownMagicString(code);
      for (const [start, end, text] of edits) s.overwrite(start, end, text);
      return { code: s.toString(), map: s.generateMap({ hires: true, source: id }).toString() };
    },
  };
}

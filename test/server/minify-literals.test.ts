/**
 * The production build's minifier of Lit templates (scripts/vite/minify-literals.ts) changes only
 * white space and comments: strings, bindings, placeholders and msg(html``) stay as written.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { literalEdits, minifyCss, minifyHtml } from '../../scripts/vite/minify-literals.js';

/** `code` with the plugin's edits applied. */
function minified(code: string, file = 'module.ts'): string {
  let out = code;
  for (const [start, end, text] of literalEdits(code, file).sort((a, b) => b[0] - a[0])) {
    out = out.slice(0, start) + text + out.slice(end);
  }
  return out;
}

describe('minify-literals', () => {
  it('drops CSS comments and the white space CSS ignores, keeping strings as written', () => {
    assert.equal(
      minifyCss(`
        /* a comment with a ' quote */
        :host > .a,
        .b::before {
          content: ' > { ; } /* kept */ ';
          margin: 0 auto !important;
          width: calc(100% - 2px);
        }
        :host([placement='bottom-left']) .c :focus-visible { color: red; }
      `),
      ":host>.a,.b::before{content:' > { ; } /* kept */ ';margin:0 auto!important;" +
        "width:calc(100% - 2px)}:host([placement='bottom-left']) .c :focus-visible{color:red}",
    );
  });

  it('collapses line breaks with their indentation in html templates to one space', () => {
    assert.equal(minifyHtml('<p>\n      <b>x</b>\n      y\n    </p>'), '<p> <b>x</b> y </p>');
    assert.equal(minifyHtml('a  b'), 'a  b');
  });

  it('rewrites css`` with an interpolation in place, and a /* css */ template', () => {
    const code = [
      'const a = css`',
      '  :host {',
      '    color: red; /* why */',
      '    ${unsafeCSS(TYPE)}',
      '    margin: 0;',
      '  }',
      '`;',
      'const b = /* css */ `',
      '  .x { content: "\\\\2014"; }',
      '`;',
    ].join('\n');
    assert.equal(
      minified(code),
      [
        'const a = css`:host{color:red;${unsafeCSS(TYPE)} margin:0}`;',
        'const b = /* css */ `.x{content:"\\\\2014"}`;',
      ].join('\n'),
    );
  });

  it('keeps bindings of html`` and leaves msg(html``) and <pre> alone', () => {
    const code = [
      'html`<div',
      '  class=${a}',
      '  @click=${() => b()}',
      '>',
      '  ${msg(html`Hello\n  <b>${name}</b>`)}',
      '</div>`;',
      'html`<pre>\n  x\n</pre>`;',
    ].join('\n');
    assert.equal(
      minified(code),
      [
        'html`<div class=${a} @click=${() => b()} > ${msg(html`Hello\n  <b>${name}</b>`)} </div>`;',
        'html`<pre>\n  x\n</pre>`;',
      ].join('\n'),
    );
  });

  it('reads JavaScript as well as TypeScript', () => {
    assert.equal(minified('html`<p>\n  ${x}\n</p>`;', 'module.js'), 'html`<p> ${x} </p>`;');
    assert.equal(
      minified('const f = (x: number): string => css`a {\n  b: c;\n}`;'),
      'const f = (x: number): string => css`a{b:c}`;',
    );
  });
});

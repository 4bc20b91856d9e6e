// plainHtml, the writer of Lit templates as plain HTML (src/static/plain-html.ts), on templates
// written for each rule: each binding's context, what is escaped, kept, left out or rewritten.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { html, nothing, noChange, svg } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { repeat } from 'lit/directives/repeat.js';
import { plainHtml } from '../../dist/esm/static/plain-html.js';

describe('plainHtml', () => {
  it('writes child values as escaped text, nested templates, arrays and iterables; nothing, noChange, null and "" write nothing', () => {
    const items = new Set(['a', 'b']);
    const out = plainHtml(
      html`<p>${'<b>&'} ${3} ${false} ${nothing}${noChange}${null}${undefined}${''}${html`<em>${'x'}</em>`}</p>
        <ul>
          ${['1', '2'].map((i) => html`<li>${i}</li>`)}
        </ul>
        <ol>
          ${items}
        </ol>`,
    );
    assert.equal(out, '<p>&lt;b&gt;&amp; 3 false <em>x</em></p>\n<ul>\n<li>1</li><li>2</li>\n</ul>\n<ol>\nab\n</ol>');
  });

  it('gives each attribute binding its context: attribute, interpolated, boolean, property and event', () => {
    const out = plainHtml(
      html`<details ?open=${true} .x=${{}} @toggle=${() => {}}><summary>s</summary></details>
        <details ?open=${false}><summary>t</summary></details>
        <a href="#${'a&b'}" title=${'« " »'} rel="noopener">l</a>`,
    );
    assert.equal(
      out,
      '<details open><summary>s</summary></details>\n<details><summary>t</summary></details>\n<a href="#a&amp;b" title="« &quot; »" rel="noopener">l</a>',
    );
  });

  it('leaves out an attribute bound to nothing or undefined through ifDefined, and one with nothing in its interpolation', () => {
    const out = plainHtml(
      html`<h2 id=${ifDefined(undefined)} title="a ${nothing}">t</h2>
        <h3 id=${ifDefined('x')}>u</h3>`,
    );
    assert.equal(out, '<h2>t</h2>\n<h3 id="x">u</h3>');
  });

  it('drops class, part, exportparts, tabindex, style, event and data attributes; keeps id, lang, scope, aria labels', () => {
    const out = plainHtml(
      html`<table class="t" part="table" style="color:red" data-x="1" onclick="x()">
        <caption lang="en" tabindex="-1" exportparts="a">
          c
        </caption>
        <tr>
          <th scope="col" id="h" aria-label="l">h</th>
        </tr>
      </table>`,
    );
    assert.equal(out, '<table>\n<caption lang="en"> c </caption>\n<tr>\n<th scope="col" id="h" aria-label="l">h</th>\n</tr>\n</table>');
  });

  it('leaves out script, style, slot, buttons, hidden content and downloads; writes a chart as its sentence; bdi as a span', () => {
    const out = plainHtml(
      html`<div>
        <script>
          alert(1);
        </script>
        <style>
          p {
          }
        </style>
        <slot></slot><button>b</button>
        <p hidden>h</p>
        <a href="data:text/csv,1" download="x.csv">csv</a>
        <svg role="img" aria-label="Hausse de 1 à 2.">${svg`<rect width="1"></rect>`}</svg>
        <svg aria-hidden="true"><rect /></svg>
        <p><bdi>${'Mende'}</bdi> <span class="x">y</span></p>
      </div>`,
    );
    assert.equal(out, '<div>\n<p>Hausse de 1 à 2.</p>\n<p><span dir="auto">Mende</span> y</p>\n</div>');
  });

  it('drops a role an element has of itself, and keeps another', () => {
    const out = plainHtml(
      html`<table role="table">
          <tr role="row">
            <th role="rowheader">a</th>
            <td role="cell">b</td>
          </tr>
        </table>
        <p role="note">c</p>`,
    );
    assert.equal(out, '<table>\n<tr>\n<th>a</th>\n<td>b</td>\n</tr>\n</table>\n<p role="note">c</p>');
  });

  it('keeps links a page without script can follow, and only their text otherwise', () => {
    const out = plainHtml(
      html`<p><a href="https://a.fr">a</a> <a href="mailto:x@a.fr">m</a> <a href="tel:+33">t</a> <a href="javascript:alert(1)">j</a></p>`,
    );
    assert.equal(out, '<p><a href="https://a.fr">a</a> <a href="mailto:x@a.fr">m</a> <a href="tel:+33">t</a> j</p>');
  });

  it('replaces a custom element by what expand gives, and asks drop about every element', () => {
    const out = plainHtml(
      html`<anct-x .feed=${{ a: 1 }} exportparts="p"></anct-x>
        <p part="status">ouvert</p>
        <p>reste</p>`,
      {
        expand: (e) => `<p>${e.tag} ${JSON.stringify(e.properties.get('feed'))}</p>`,
        drop: (e) => e.attributes.get('part') === 'status',
      },
    );
    assert.equal(out, '<p>anct-x {"a":1}</p>\n<p>reste</p>');
  });

  it('refuses a directive it cannot write, as a programmer’s error', () => {
    assert.throws(
      () =>
        plainHtml(
          html`<ul>
            ${repeat([1], (i) => html`<li>${i}</li>`)}
          </ul>`,
        ),
      /directive/,
    );
  });
});

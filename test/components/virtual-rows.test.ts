/**
 * VirtualRowsController, the windowing of `<eq-case-list>`, in a small host element: only the rows
 * in view are in the DOM at 10,000 rows, rows of different heights are laid out where they belong,
 * scrollToIndex brings a row to the top or just into view, the host hears which rows are in view,
 * a focused row keeps its element, and neither a ResizeObserver loop nor a style attribute (a
 * strict CSP's `style-src-attr 'none'` is in force on this page) ever happens.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement, css, unsafeCSS } from 'lit';
import { property } from 'lit/decorators.js';
import { ref } from 'lit/directives/ref.js';
import { VirtualRowsController } from '../../src/components/case-list/virtual-rows.js';

// Like the strict demo page: style attributes are refused, the CSSOM is allowed.
const csp = document.createElement('meta');
csp.httpEquiv = 'Content-Security-Policy';
csp.content = "style-src-attr 'none'";
document.head.append(csp);

/** Heights of the row classes: rows cycle through them, 74 px on average. */
const HEIGHTS = [24, 48, 72, 96, 130];
/** Height of the scrolling element. */
const VIEW = 300;

interface Row {
  id: string;
  /** Long text instead of a fixed height: the row wraps, its height follows the width. */
  text?: string;
}

const rowsOf = (count: number, from = 0): Row[] =>
  Array.from({ length: count }, (_, i) => ({ id: `r${from + i}` }));
const rowClass = (row: Row) =>
  row.text !== undefined ? '' : row.id.startsWith('t') ? 'tiny' : `h${Number(row.id.slice(1)) % 5}`;
const heightOf = (row: Row) => HEIGHTS[Number(row.id.slice(1)) % HEIGHTS.length]!;

class VirtualRowsHost extends LitElement {
  static override styles = [
    css`
      :host {
        display: block;
      }
      .scroller {
        height: ${VIEW}px;
        overflow-y: auto;
      }
      /* As in <eq-case-list>: as tall as its rows, up to a maximum. */
      :host([fit]) .scroller {
        height: auto;
        max-height: ${VIEW}px;
      }
      .tiny {
        height: 10px;
      }
      .row {
        display: block;
        box-sizing: border-box;
        border-bottom: 1px solid;
      }
      .row button {
        display: block;
        width: 100%;
        text-align: start;
      }
    `,
    ...HEIGHTS.map((height, k) => unsafeCSS(`.h${k} { height: ${height}px; }`)),
  ];

  @property({ attribute: false }) items: Row[] = [];

  /** Every notification: first and last index in view, and the number of rows then. */
  readonly seen: [number, number, number][] = [];

  readonly rows = new VirtualRowsController<Row>(this, {
    key: (row) => row.id,
    estimate: 50,
    onVisible: (first, last) => this.seen.push([first, last, this.items.length]),
  });

  protected override render() {
    return html`<div class="scroller" role="list" aria-label="Rows" ${ref(this.rows.attach)}>
      ${this.rows.render(
        this.items,
        (row, index) =>
          html`<div role="listitem" class="row ${rowClass(row)}" data-index=${index}>
            <button type="button" data-id=${row.id}>${row.text ?? row.id}</button>
          </div>`,
      )}
    </div>`;
  }
}
customElements.define('virtual-rows-host', VirtualRowsHost);

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
/** A few frames: measuring, rendering again, measuring again. */
async function settle(el: VirtualRowsHost): Promise<void> {
  for (let i = 0; i < 4; i++) {
    await el.updateComplete;
    await frame();
  }
  await el.updateComplete;
}
const scrollerOf = (el: VirtualRowsHost) => el.shadowRoot!.querySelector<HTMLElement>('.scroller')!;
const rendered = (el: VirtualRowsHost) => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>('[role=listitem]'),
];
const indexes = (el: VirtualRowsHost) => rendered(el).map((r) => Number(r.dataset.index));
const rowAt = (el: VirtualRowsHost, index: number) =>
  el.shadowRoot!.querySelector<HTMLElement>(`[data-index="${index}"]`);
/** Where row `index` is, relative to the top of the scrolling element's viewport. */
function placeOf(el: VirtualRowsHost, index: number): { top: number; bottom: number } {
  const row = rowAt(el, index);
  if (!row) throw new Error(`row ${index} is not rendered (rendered: ${indexes(el).join()})`);
  const view = scrollerOf(el).getBoundingClientRect();
  const box = row.getBoundingClientRect();
  return { top: box.top - view.top, bottom: box.bottom - view.top };
}
/** The rendered rows are consecutive and leave no gap in the viewport. */
function expectViewportCovered(el: VirtualRowsHost): void {
  const all = indexes(el);
  expect(all.length, 'rows rendered').to.be.greaterThan(0);
  expect(all, 'consecutive rows').to.deep.equal(all.map((_, k) => all[0]! + k));
  const first = placeOf(el, all[0]!);
  const last = placeOf(el, all.at(-1)!);
  const scroller = scrollerOf(el);
  const atEnd = scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 1;
  expect(first.top, 'rows above the viewport top').to.be.at.most(0.5);
  if (!atEnd) expect(last.bottom, 'rows below the viewport bottom').to.be.at.least(VIEW - 0.5);
}
const sum = (rows: Row[]) => rows.reduce((total, row) => total + heightOf(row), 0);

async function host(items: Row[]): Promise<VirtualRowsHost> {
  const el = await fixture<VirtualRowsHost>(
    html`<virtual-rows-host .items=${items}></virtual-rows-host>`,
  );
  await settle(el);
  return el;
}

describe('VirtualRowsController', () => {
  const errors: string[] = [];
  const violations: string[] = [];
  const onError = (event: ErrorEvent) => errors.push(event.message);
  const onViolation = (event: SecurityPolicyViolationEvent) =>
    violations.push(`${event.violatedDirective} ${event.sample}`);
  beforeEach(() => {
    errors.length = 0;
    violations.length = 0;
    window.addEventListener('error', onError);
    document.addEventListener('securitypolicyviolation', onViolation);
  });
  afterEach(async () => {
    // A ResizeObserver loop notice is reported as a window error, after the frame.
    await frame();
    await frame();
    window.removeEventListener('error', onError);
    document.removeEventListener('securitypolicyviolation', onViolation);
    expect(errors, 'window errors (a ResizeObserver loop is one)').to.deep.equal([]);
    expect(violations, 'CSP violations').to.deep.equal([]);
  });

  it('keeps a few dozen rows in the DOM at 10,000 rows, and the scroll height of all of them', async () => {
    const items = rowsOf(10_000);
    const el = await host(items);
    const scroller = scrollerOf(el);
    expect(indexes(el)[0]).to.equal(0);
    expect(rendered(el).length).to.be.within(4, 40);
    expectViewportCovered(el);
    // Rows not measured yet count as the average of those measured (74 px), not the 50 px guess.
    expect(scroller.scrollHeight).to.be.within(sum(items) * 0.95, sum(items) * 1.05);

    scroller.scrollTop = scroller.scrollHeight / 2;
    await settle(el);
    expect(rendered(el).length).to.be.within(4, 40);
    expect(indexes(el)[0]).to.be.within(4_500, 5_500);
    expectViewportCovered(el);

    scroller.scrollTop = scroller.scrollHeight;
    await settle(el);
    expect(indexes(el).at(-1)).to.equal(9_999);
    expect(placeOf(el, 9_999).bottom).to.be.closeTo(VIEW, 1);
    await expect(el).to.be.accessible();
  });

  it('lays rows of different heights out exactly once they are measured', async function () {
    // 75 scroll positions, a few animation frames each: 5 s at 60 frames a second, and WebKit's
    // MiniBrowser in Xvfb on two shared cores draws fewer, past mocha's 10 s.
    this.timeout(30_000);
    const items = rowsOf(300);
    const el = await host(items);
    const scroller = scrollerOf(el);
    for (let top = 0; top < scroller.scrollHeight; top += VIEW) {
      scroller.scrollTop = top;
      await settle(el);
      expectViewportCovered(el);
    }
    expect(scroller.scrollHeight).to.be.closeTo(sum(items), 1);
    scroller.scrollTop = 7_000;
    await settle(el);
    for (const index of indexes(el)) {
      const expected = sum(items.slice(0, index)) - scroller.scrollTop;
      expect(placeOf(el, index).top, `top of row ${index}`).to.be.closeTo(expected, 1);
      expect(rowAt(el, index)!.getBoundingClientRect().height).to.equal(heightOf(items[index]!));
    }
  });

  it('scrollToIndex brings a row to the top, or just into view with "nearest"', async () => {
    const el = await host(rowsOf(10_000));
    const scroller = scrollerOf(el);

    // Far away, where no row was measured: the estimate is corrected once the rows render.
    await el.rows.scrollToIndex(7_000);
    expect(placeOf(el, 7_000).top).to.be.closeTo(0, 1);
    expectViewportCovered(el);

    // Below the view: its bottom at the bottom of the view.
    await el.rows.scrollToIndex(7_012, 'nearest');
    expect(placeOf(el, 7_012).bottom).to.be.closeTo(VIEW, 1);
    // Already in view: nothing moves.
    const top = scroller.scrollTop;
    const inView = indexes(el).find((i) => {
      const place = placeOf(el, i);
      return place.top >= 0 && place.bottom <= VIEW;
    })!;
    await el.rows.scrollToIndex(inView, 'nearest');
    expect(scroller.scrollTop).to.equal(top);
    // Above the view: its top at the top of the view.
    await el.rows.scrollToIndex(6_990, 'nearest');
    expect(placeOf(el, 6_990).top).to.be.closeTo(0, 1);

    // The last row cannot reach the top: the list ends at the bottom of the view.
    await el.rows.scrollToIndex(9_999);
    expect(placeOf(el, 9_999).bottom).to.be.closeTo(VIEW, 1);
    await el.rows.scrollToIndex(0);
    expect(scroller.scrollTop).to.equal(0);
    expect(placeOf(el, 0).top).to.be.closeTo(0, 1);
  });

  it('tells the host which rows are in view, when they or the number of rows change', async () => {
    const el = await host(rowsOf(100));
    const scroller = scrollerOf(el);
    // 24 + 48 + 72 + 96 = 240 px: rows 0 to 4 are in the 300 px view.
    expect(el.seen.at(-1)).to.deep.equal([0, 4, 100]);

    const before = el.seen.length;
    scroller.scrollTop = 10;
    await settle(el);
    expect(el.seen.length, 'no news when the same rows are in view').to.equal(before);

    scroller.scrollTop = scroller.scrollHeight;
    await settle(el);
    expect(el.seen.at(-1)![1]).to.equal(99);

    // The next page arrives: the host hears it again (it may want one more page).
    el.items = [...el.items, ...rowsOf(50, 100)];
    await settle(el);
    expect(el.seen.at(-1)).to.deep.equal([el.seen.at(-2)![0], 99, 150]);
    scroller.scrollTop = scroller.scrollHeight;
    await settle(el);
    expect(el.seen.at(-1)![1]).to.equal(149);
  });

  it("keeps a focused row's element while the list scrolls and rows are added before it", async () => {
    const el = await host(rowsOf(1_000));
    const scroller = scrollerOf(el);
    const button = rowAt(el, 3)!.querySelector('button')!;
    button.focus();
    for (const top of [200, 400, 500]) {
      scroller.scrollTop = top;
      await settle(el);
    }
    expect(indexes(el)[0]).to.be.within(1, 3); // rows above it were replaced meanwhile
    expect(el.shadowRoot!.activeElement).to.equal(button);

    el.items = [...rowsOf(5, 5_000), ...el.items];
    await settle(el);
    expect(el.shadowRoot!.activeElement).to.equal(button);
    expect(button.isConnected).to.equal(true);
    expect(button.closest<HTMLElement>('[role=listitem]')!.dataset.index).to.equal('8');
  });

  it('measures again, without a ResizeObserver loop, when rows wrap to another width', async () => {
    const words = 'lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor';
    const items = Array.from({ length: 2_000 }, (_, i) => ({
      id: `w${i}`,
      text: `${i} ${words.repeat(1 + (i % 4))}`,
    }));
    const el = await host(items);
    el.style.setProperty('width', '700px');
    await settle(el);
    const scroller = scrollerOf(el);
    scroller.scrollTop = 20_000;
    await settle(el);
    expectViewportCovered(el);
    const wide = scroller.scrollHeight;

    el.style.setProperty('width', '250px');
    await settle(el);
    expectViewportCovered(el);
    expect(scroller.scrollHeight, 'taller rows once narrow').to.be.greaterThan(wide * 1.5);
    const first = indexes(el)[3]!;
    await el.rows.scrollToIndex(first);
    expect(placeOf(el, first).top).to.be.closeTo(0, 1);
  });

  it('fills a view that grows with its rows when they are smaller than estimated', async () => {
    // 50 px estimated, 10 px each: the first rows rendered fill part of the view only, and the
    // view grows as more rows render (as <eq-case-list>'s does, up to its maximum height).
    const items = Array.from({ length: 500 }, (_, i) => ({ id: `t${i}` }));
    const el = await fixture<VirtualRowsHost>(
      html`<virtual-rows-host fit .items=${items}></virtual-rows-host>`,
    );
    await settle(el);
    const scroller = scrollerOf(el);
    expect(scroller.clientHeight).to.equal(VIEW);
    expect(scroller.scrollHeight).to.equal(5_000);
    expectViewportCovered(el);
  });

  it('keeps its measurements while hidden, and shows the same rows again', async () => {
    const el = await host(rowsOf(1_000));
    const scroller = scrollerOf(el);
    await el.rows.scrollToIndex(400);
    const height = scroller.scrollHeight;
    el.style.setProperty('display', 'none');
    el.items = [...el.items]; // an update while hidden: nothing measures 0
    await settle(el);
    expect(scroller.clientHeight).to.equal(0);
    el.style.removeProperty('display');
    scroller.scrollTop = 0; // hiding lost the position, as in <eq-case-list>
    await settle(el);
    expect(scroller.scrollHeight).to.be.closeTo(height, 1);
    expectViewportCovered(el);
    await el.rows.scrollToIndex(400);
    expect(placeOf(el, 400).top).to.be.closeTo(0, 1);
  });
});

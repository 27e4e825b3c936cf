/**
 * Windowing for a long list of rows of varying height in a scrolling element: only the rows in
 * view, plus one viewport of overscan above and below, are in the DOM, between two spacers that
 * keep the scroll height right. Rendered rows are measured; a row not measured yet counts as the
 * average of the measured ones, and the row at the top of the view keeps its place when estimates
 * turn into measurements. Spacer sizes go through the CSSOM (a strict CSP blocks style
 * attributes). Rows are measured after each update of the host and in an animation frame that the
 * ResizeObserver of the scrolling element only schedules, never in its callback: no
 * "ResizeObserver loop" notice.
 */
import { html, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { createRef, ref } from 'lit/directives/ref.js';
import { repeat } from 'lit/directives/repeat.js';

export interface VirtualRowsOptions<T> {
  /** Identity of an item: its row's element is kept while it stays rendered (focus stays on it). */
  key: (item: T) => string;
  /** Height of a row in px until some row has been measured. */
  estimate: number;
  /** The rows in view changed (first and last index), or the number of rows did. */
  onVisible?: (first: number, last: number) => void;
}

export class VirtualRowsController<T> implements ReactiveController {
  private items: readonly T[] = [];
  private keys: string[] = [];
  /** Measured height of each row by key; kept across pages, refreshes and reorders. */
  private readonly sizes = new Map<string, number>();
  private measured = 0;
  /** `offsets[i]`: top of row `i`; `offsets[n]`: height of all rows. Rebuilt when stale. */
  private offsets: Float64Array | undefined;
  private scroller: HTMLElement | undefined;
  private scrollTop = 0;
  /** The row at the top of the view, and where it was then. */
  private anchor = 0;
  private anchorTop = 0;
  /** The view was at the end of the rows (and stays there unless rows were added). */
  private atEnd = false;
  private itemsChanged = false;
  private viewport = 0;
  /** First and last index in the DOM. */
  private rendered: [number, number] = [0, -1];
  private visible = '';
  private frame = 0;
  private readonly top = createRef<HTMLElement>();
  private readonly bottom = createRef<HTMLElement>();
  /** Made on the first attach: a server render (no ResizeObserver there) never attaches. */
  private observer: ResizeObserver | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: VirtualRowsOptions<T>,
  ) {
    host.addController(this);
  }

  /** Bind to the scrolling element with `${ref(rows.attach)}`. */
  readonly attach = (element?: Element): void => {
    if (element === this.scroller) return;
    this.scroller?.removeEventListener('scroll', this.handleScroll);
    if (this.scroller) this.observer?.unobserve(this.scroller);
    this.scroller = element as HTMLElement | undefined;
    this.scrollTop = this.viewport = this.anchor = this.anchorTop = 0;
    this.visible = '';
    if (!this.scroller) return;
    this.scroller.style.setProperty('overflow-anchor', 'none');
    this.scroller.addEventListener('scroll', this.handleScroll, { passive: true });
    (this.observer ??= new ResizeObserver(() => this.schedule())).observe(this.scroller);
  };

  /** The rows in view of `items`, between their spacers; render inside the scrolling element. */
  render(items: readonly T[], row: (item: T, index: number) => unknown): unknown {
    if (items !== this.items) {
      this.items = items;
      this.keys = items.map(this.options.key);
      this.offsets = undefined;
      this.itemsChanged = true;
    }
    const [first, last] = (this.rendered = this.range());
    return html`<div aria-hidden="true" ${ref(this.top)}></div>
      ${repeat(items.slice(first, last + 1), this.options.key, (item, i) => row(item, first + i))}
      <div aria-hidden="true" ${ref(this.bottom)}></div>`;
  }

  /**
   * Scrolls the scrolling element so that row `index` is at the top (`start`) or just in view
   * (`nearest`), and resolves once that row is rendered there.
   */
  async scrollToIndex(index: number, block: 'start' | 'nearest' = 'start'): Promise<void> {
    // "nearest" picks the edge once, from where the row is now: later passes keep that edge, or a
    // row that the first pass left a fraction of a pixel below the top would count as in view.
    let edge: 'start' | 'end' | undefined = block === 'start' ? 'start' : undefined;
    // Rows rendered near the target replace estimates with measurements: aim again, a few times.
    for (let pass = 0; pass < 4; pass++) {
      const scroller = this.scroller;
      if (!scroller || index < 0 || index >= this.keys.length || !this.settle()) return;
      const offsets = this.layout();
      const current = scroller.scrollTop;
      if (pass === 0 && !edge) {
        if (offsets[index]! < current) edge = 'start';
        else if (offsets[index + 1]! > current + this.viewport) edge = 'end';
      }
      let target = current;
      if (edge === 'start') target = offsets[index]!;
      else if (edge === 'end') target = offsets[index + 1]! - this.viewport;
      // Whole pixels: WebKit truncates a fractional scrollTop, up to a pixel short of the row.
      target = Math.round(Math.max(0, Math.min(target, scroller.scrollHeight - this.viewport)));
      const [first, last] = this.rendered;
      if (index >= first && index <= last && Math.abs(target - current) < 1) return;
      scroller.scrollTop = target;
      this.track();
      // While the rows around it render, this row keeps its place in the view.
      this.anchor = index;
      this.anchorTop = offsets[index]!;
      this.sync();
      await this.host.updateComplete;
    }
  }

  hostUpdated(): void {
    if (!this.top.value) return;
    this.settle();
    this.schedule();
  }

  hostDisconnected(): void {
    cancelAnimationFrame(this.frame);
    this.frame = 0;
  }

  private readonly handleScroll = (): void => {
    this.track();
    this.sync();
  };

  /** Notes the scroll position, and the row at the top of the view with its place. */
  private track(): void {
    const scroller = this.scroller;
    this.scrollTop = scroller?.scrollTop ?? 0;
    this.atEnd =
      !!scroller &&
      this.scrollTop > 0 &&
      this.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 1;
    this.anchor = this.indexAt(this.scrollTop);
    this.anchorTop = this.layout()[this.anchor]!;
  }

  private schedule(): void {
    this.frame ||= requestAnimationFrame(() => {
      this.frame = 0;
      if (this.settle()) this.sync();
    });
  }

  /**
   * Measures the rendered rows and sizes the spacers; the row that was at the top of the view
   * stays where it was (`overflow-anchor` is off: the browser would anchor to a row that is gone).
   * False while the scrolling element is hidden: every row would measure 0 then.
   */
  private settle(): boolean {
    const scroller = this.scroller;
    if (!scroller?.isConnected || scroller.clientHeight === 0) return false;
    this.viewport = scroller.clientHeight;
    this.measure();
    this.place();
    const shift = this.anchor < this.keys.length ? this.layout()[this.anchor]! - this.anchorTop : 0;
    if (this.atEnd && !this.itemsChanged) scroller.scrollTop = scroller.scrollHeight;
    // Rounded: WebKit would truncate, and each correction would move the rows down a little more.
    else if (Math.abs(shift) >= 1) scroller.scrollTop = Math.round(scroller.scrollTop + shift);
    this.itemsChanged = false;
    this.track();
    return true;
  }

  /** Measures the rendered rows. */
  private measure(): void {
    let index = this.rendered[0];
    const end = this.bottom.value;
    for (
      let el = this.top.value?.nextElementSibling;
      el && el !== end;
      el = el.nextElementSibling
    ) {
      const key = this.keys[index++];
      if (key === undefined) break;
      const size = el.getBoundingClientRect().height;
      const before = this.sizes.get(key);
      if (size === before) continue;
      this.measured += size - (before ?? 0);
      this.sizes.set(key, size);
      this.offsets = undefined;
    }
  }

  private layout(): Float64Array {
    if (this.offsets) return this.offsets;
    const { keys, sizes } = this;
    const estimate = sizes.size > 0 ? this.measured / sizes.size : this.options.estimate;
    const offsets = new Float64Array(keys.length + 1);
    for (let i = 0; i < keys.length; i++)
      offsets[i + 1] = offsets[i]! + (sizes.get(keys[i]!) ?? estimate);
    return (this.offsets = offsets);
  }

  /** The index of the row at `y` px from the top of the rows. */
  private indexAt(y: number): number {
    const offsets = this.layout();
    let low = 0;
    let high = this.keys.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (offsets[mid]! <= y) low = mid;
      else high = mid - 1;
    }
    return low;
  }

  /** The rows to render: those in view and one viewport above and below. */
  private range(): [number, number] {
    if (this.keys.length === 0) return [0, -1];
    const view = this.viewport || window.innerHeight;
    return [this.indexAt(this.scrollTop - view), this.indexAt(this.scrollTop + 2 * view)];
  }

  /** Sizes the spacers around the rendered rows. */
  private place(): void {
    const offsets = this.layout();
    const [first, last] = this.rendered;
    const n = this.keys.length;
    this.top.value?.style.setProperty('height', `${offsets[Math.min(first, n)]}px`);
    this.bottom.value?.style.setProperty(
      'height',
      `${offsets[n]! - offsets[Math.min(last + 1, n)]!}px`,
    );
  }

  /** Renders again when other rows should be in the DOM; tells which rows are in view. */
  private sync(): void {
    const [first, last] = this.range();
    if (first !== this.rendered[0] || last !== this.rendered[1]) this.host.requestUpdate();
    if (this.viewport === 0 || this.keys.length === 0) return;
    const shown = [this.indexAt(this.scrollTop), this.indexAt(this.scrollTop + this.viewport - 1)];
    const visible = `${shown[0]} ${shown[1]} ${this.keys.length}`;
    if (visible === this.visible) return;
    this.visible = visible;
    this.options.onVisible?.(shown[0]!, shown[1]!);
  }
}

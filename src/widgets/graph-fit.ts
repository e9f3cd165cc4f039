/**
 * Fits a cell's graph to the room it has (issue 12, "Small screens"). The SVG scales with CSS
 * (src/styles/cell.css) down to the size at which its 12 px labels would drop below 11 px.
 * Where even that does not fit, the cell shows the edge table instead and offers a button to
 * see the graph at full size, scrolling sideways in its labelled region.
 */
/** The size labels are drawn at, and the smallest a reader should be asked to read. */
const LABEL_PX = 12;
const MIN_LABEL_PX = 11;

export class GraphFit {
  /** The table was opened by fitting, not by the reader: fitting may close it again. */
  #openedTable = false;
  readonly #graph: HTMLElement;
  readonly #toggle: HTMLButtonElement | null;
  /** The natural width last fitted: the same graph in the same room fits the same way. */
  #natural = -1;

  constructor(private readonly cell: HTMLElement) {
    this.#graph = cell.querySelector<HTMLElement>('.bp-graph')!;
    this.#toggle = this.#graph.querySelector<HTMLButtonElement>('[data-action="graph"]');
    this.#toggle?.addEventListener('click', () => this.#showGraph(!this.#graphShown()));
    // The room changes with the window, the sidebar, and fonts loading.
    new ResizeObserver(() => this.update(true)).observe(this.#area());
    this.update(true);
  }

  /**
   * Re-decides after a resize (`resized`) or a new graph (another shape, another natural width).
   * Each keystroke redraws the graph and calls this: measuring the room forces a layout, about
   * 1 ms a keystroke, so an unchanged width in an unchanged room is not measured again.
   */
  update(resized = false): void {
    const svg = this.#graph.querySelector<SVGSVGElement>('.bp-graph-svg');
    const natural = svg?.viewBox.baseVal.width ?? 0;
    if (!resized && natural === this.#natural) return;
    this.#natural = natural;
    const narrow = natural > 0 && (this.#room() * LABEL_PX) / natural < MIN_LABEL_PX;
    if (narrow === (this.#graph.dataset['fit'] === 'table')) return;
    this.#graph.dataset['fit'] = narrow ? 'table' : 'scale';
    if (this.#toggle) this.#toggle.hidden = !narrow;
    const table = this.#graph.querySelector<HTMLButtonElement>('[data-action="table"]');
    const tableOpen = table?.getAttribute('aria-expanded') === 'true';
    if (narrow && !tableOpen && table) {
      table.click();
      this.#openedTable = true;
    } else if (!narrow) {
      if (this.#openedTable && tableOpen) table?.click();
      this.#openedTable = false;
      this.#showGraph(false);
    }
  }

  /** Where the cell lives: it may grow to this width (breakout figures), so fit against it. */
  #area(): HTMLElement {
    return this.cell.closest<HTMLElement>('.prose, main') ?? document.body;
  }

  /** The graph's width if the cell took the whole area: the area less the cell's own frame. */
  #room(): number {
    const area = this.#area();
    const s = getComputedStyle(area);
    const inner = area.clientWidth - parseFloat(s.paddingLeft) - parseFloat(s.paddingRight);
    const frame = this.cell.getBoundingClientRect().width - this.#graph.clientWidth;
    return inner - Math.max(0, frame);
  }

  #graphShown(): boolean {
    return this.#toggle?.getAttribute('aria-expanded') === 'true';
  }

  #showGraph(show: boolean): void {
    this.#toggle?.setAttribute('aria-expanded', String(show));
    this.#graph.toggleAttribute('data-show-graph', show);
  }
}

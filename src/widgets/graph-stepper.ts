/**
 * Walks the backward pass node by node in reverse topological order. While stepping, only
 * the gradients already computed are shown; the current node and its input edges are
 * highlighted and a panel states its local derivative and the products sent upstream.
 */
import type { GraphView } from '../render/graph/graph-view';
import { t } from '../messages/t';

export class GraphStepper {
  /** Steps shown so far (1…n), or null when the full backward pass is shown. */
  #shown: number | null = null;
  #view: GraphView | undefined;
  /** Whether the SVG on screen already shows the full pass with nothing highlighted. */
  #plain = true;

  constructor(
    private readonly root: HTMLElement,
    private readonly announce: (message: string) => void,
  ) {}

  /** Called after every re-render of the graph: re-applies the step state to the new SVG. */
  setView(view: GraphView): void {
    this.#view = view;
    // The usual edit: not stepping, and the patched SVG already shows every gradient.
    if (this.#shown === null && this.#plain) return;
    this.#apply();
  }

  step(): void {
    const n = this.#view?.steps.length ?? 0;
    if (n === 0) return;
    this.#shown = this.#shown === null || this.#shown >= n ? 1 : this.#shown + 1;
    this.#apply();
    this.announce(this.#panelText());
  }

  full(): void {
    this.#shown = null;
    this.#apply();
    this.announce(t('kit.fullPassShown'));
  }

  #apply(): void {
    const view = this.#view;
    if (!view) return;
    const k = this.#shown;
    this.#plain = k === null;
    const visited = new Set(view.steps.slice(0, k ?? view.steps.length).map((s) => s.node));
    const current = k === null ? undefined : view.steps[k - 1]?.node;
    const outputs = new Set(view.nodes.filter((n) => n.role === 'output').map((n) => n.id));
    this.root.classList.toggle('bp-stepping', k !== null);
    for (const edge of this.root.querySelectorAll<SVGGElement>('.bp-edge')) {
      const to = edge.dataset['to'] ?? '';
      edge.classList.toggle('bp-pending', k !== null && !visited.has(to) && !outputs.has(to));
      edge.classList.toggle('bp-current', to === current);
    }
    for (const node of this.root.querySelectorAll<SVGGElement>('.bp-node')) {
      node.classList.toggle('bp-current', node.dataset['node'] === current);
    }
    const panel = this.root.querySelector<HTMLElement>('.bp-step-panel');
    if (panel) {
      panel.hidden = k === null;
      panel.textContent = k === null ? '' : this.#panelText();
    }
    const full = this.root.querySelector<HTMLButtonElement>('[data-action="full"]');
    if (full) full.setAttribute('aria-disabled', String(k === null));
  }

  #panelText(): string {
    const view = this.#view!;
    const k = this.#shown ?? 0;
    const step = view.steps[k - 1];
    if (!step) return '';
    const node = view.nodes.find((n) => n.id === step.node);
    return t('kit.stepPanel', {
      k,
      n: view.steps.length,
      node: node?.description ?? step.node,
      local: step.local,
      product: step.product,
    });
  }
}

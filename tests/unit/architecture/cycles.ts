// Cycle finding on a directed graph, kept apart from the file scanning so it can be tested on a
// small graph whose cycles are known.

/** A directed graph: each node's set of successors. */
export type Graph = ReadonlyMap<string, ReadonlySet<string>>;

/**
 * The strongly connected components that contain a cycle: two or more nodes that reach each
 * other, or one node with an edge to itself (unless `allowSelfEdges`). Each is sorted, and the
 * list is sorted by its first node, so a failure message is stable.
 */
export function cyclicComponents(graph: Graph, allowSelfEdges = false): string[][] {
  // Tarjan's algorithm, iterative so a deep import chain cannot overflow the stack.
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const found: string[][] = [];
  let next = 0;
  const successors = (n: string) => [...(graph.get(n) ?? [])];

  for (const root of graph.keys()) {
    if (index.has(root)) continue;
    const work: { node: string; edges: string[]; i: number }[] = [];
    const visit = (node: string) => {
      index.set(node, next);
      low.set(node, next++);
      stack.push(node);
      onStack.add(node);
      work.push({ node, edges: successors(node), i: 0 });
    };
    visit(root);
    while (work.length > 0) {
      const top = work[work.length - 1]!;
      if (top.i < top.edges.length) {
        const to = top.edges[top.i++]!;
        if (!index.has(to)) visit(to);
        else if (onStack.has(to)) low.set(top.node, Math.min(low.get(top.node)!, index.get(to)!));
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.node, Math.min(low.get(parent.node)!, low.get(top.node)!));
      if (low.get(top.node) !== index.get(top.node)) continue;
      const component: string[] = [];
      let n: string;
      do {
        n = stack.pop()!;
        onStack.delete(n);
        component.push(n);
      } while (n !== top.node);
      const selfEdge = graph.get(top.node)?.has(top.node) ?? false;
      if (component.length > 1 || (selfEdge && !allowSelfEdges)) found.push(component.sort());
    }
  }
  return found.sort((a, b) => a[0]!.localeCompare(b[0]!));
}

/** One concrete cycle through a component's first node, as `a → b → a`, for the message. */
export function cyclePath(graph: Graph, component: readonly string[]): string {
  const inside = new Set(component);
  const start = component[0]!;
  // Breadth-first from start's successors back to start, staying inside the component.
  const cameFrom = new Map<string, string>();
  const queue = [start];
  while (queue.length > 0) {
    const node = queue.shift()!;
    for (const to of graph.get(node) ?? []) {
      // A self-edge is a cycle only in a one-node component; in a larger one, show the loop.
      if (to === node && component.length > 1) continue;
      if (!inside.has(to) || cameFrom.has(to)) continue;
      cameFrom.set(to, node);
      if (to === start) {
        const path = [start];
        for (let n = cameFrom.get(start)!; n !== start; n = cameFrom.get(n)!) path.unshift(n);
        return [start, ...path].join(' → ');
      }
      queue.push(to);
    }
  }
  return component.join(' ↔ ');
}

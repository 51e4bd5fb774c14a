/**
 * Min-cost max-flow by successive shortest paths (queue-based Bellman-Ford, so negative edge
 * costs are fine as long as the graph starts without negative cycles, which a layered
 * source -> rows -> columns -> sink graph never has). Graphs here have about a hundred nodes and
 * a few thousand edges, so the simple algorithm runs in milliseconds.
 */
export class MinCostFlow {
  private readonly head: number[];
  private readonly to: number[] = [];
  private readonly cap: number[] = [];
  private readonly cost: number[] = [];
  private readonly nextEdge: number[] = [];

  constructor(readonly nodeCount: number) {
    this.head = new Array<number>(nodeCount).fill(-1);
  }

  /** Adds a directed edge and its residual twin; returns the edge id for reading its flow later. */
  addEdge(from: number, to: number, capacity: number, cost: number): number {
    const id = this.to.length;
    this.push(from, to, capacity, cost);
    this.push(to, from, 0, -cost);
    return id;
  }

  /** Units pushed through the edge `id` returned by addEdge. */
  flowOn(id: number): number {
    return this.cap[id ^ 1] ?? 0;
  }

  /** Pushes as much flow as possible from source to sink at least total cost; returns the flow. */
  run(source: number, sink: number): number {
    let flow = 0;
    const n = this.nodeCount;
    for (;;) {
      const dist = new Array<number>(n).fill(Infinity);
      const viaEdge = new Array<number>(n).fill(-1);
      const queued = new Array<boolean>(n).fill(false);
      dist[source] = 0;
      const queue: number[] = [source];
      queued[source] = true;
      for (let qi = 0; qi < queue.length; qi++) {
        const u = queue[qi] ?? 0;
        queued[u] = false;
        const du = dist[u] ?? Infinity;
        for (let e = this.head[u] ?? -1; e !== -1; e = this.nextEdge[e] ?? -1) {
          if ((this.cap[e] ?? 0) <= 0) continue;
          const v = this.to[e] ?? 0;
          const nd = du + (this.cost[e] ?? 0);
          // The epsilon keeps float round-off from looping forever on equal-cost paths.
          if (nd < (dist[v] ?? Infinity) - 1e-12) {
            dist[v] = nd;
            viaEdge[v] = e;
            if (!queued[v]) {
              queued[v] = true;
              queue.push(v);
            }
          }
        }
      }
      if (dist[sink] === Infinity) return flow;
      let push = Infinity;
      for (let v = sink; v !== source; v = this.to[(viaEdge[v] ?? 0) ^ 1] ?? 0) {
        push = Math.min(push, this.cap[viaEdge[v] ?? 0] ?? 0);
      }
      for (let v = sink; v !== source; v = this.to[(viaEdge[v] ?? 0) ^ 1] ?? 0) {
        const e = viaEdge[v] ?? 0;
        this.cap[e] = (this.cap[e] ?? 0) - push;
        this.cap[e ^ 1] = (this.cap[e ^ 1] ?? 0) + push;
      }
      flow += push;
    }
  }

  private push(from: number, to: number, capacity: number, cost: number): void {
    this.to.push(to);
    this.cap.push(capacity);
    this.cost.push(cost);
    this.nextEdge.push(this.head[from] ?? -1);
    this.head[from] = this.to.length - 1;
  }
}

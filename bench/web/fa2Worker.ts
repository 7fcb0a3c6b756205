/** Runs ForceAtlas2 iterations in a worker and reports iterations per second. */
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';

self.onmessage = (
  event: MessageEvent<{ serialized: ReturnType<Graph['export']>; iterations: number }>,
) => {
  const graph = Graph.from(event.data.serialized);
  const settings = { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: true };
  const start = performance.now();
  forceAtlas2.assign(graph, { iterations: event.data.iterations, settings });
  const seconds = (performance.now() - start) / 1000;
  self.postMessage({ iterationsPerSecond: event.data.iterations / seconds });
};

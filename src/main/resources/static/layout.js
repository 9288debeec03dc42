// Where the network's nodes go. The same view gets the same positions on every load: the nodes start on rings around
// the focus (breadth-first, neighbours in id order), then fCoSE (cytoscape-fcose, from its webjar) refines them from
// there (randomize: false). fCoSE still draws on Math.random in a few corners (placing pruned leaves), so while it runs
// Math.random is a seeded generator. Nodes already placed (a view that grows) or pinned (dragged) stay where they are.

const RING = 140; // distance between the starting rings, in model pixels
const SAYING = new Set(['SAID_ABOUT', 'SPOKE_FOR', 'SAID', 'ABOUT', 'ON_BEHALF_OF']); // the edges of statements

/**
 * Lays out `shown` (the nodes and edges drawn) from scratch, keeping `pinned` (a set of ids) where they are; `roots`
 * (ids) in the middle. Answers the milliseconds the layout took.
 */
export function arrange(shown, roots, pinned) {
  const nodes = shown.nodes();
  const start = startPositions(nodes, shown.edges(), roots);
  nodes.forEach((n) => { if (!pinned.has(n.id())) n.position(start.get(n.id())); });
  return run(shown, nodes.filter((n) => pinned.has(n.id())));
}

/**
 * Places `added` (nodes new to a view) on a ring around `centre` and lays them out among the others, which stay exactly
 * where they were. Answers the milliseconds it took.
 */
export function placeAround(shown, centre, added) {
  const around = centre.position();
  const sorted = added.toArray().sort(byId);
  sorted.forEach((n, i) => {
    const angle = (2 * Math.PI * i) / sorted.length;
    n.position({ x: around.x + RING * Math.cos(angle), y: around.y + RING * Math.sin(angle) });
  });
  return placeAmong(shown, added);
}

/** Lays out `free` (already given starting positions) among the other nodes of `shown`, which do not move. */
export function placeAmong(shown, free) {
  const freeIds = new Set(free.map((n) => n.id()));
  return run(shown, shown.nodes().filter((n) => !freeIds.has(n.id())));
}

function run(elements, fixed) {
  const before = new Map(fixed.map((n) => [n.id(), { ...n.position() }]));
  const options = {
    name: 'fcose', eles: elements, randomize: false, animate: false, fit: false, quality: 'default',
    nodeDimensionsIncludeLabels: true, // labels take room: neighbours keep clear of them
    // what was said holds the drawing together; the other facts pull less and from further away
    idealEdgeLength: (e) => (SAYING.has(e.data('type')) ? 100 : 160),
    edgeElasticity: (e) => (SAYING.has(e.data('type')) ? 0.45 : 0.1),
    nodeRepulsion: () => 16000, nodeSeparation: 60, numIter: 2500, tile: true,
  };
  if (fixed.length) options.fixedNodeConstraint = fixed.map((n) => ({ nodeId: n.id(), position: before.get(n.id()) }));
  const started = performance.now();
  withSeededRandom(() => elements.layout(options).run());
  const ms = performance.now() - started;
  // fCoSE may shift the whole picture by a fraction of a pixel: the fixed nodes are put back exactly
  fixed.forEach((n) => n.position(before.get(n.id())));
  return ms;
}

// Rings around the roots by breadth-first distance; a part not reached from them starts a ring further out.
function startPositions(nodes, edges, roots) {
  const ring = new Map();
  const order = [];
  const rest = nodes.toArray().sort((a, b) => b.degree() - a.degree() || byId(a, b)); // the most connected first
  let queue = rest.filter((n) => roots.includes(n.id()));
  queue.forEach((n) => ring.set(n.id(), 0));
  let outer = 0;
  while (order.length < nodes.length) {
    if (!queue.length) {
      const next = rest.find((n) => !ring.has(n.id()));
      outer = order.length ? outer + 1 : 0;
      ring.set(next.id(), outer);
      queue = [next];
    }
    const node = queue.shift();
    order.push(node);
    const distance = ring.get(node.id());
    outer = Math.max(outer, distance);
    node.connectedEdges().intersection(edges).connectedNodes().intersection(nodes).sort(byId).forEach((m) => {
      if (ring.has(m.id())) return;
      ring.set(m.id(), distance + 1);
      queue.push(m);
    });
  }
  const byRing = new Map();
  for (const n of order) {
    const r = ring.get(n.id());
    if (!byRing.has(r)) byRing.set(r, []);
    byRing.get(r).push(n.id());
  }
  const positions = new Map();
  for (const [r, ids] of byRing) {
    ids.forEach((id, i) => {
      const angle = (2 * Math.PI * (i + r * 0.5)) / ids.length; // each ring turned a little against the one inside
      const radius = r === 0 && ids.length === 1 ? 0 : RING * (r + (r === 0 ? 0.5 : 0));
      positions.set(id, { x: radius * Math.cos(angle), y: radius * Math.sin(angle) });
    });
  }
  return positions;
}

/** Orders Cytoscape elements by id: what keeps layouts and labels the same from load to load. */
export function byId(a, b) {
  return a.id() < b.id() ? -1 : a.id() > b.id() ? 1 : 0;
}

// A Park–Miller generator in place of Math.random while `action` runs, and layout-base's own seed reset.
function withSeededRandom(action) {
  const real = Math.random;
  let seed = 42;
  Math.random = () => {
    seed = (seed * 16807) % 2147483647;
    return (seed - 1) / 2147483646;
  };
  if (window.layoutBase && window.layoutBase.RandomSeed) window.layoutBase.RandomSeed.seed = 1;
  try {
    action();
  } finally {
    Math.random = real;
  }
}

/* trollscope case file. Every string in the data is attacker-controlled: it reaches the page only
   through textContent, createTextNode and attribute setters (href only after safeUrl). */
(function () {
  'use strict';

  var state = window.trollscope = {
    ready: false, layoutDone: false, nodeCount: 0, edgeCount: 0, errors: [],
    openAccount: null, nodeViewportPosition: null, renderer: null, graph: null, charts: [], timings: {},
    fmtGap: null
  };
  var data = JSON.parse(document.getElementById('case-data').textContent);
  state.timings.parsed = performance.now();

  var PALETTE = ['#1f77b4', '#ff7f0e', '#2ca02c', '#d62728', '#9467bd', '#8c564b', '#e377c2', '#17becf',
    '#bcbd22', '#393b79', '#637939', '#843c39', '#7b4173', '#3182bd', '#e6550d', '#31a354'];
  var GREY = '#b9bcc2';
  var DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

  // ---- safe DOM construction -------------------------------------------------------------
  function el(tag, className, text) {
    var e = document.createElement(tag);
    if (className) e.className = className;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }
  function add(parent) {
    for (var i = 1; i < arguments.length; i++) {
      var c = arguments[i];
      if (c === null || c === undefined) continue;
      parent.appendChild(typeof c === 'object' ? c : document.createTextNode(String(c)));
    }
    return parent;
  }
  /** The URL when it is an absolute http(s) URL, else null (javascript:, data:, relative, junk). */
  function safeUrl(u) {
    if (typeof u !== 'string' || u.length === 0) return null;
    var p;
    try { p = new URL(u); } catch (e) { return null; }
    return (p.protocol === 'http:' || p.protocol === 'https:') ? p.href : null;
  }
  /** A link when the URL is safe, else the text alone (the rejected URL is not shown as a link). */
  function link(url, text) {
    var href = safeUrl(url);
    if (!href) return el('span', null, text);
    var a = el('a', null, text);
    a.setAttribute('href', href);
    a.setAttribute('target', '_blank');
    a.setAttribute('rel', 'noopener noreferrer nofollow');
    return a;
  }
  /** An object or target value: a link when it is itself an http(s) URL, else text. */
  function valueNode(v) {
    return safeUrl(v) ? link(v, v) : el('span', null, v);
  }
  /** Targets one after another, each a link when it is a web address, so that none runs into the next. */
  function targetList(targets) {
    var span = el('span');
    targets.forEach(function (t, i) { add(span, i ? ', ' : null, valueNode(t)); });
    return span;
  }
  function fmtInt(n) { return (n === null || n === undefined) ? '–' : Number(n).toLocaleString('en-US'); }
  function fmtTime(iso) {
    if (!iso) return '–';
    return String(iso).replace('T', ' ').replace(/(\.\d+)?Z$/, ' UTC');
  }
  function fmtGap(a, b) {
    var ms = Math.abs(Date.parse(b) - Date.parse(a));
    if (!isFinite(ms)) return '–';
    // round to the unit shown last before splitting, so that 119.6 s reads 2 min 0 s, not 1 min 60 s
    var tenths = Math.round(ms / 100);
    if (tenths < 600) return (tenths / 10) + ' s';
    var s = Math.round(ms / 1000);
    if (s < 3600) return Math.floor(s / 60) + ' min ' + (s % 60) + ' s';
    var m = Math.round(ms / 60000);
    if (m < 1440) return Math.floor(m / 60) + ' h ' + (m % 60) + ' min';
    var h = Math.round(ms / 3600000);
    return Math.floor(h / 24) + ' d ' + (h % 24) + ' h';
  }
  state.fmtGap = fmtGap;
  function colorOf(community) {
    return community >= 0 ? PALETTE[community % PALETTE.length] : GREY;
  }
  function chip(community) {
    var c = el('span', 'chip');
    c.style.backgroundColor = colorOf(community);
    return c;
  }
  function table(headers, rows, numeric) {
    var t = el('table');
    var tr = el('tr');
    headers.forEach(function (h, i) { add(tr, el('th', numeric && numeric[i] ? 'num' : null, h)); });
    add(t, add(el('thead'), tr));
    var body = el('tbody');
    rows.forEach(function (r) {
      var row = el('tr');
      r.forEach(function (cell, i) {
        var td = el('td', numeric && numeric[i] ? 'num' : null);
        if (cell !== null && typeof cell === 'object') td.appendChild(cell); else td.textContent = cell === null || cell === undefined ? '–' : String(cell);
        row.appendChild(td);
      });
      body.appendChild(row);
    });
    return add(t, body);
  }
  function fail(section, err) {
    state.errors.push(String(err && err.message || err));
    console.error('trollscope report: ' + section + ': ' + (err && err.stack || err));
    var s = document.getElementById(section);
    if (s) add(s, el('p', 'error', 'This part could not be shown: ' + (err && err.message || err)));
  }

  // ---- lookups -------------------------------------------------------------------------
  var nodes = (data.network && data.network.nodes) || [];
  var edges = (data.network && data.network.edges) || [];
  var nodeById = new Map();
  nodes.forEach(function (n) { nodeById.set(n.id, n); });
  var cardById = new Map();
  (data.accounts || []).forEach(function (a) { cardById.set(a.id, a); });
  var communityById = new Map();
  (data.communities || []).forEach(function (c) { communityById.set(c.id, c); });
  function nameOf(id) {
    var c = cardById.get(id);
    if (c && c.handle) return c.handle;
    var n = nodeById.get(id);
    return n && n.label ? n.label : id;
  }
  function communityLabel(id) {
    if (id === undefined || id === null || id < 0) return 'none';
    var c = communityById.get(id);
    return c ? c.label : 'community ' + id;
  }
  function accountButton(id) {
    // an account with neither a node nor a card has nothing to open: plain text, not a dead button
    if (!nodeById.has(id) && !cardById.has(id)) {
      var t = el('span', 'mono', nameOf(id));
      t.title = id;
      return t;
    }
    var b = el('button', 'linklike', nameOf(id));
    b.type = 'button';
    b.title = id;
    b.addEventListener('click', function () { openAccount(id, true); });
    return b;
  }

  // ---- summary ---------------------------------------------------------------------------
  function renderSummary() {
    var s = data.summary;
    document.title = s.title + ' – trollscope case file';
    document.getElementById('title').textContent = s.title;
    document.getElementById('version').textContent = data.provenance.version;
    var limits = data.provenance.limitations || [];
    document.getElementById('caveat').textContent = limits.length ? limits[0]
      : 'Coordination is not proof of inauthenticity.';
    var dl = document.getElementById('summary-body');
    function row(k, v) { add(dl, el('dt', null, k), add(el('dd'), v)); }
    var rows = (s.inputs || []).reduce(function (acc, f) { return acc + f.rows; }, 0);
    row('Inputs', (s.inputs || []).length + ' file(s), ' + fmtInt(rows) + ' rows');
    row('Time span', s.start ? fmtTime(s.start) + ' – ' + fmtTime(s.end) : 'no actions');
    row('Platforms', (s.platforms || []).join(', ') || '–');
    row('Accounts', fmtInt(s.accounts));
    row('Actions', fmtInt(s.actions));
    row('Coordinated accounts', fmtInt(s.coordinatedAccounts));
    row('Links', fmtInt(s.links));
    row('Communities', fmtInt(s.communities));
    if (s.operators !== undefined && s.operators !== null) row('Operators (estimated)', fmtInt(s.operators));
    if (s.teams !== undefined && s.teams !== null) row('Teams (estimated)', fmtInt(s.teams));
    if (s.errorRate) row('Error rate', s.errorRate);
  }

  // ---- network ---------------------------------------------------------------------------
  var renderer = null, graph = null, selected = null, neighbours = null, layout = null;

  /** Deterministic start positions: communities on a sunflower spiral, members on a small one. */
  function seedPositions() {
    var groups = new Map();
    nodes.forEach(function (n) {
      var k = n.community >= 0 ? n.community : -1;
      if (!groups.has(k)) groups.set(k, []);
      groups.get(k).push(n.id);
    });
    var keys = Array.from(groups.keys()).sort(function (a, b) {
      return groups.get(b).length - groups.get(a).length || a - b;
    });
    var golden = Math.PI * (3 - Math.sqrt(5));
    var spacing = 0;
    keys.forEach(function (k) { spacing = Math.max(spacing, Math.sqrt(groups.get(k).length)); });
    var pos = new Map();
    keys.forEach(function (k, i) {
      var r = i === 0 ? 0 : spacing * 2.2 * Math.sqrt(i);
      var cx = r * Math.cos(i * golden), cy = r * Math.sin(i * golden);
      groups.get(k).forEach(function (id, j) {
        var rr = Math.sqrt(j + 0.5), a = j * golden;
        pos.set(id, { x: cx + rr * Math.cos(a), y: cy + rr * Math.sin(a) });
      });
    });
    return pos;
  }

  function renderNetwork() {
    var container = document.getElementById('network');
    graph = new graphology.Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
    var precomputed = nodes.length > 0 && nodes.every(function (n) { return typeof n.x === 'number' && typeof n.y === 'number'; });
    var seed = precomputed ? null : seedPositions();
    var maxActions = 1;
    nodes.forEach(function (n) { maxActions = Math.max(maxActions, n.actions || 0); });
    // sizes are screen pixels: shrink them as the network grows (1 at a dozen nodes, 1/4 at 10,000)
    var scale = Math.min(1, 2.5 / Math.pow(Math.max(1, nodes.length), 0.25));
    nodes.forEach(function (n) {
      var p = precomputed ? { x: n.x, y: n.y } : seed.get(n.id);
      var base = 2 + 8 * Math.sqrt((n.actions || 0) / maxActions);
      graph.addNode(n.id, {
        x: p.x, y: p.y, label: n.label || n.id,
        size: Math.max(1, scale * (n.coordinated ? base + 3 : Math.max(1.5, base * 0.5))),
        color: n.coordinated ? colorOf(n.community) : GREY,
        borderColor: '#222', community: n.community, coordinated: !!n.coordinated,
        zIndex: n.coordinated ? 1 : 0
      });
    });
    var maxW = 1;
    edges.forEach(function (e) { maxW = Math.max(maxW, e.weight); });
    edges.forEach(function (e) {
      var na = nodeById.get(e.a), nb = nodeById.get(e.b);
      var same = na && nb && na.community >= 0 && na.community === nb.community;
      graph.mergeEdge(e.a, e.b, {
        size: 0.5 + 2.5 * Math.sqrt(e.weight / maxW),
        color: same ? colorOf(na.community) + '66' : '#9aa0a655',
        weight: e.weight, methods: e.methods, qValue: e.qValue
      });
    });
    state.graph = graph;
    state.nodeCount = graph.order;
    state.edgeCount = graph.size;
    container.setAttribute('data-nodes', String(graph.order));
    container.setAttribute('data-edges', String(graph.size));
    document.getElementById('network-stats').textContent =
      fmtInt(graph.order) + ' accounts · ' + fmtInt(graph.size) + ' links';
    var note = document.getElementById('network-note');
    if (data.network && data.network.note) { note.textContent = data.network.note; note.hidden = false; }

    renderer = new Sigma(graph, container, {
      zIndex: true,
      labelRenderedSizeThreshold: graph.order > 2000 ? 12 : 7,
      labelDensity: 0.5,
      hideEdgesOnMove: graph.size > 20000,
      defaultEdgeColor: '#ccc',
      nodeReducer: function (node, attrs) {
        if (!selected) return attrs;
        if (node === selected) return Object.assign({}, attrs, { highlighted: true, zIndex: 2 });
        if (neighbours.has(node)) return Object.assign({}, attrs, { zIndex: 1, forceLabel: true });
        return Object.assign({}, attrs, { color: '#e3e4e6', label: '', zIndex: 0 });
      },
      edgeReducer: function (edge, attrs) {
        if (!selected) return attrs;
        var ext = graph.extremities(edge);
        if (ext[0] === selected || ext[1] === selected) return Object.assign({}, attrs, { color: '#444', zIndex: 1 });
        return Object.assign({}, attrs, { hidden: true });
      }
    });
    state.renderer = renderer;
    renderer.on('clickNode', function (e) { openAccount(e.node, false); });
    renderer.on('clickStage', function () { closeCard(); });
    renderer.on('enterNode', function () { container.style.cursor = 'pointer'; });
    renderer.on('leaveNode', function () { container.style.cursor = ''; });
    state.nodeViewportPosition = function (id) {
      if (!graph.hasNode(id)) return null;
      var a = graph.getNodeAttributes(id);
      return renderer.graphToViewport({ x: a.x, y: a.y });
    };

    var toggle = document.getElementById('layout-toggle');
    if (precomputed || graph.order < 2 || typeof graphologyLayoutForceAtlas2 === 'undefined') {
      toggle.hidden = true;
      state.layoutDone = true;
    } else {
      startLayout(toggle);
    }
    renderLegend();
  }

  /**
   * ForceAtlas2, a bounded number of iterations. Big graphs run it in a web worker (built from the
   * page's own inlined graphology and ForceAtlas2 sources) so the page stays responsive, and the
   * drawn positions are updated every few iterations; redrawing 100,000 links costs more than an
   * iteration. Where a worker cannot start (some browsers refuse workers in pages opened from
   * disk), or for small graphs, it runs in slices between frames on the page's thread, big graphs on
   * an undrawn copy of the network.
   */
  function startLayout(toggle) {
    var fa2 = graphologyLayoutForceAtlas2;
    var big = graph.order > 2000;
    var settings = Object.assign(fa2.inferSettings(graph), { barnesHutOptimize: graph.order > 500, strongGravityMode: true, gravity: 0.5 });
    var total = big ? 100 : 300, every = big ? 10 : 1;
    var engine = null;
    function finished() {
      engine = null;
      state.layoutDone = true;
      state.timings.layoutDone = performance.now();
      toggle.textContent = 'Run layout again';
    }
    function start() {
      state.layoutDone = false;
      toggle.textContent = 'Stop layout';
      engine = (big && workerLayout(settings, total, every, finished)) || sliceLayout(settings, total, big, finished);
    }
    toggle.addEventListener('click', function () {
      if (engine) { engine.stop(); finished(); } else { start(); }
    });
    start();
  }

  function sliceLayout(settings, total, big, finished) {
    var fa2 = graphologyLayoutForceAtlas2;
    var work = big ? graph.copy() : graph;
    var perSlice = big ? 1 : 10, showEvery = big ? 20 : 1, done = 0, timer = null;
    state.layoutMode = 'page';
    function show() {
      if (work === graph) return;
      graph.updateEachNodeAttributes(function (node, attrs) {
        var p = work.getNodeAttributes(node);
        attrs.x = p.x;
        attrs.y = p.y;
        return attrs;
      }, { attributes: ['x', 'y'] });
    }
    function slice() {
      timer = null;
      fa2.assign(work, { iterations: perSlice, settings: settings });
      done += perSlice;
      if ((done / perSlice) % showEvery === 0) show();
      if (done >= total) { show(); finished(); return; }
      timer = setTimeout(slice, big ? 30 : 16);
    }
    timer = setTimeout(slice, 0);
    return { stop: function () { if (timer) clearTimeout(timer); timer = null; show(); } };
  }

  /** Runs in the worker: builds the network from arrays, iterates, posts positions back. */
  function layoutWorkerMain() {
    self.onmessage = function (e) {
      var m = e.data, n = m.x.length, g = new self.graphology.Graph({ type: 'undirected', multi: false });
      for (var i = 0; i < n; i++) g.addNode(String(i), { x: m.x[i], y: m.y[i], size: m.size[i] });
      for (var j = 0; j < m.src.length; j++) g.addEdge(String(m.src[j]), String(m.dst[j]), { weight: m.w[j] });
      for (var done = 0; done < m.total;) {
        self.graphologyLayoutForceAtlas2.assign(g, { iterations: m.every, settings: m.settings });
        done += m.every;
        var xs = new Float64Array(n), ys = new Float64Array(n);
        g.forEachNode(function (k, a) { xs[+k] = a.x; ys[+k] = a.y; });
        self.postMessage({ x: xs, y: ys, done: done, last: done >= m.total }, [xs.buffer, ys.buffer]);
      }
    };
  }

  function workerLayout(settings, total, every, finished) {
    var worker, url;
    try {
      var src = ['var window = self;',
        document.querySelector('script[data-lib="graphology"]').text,
        document.querySelector('script[data-lib="graphology-layout-forceatlas2"]').text,
        '(' + layoutWorkerMain.toString() + ')();'].join('\n');
      url = URL.createObjectURL(new Blob([src], { type: 'text/javascript' }));
      worker = new Worker(url);
    } catch (e) {
      if (url) URL.revokeObjectURL(url);
      return null;
    }
    var ids = graph.nodes(), index = new Map();
    ids.forEach(function (id, i) { index.set(id, i); });
    var n = ids.length, m = graph.size;
    var x = new Float64Array(n), y = new Float64Array(n), size = new Float64Array(n);
    ids.forEach(function (id, i) {
      var a = graph.getNodeAttributes(id);
      x[i] = a.x; y[i] = a.y; size[i] = a.size;
    });
    var src = new Uint32Array(m), dst = new Uint32Array(m), w = new Float64Array(m), k = 0;
    graph.forEachEdge(function (edge, attrs, s, t) {
      src[k] = index.get(s); dst[k] = index.get(t); w[k] = attrs.weight || 1; k++;
    });
    var stopped = false, heard = false;
    function apply(px, py) {
      graph.updateEachNodeAttributes(function (node, attrs) {
        var i = index.get(node);
        attrs.x = px[i];
        attrs.y = py[i];
        return attrs;
      }, { attributes: ['x', 'y'] });
    }
    function end() {
      stopped = true;
      worker.terminate();
      URL.revokeObjectURL(url);
    }
    worker.onmessage = function (e) {
      if (stopped) return;
      heard = true;
      apply(e.data.x, e.data.y);
      if (e.data.last) { end(); finished(); }
    };
    worker.onerror = function (e) {
      if (e && e.preventDefault) e.preventDefault();
      if (stopped) return;
      end();
      // the worker could not run here: finish on the page's thread instead
      if (!heard) engine.inner = sliceLayout(settings, total, true, finished); else finished();
    };
    state.layoutMode = 'worker';
    worker.postMessage({ x: x, y: y, size: size, src: src, dst: dst, w: w, settings: settings, total: total, every: every },
      [x.buffer, y.buffer, size.buffer, src.buffer, dst.buffer, w.buffer]);
    var engine = {
      inner: null,
      stop: function () { if (engine.inner) engine.inner.stop(); else if (!stopped) end(); }
    };
    return engine;
  }

  function renderLegend() {
    var legend = document.getElementById('legend');
    var shown = (data.communities || []).slice(0, PALETTE.length);
    shown.forEach(function (c) {
      add(legend, add(el('span'), chip(c.id), c.label + ' (' + c.members.length + ')'));
    });
    add(legend, add(el('span'), chip(-1), 'not coordinated / no community'));
  }

  function closeCard() {
    selected = null; neighbours = null;
    var card = document.getElementById('card');
    card.hidden = true;
    card.removeAttribute('data-account');
    if (renderer) renderer.refresh();
  }

  function openAccount(id, focus) {
    if (!nodeById.has(id) && !cardById.has(id)) return;
    var card = document.getElementById('card');
    card.textContent = '';
    card.setAttribute('data-account', id);
    card.hidden = false;
    var n = nodeById.get(id), a = cardById.get(id);
    var close = el('button', 'close', '×');
    close.type = 'button';
    close.title = 'Close';
    close.addEventListener('click', closeCard);
    add(card, close, el('h3', 'handle', nameOf(id)));
    add(card, add(el('p'), el('span', 'mono', id)));
    var community = a ? a.community : n.community;
    var coordinated = a ? a.coordinated : n.coordinated;
    var badges = el('p');
    if (coordinated) add(badges, el('span', 'badge coordinated', 'coordinated'));
    add(badges, add(el('span', 'badge'), chip(community), communityLabel(community)));
    add(card, badges);
    var facts = [];
    if (a && a.platform) facts.push(['Platform', a.platform]);
    if (a && a.created) facts.push(['Created', fmtTime(a.created)]);
    if (a && a.followers !== undefined && a.followers !== null) facts.push(['Followers', fmtInt(a.followers)]);
    if (n) facts.push(['Actions', fmtInt(n.actions)]);
    if (n && typeof n.score === 'number' && !(a && a.score)) facts.push(['Score', n.score.toFixed(3)]);
    if (a && a.url) facts.push(['Profile', link(a.url, a.url)]);
    if (facts.length) add(card, table(['', ''], facts));
    if (a && a.signals.length) {
      add(card, el('h4', null, 'Why it was flagged'));
      var ul = el('ul', 'signals');
      a.signals.forEach(function (s) { add(ul, el('li', null, s)); });
      add(card, ul);
    }
    if (a && a.score) renderScore(card, a.score);
    if (a && a.topTargets.length) {
      add(card, el('h4', null, 'Top targets'));
      add(card, table(['target', 'actions'], a.topTargets.map(function (t) { return [valueNode(t.value), fmtInt(t.count)]; }), [false, true]));
    }
    if (graph && graph.hasNode(id)) {
      var links = [];
      graph.forEachEdge(id, function (edge, attrs, s, t) {
        links.push({ other: s === id ? t : s, w: attrs.weight, m: (attrs.methods || []).join(', '), q: attrs.qValue });
      });
      links.sort(function (x, y) { return y.w - x.w || (x.other < y.other ? -1 : x.other > y.other ? 1 : 0); });
      add(card, el('h4', null, 'Links (' + links.length + ')'));
      add(card, table(['account', 'weight', 'methods', 'q'], links.slice(0, 50).map(function (l) {
        return [accountButton(l.other), l.w, l.m, typeof l.q === 'number' ? l.q.toExponential(1) : '–'];
      }), [false, true, false, true]));
      if (links.length > 50) add(card, el('p', 'hint', links.length - 50 + ' more links not listed'));
    }
    if (community >= 0 && communityById.has(community)) {
      var go = el('button', null, 'Show community card');
      go.type = 'button';
      go.addEventListener('click', function () {
        var target = document.getElementById('community-' + community);
        if (target) target.scrollIntoView();
      });
      add(card, go);
    }
    if (graph && graph.hasNode(id)) {
      selected = id;
      neighbours = new Set(graph.neighbors(id));
      renderer.refresh();
      if (focus) {
        var d = renderer.getNodeDisplayData(id);
        if (d) renderer.getCamera().animate({ x: d.x, y: d.y, ratio: 0.4 }, { duration: 300 });
        document.getElementById('network-section').scrollIntoView();
      }
    } else if (focus) {
      card.scrollIntoView();   // an account without a node: its card stands beside the network
    }
  }
  state.openAccount = function (id) { openAccount(id, true); };

  function search() {
    var q = document.getElementById('search').value.trim().toLowerCase().replace(/^@/, '');
    var out = document.getElementById('search-results');
    out.textContent = '';
    if (!q) return;
    var exact = [], partial = [];
    var ids = new Set(nodeById.keys());
    cardById.forEach(function (v, k) { ids.add(k); });
    ids.forEach(function (id) {
      var name = String(nameOf(id)).toLowerCase().replace(/^@/, '');
      var lid = String(id).toLowerCase();
      if (lid === q || name === q) exact.push(id);
      else if (lid.indexOf(q) >= 0 || name.indexOf(q) >= 0) partial.push(id);
    });
    partial.sort(function (x, y) {
      var nx = String(nameOf(x)), ny = String(nameOf(y));
      return nx < ny ? -1 : nx > ny ? 1 : (x < y ? -1 : x > y ? 1 : 0);
    });
    var hits = exact.concat(partial);
    if (hits.length === 0) { add(out, el('li', 'hint', 'No account matches.')); return; }
    hits.slice(0, 25).forEach(function (id) { add(out, add(el('li'), accountButton(id))); });
    if (hits.length > 25) add(out, el('li', 'hint', (hits.length - 25) + ' more'));
    if (exact.length === 1 || hits.length === 1) openAccount(hits[0], true);
  }

  // ---- timelines -------------------------------------------------------------------------
  function renderTimelines() {
    var t = data.timeline;
    var section = document.getElementById('timelines');
    if (!t || t.all.length === 0) { add(section, el('p', 'hint', 'No timeline in this case file.')); return; }
    var step = t.bin === 'DAY' ? 86400 : 3600;
    var t0 = Date.parse(t.start) / 1000;
    var xs = t.all.map(function (_, i) { return t0 + i * step; });
    var markers = t.markers || [];
    var markerPlugin = {
      hooks: {
        draw: function (u) {
          var ctx = u.ctx;
          ctx.save();
          ctx.font = Math.round(11 * devicePixelRatio) + 'px sans-serif';
          markers.forEach(function (m) {
            var x = u.valToPos(Date.parse(m.time) / 1000, 'x', true);
            if (x < u.bbox.left || x > u.bbox.left + u.bbox.width) return;
            ctx.strokeStyle = m.kind === 'CUE' ? '#b3261e' : '#555';
            ctx.setLineDash(m.kind === 'CUE' ? [] : [4, 4]);
            ctx.beginPath();
            ctx.moveTo(x, u.bbox.top);
            ctx.lineTo(x, u.bbox.top + u.bbox.height);
            ctx.stroke();
            ctx.fillStyle = ctx.strokeStyle;
            ctx.fillText(String(m.label).slice(0, 40), x + 3, u.bbox.top + 12 * devicePixelRatio);
          });
          ctx.restore();
        }
      }
    };
    // axis labels in UTC like every other time in the report, whatever the reader's time zone
    function utc(ts) { return uPlot.tzDate(new Date(ts * 1000), 'Etc/UTC'); }
    function width(elm) { return Math.max(320, elm.clientWidth - 12); }
    var allEl = document.getElementById('timeline-all');
    state.charts.push(new uPlot({
      title: 'All actions and actions of coordinated accounts', width: width(allEl), height: 260,
      plugins: [markerPlugin], scales: { x: { time: true } }, tzDate: utc,
      series: [{}, { label: 'all', stroke: '#5f6368', width: 1.5 },
        { label: 'coordinated', stroke: '#b3261e', width: 1.5, fill: 'rgba(179,38,30,0.08)' }]
    }, [xs, t.all, t.coordinated], allEl));
    var comEl = document.getElementById('timeline-communities');
    if (t.communities.length) {
      var shown = t.communities.slice(0, 12);
      state.charts.push(new uPlot({
        title: 'Actions per community', width: width(comEl), height: 260,
        plugins: [markerPlugin], scales: { x: { time: true } }, tzDate: utc,
        series: [{}].concat(shown.map(function (s) {
          return { label: String(s.label), stroke: colorOf(s.community), width: 1.5 };
        }))
      }, [xs].concat(shown.map(function (s) { return s.counts; })), comEl));
    } else {
      comEl.hidden = true;
    }
    var list = document.getElementById('markers');
    markers.forEach(function (m) {
      add(list, add(el('li'), el('strong', null, m.kind === 'CUE' ? 'cue' : 'event'), ' ' + fmtTime(m.time) + ': ', el('span', null, m.label)));
    });
  }

  // ---- operation map ---------------------------------------------------------------------
  function pct(part, whole) { return whole ? (100 * part / whole).toFixed(1) + ' %' : '–'; }
  function shareBar(part, whole) {
    var bar = el('span', 'share-bar');
    var fill = el('span');
    fill.style.width = (whole ? (100 * part / whole) : 0).toFixed(1) + '%';
    bar.title = pct(part, whole) + ' coordinated, ' + pct(whole - part, whole) + ' organic';
    return add(el('span'), add(bar, fill), pct(part, whole) + ' / ' + pct(whole - part, whole));
  }
  function accountList(ids) {
    var span = el('span', 'members');
    ids.forEach(function (id) { add(span, accountButton(id)); });
    return span;
  }
  function heading(parent, text, id) {
    var h = el('h3', null, text);
    if (id) h.id = id;
    add(parent, h);
  }

  /** An account card's score: the weighted components and the reasons, strongest first. */
  function renderScore(card, s) {
    add(card, el('h4', null, 'Score ' + Number(s.score).toFixed(3)));
    add(card, el('p', 'hint', 'Weighted sum of the signals below (each figure rounded to three decimals, so the column may differ from the score in the last digit). It explains and ranks; the significance tests alone decide coordination.'));
    add(card, table(['signal', 'component', 'weight', 'adds'], s.components.map(function (c) {
      return [c.signal, Number(c.value).toFixed(3), Number(c.weight).toFixed(2), (c.value * c.weight).toFixed(3)];
    }), [false, true, true, true]));
    if (s.reasons.length) {
      var ul = el('ul', 'reasons');
      s.reasons.forEach(function (r) { add(ul, el('li', null, r)); });
      add(card, ul);
    }
  }

  function renderOperation() {
    var o = data.operation, body = document.getElementById('operation-body');
    if (!o) { add(body, el('p', 'hint', 'No operation map in this case file.')); return; }
    var share = el('p');
    share.id = 'operation-share';
    add(share, 'Coordinated accounts made ', el('strong', null, fmtInt(o.coordinatedActions)), ' of ',
      fmtInt(o.actions), ' actions (', el('strong', null, pct(o.coordinatedActions, o.actions)), ') on the ',
      fmtInt(o.days.length), ' day(s) with actions.');
    add(body, share);
    var dated = o.days.filter(function (d) { return isFinite(Date.parse(d.day + 'T00:00:00Z')); });
    if (dated.length) {
      var chartEl = el('div', 'chart');
      chartEl.id = 'share-chart';
      add(body, chartEl);
      var xs = dated.map(function (d) { return Date.parse(d.day + 'T00:00:00Z') / 1000; });
      var ys = dated.map(function (d) { return d.actions ? 100 * d.coordinatedActions / d.actions : 0; });
      var bars = uPlot.paths && uPlot.paths.bars ? uPlot.paths.bars({ size: [0.7, 40] }) : undefined;
      state.charts.push(new uPlot({
        title: 'Coordinated share of all actions per day (UTC, %)', width: Math.max(320, body.clientWidth - 12),
        height: 180, scales: { x: { time: true } },
        tzDate: function (ts) { return uPlot.tzDate(new Date(ts * 1000), 'Etc/UTC'); },
        series: [{}, { label: 'coordinated share (%)', stroke: '#b3261e', fill: 'rgba(179,38,30,0.35)', width: 1,
          paths: bars, value: function (u, v) { return v === null ? '–' : v.toFixed(1) + ' %'; } }]
      }, [xs, ys], chartEl));
    }
    if (o.days.length) {
      var details = add(el('details'), el('summary', null, 'Per day'));
      details.id = 'share-by-day';
      add(details, table(['day (UTC)', 'actions', 'coordinated', 'share'], o.days.map(function (d) {
        return [d.day, fmtInt(d.actions), fmtInt(d.coordinatedActions), pct(d.coordinatedActions, d.actions)];
      }), [false, true, true, true]));
      add(body, details);
    }

    heading(body, 'Operators (' + o.operators.length + ')');
    if (o.operators.length) {
      var ops = table(['operator', 'accounts', 'confidence', 'hand-offs', 'shared episodes', 'created in batch', 'handle pattern', 'team'],
        o.operators.map(function (x) {
          return [String(x.id), accountList(x.accounts), Number(x.confidence).toFixed(2), fmtInt(x.handOffs),
            fmtInt(x.sharedEpisodes), fmtInt(x.sameBatch) + ' of ' + x.accounts.length, x.handlePattern || '–',
            x.team === undefined || x.team === null ? '–' : String(x.team)];
        }), [true, false, true, true, true, true, false, true]);
      ops.id = 'operators';
      add(body, ops, el('p', 'hint', 'An operator: accounts that take turns on a target a few seconds to three minutes apart (hand-offs) and never act at the same instant or in overlapping visits; groups of such accounts are joined when they hand off on most of the cues they share. Confidence is hand-offs over the episodes shared on the links that joined them. Creation batches join accounts one after another, never two groups that act far apart on their shared cues more often than they hand off, or hand off on under half of three or more.'));
    } else {
      add(body, el('p', 'hint', 'No operators were found.'));
    }

    heading(body, 'Teams and leaders (' + o.teams.length + ')');
    if (o.teams.length) {
      var teams = table(['team', 'accounts', 'operators', 'episodes', 'leader', 'led'], o.teams.map(function (t) {
        return [String(t.id), accountList(t.accounts), t.operators.join(', ') || '–', fmtInt(t.episodes),
          t.leader ? accountButton(t.leader) : 'none',
          t.leader ? t.led + ' of ' + t.episodes + ' (' + Number(t.ledByChance).toFixed(1) + ' by chance)' : '–'];
      }), [true, false, false, true, false, true]);
      teams.id = 'teams';
      add(body, teams);
      add(body, el('p', 'hint', 'A leader acts first among its team at least 3 times, in half of the team\'s episodes or far more often than chance (each of the m team members in an episode is first with probability 1/m).'));
    } else {
      add(body, el('p', 'hint', 'No teams were found.'));
    }

    heading(body, 'Top targets');
    if (o.targets.length) {
      var targets = table(['target', 'owner', 'coordinated accounts', 'coordinated actions', 'all actions', 'coordinated / organic', 'episodes'],
        o.targets.map(function (t) {
          return [valueNode(t.target), t.targetAccount ? accountButton(t.targetAccount) : '–', fmtInt(t.coordinatedAccounts),
            fmtInt(t.coordinatedActions), fmtInt(t.actions), shareBar(t.coordinatedActions, t.actions), fmtInt(t.episodes)];
        }), [false, false, true, true, true, false, true]);
      targets.id = 'targets';
      add(body, targets);
      if (o.targetCount > o.targets.length) add(body, el('p', 'hint', 'The first ' + o.targets.length + ' of ' + fmtInt(o.targetCount) + ' targets; all are in targets.csv.'));
    } else {
      add(body, el('p', 'hint', 'Coordinated accounts acted on no target.'));
    }

    heading(body, 'Brigading episodes (' + fmtInt(o.episodeCount) + ')');
    if (o.episodes.length) {
      var eps = table(['episode', 'target', 'start', 'lasted', 'accounts', 'actions', 'first', 'cue'], o.episodes.map(function (e) {
        return [String(e.id), valueNode(e.target), fmtTime(e.start), fmtGap(e.start, e.end), fmtInt(e.accounts),
          fmtInt(e.actions), accountButton(e.firstAccount), e.cue === undefined || e.cue === null ? '–' : String(e.cue)];
      }), [true, false, false, false, true, true, false, true]);
      eps.id = 'episodes';
      add(body, eps);
      if (o.episodeCount > o.episodes.length) add(body, el('p', 'hint', 'The first ' + o.episodes.length + ' of ' + fmtInt(o.episodeCount) + ' episodes; all are in episodes.csv.'));
    } else {
      add(body, el('p', 'hint', 'No brigading episodes were found.'));
    }

    heading(body, 'Cues (' + o.cues.length + ')');
    add(body, el('p', 'hint', 'Moments when many coordinated accounts started at once; the instruction came shortly before. They are marked on the timeline above.'));
    if (o.cues.length) {
      var cues = table(['cue', 'time', 'lasted', 'accounts', 'actions', 'targets', 'known events'], o.cues.map(function (c) {
        return [String(c.id), fmtTime(c.time), fmtGap(c.time, c.end), fmtInt(c.accounts), fmtInt(c.actions),
          targetList(c.targets), c.events.length ? c.events.join(', ') : '–'];
      }), [true, false, false, true, true, false, false]);
      cues.id = 'cues';
      add(body, cues);
    }
    if (o.events.length) {
      heading(body, 'Known events (' + o.events.length + ')');
      var evs = table(['event', 'start', 'window end', 'actions', 'coordinated share', 'coordinated accounts', 'cues near it', 'blocking window'],
        o.events.map(function (e) {
          return [e.label, fmtTime(e.start), fmtTime(e.windowEnd), fmtInt(e.actions), pct(e.coordinatedActions, e.actions),
            fmtInt(e.coordinatedAccounts), e.cues.length ? e.cues.join(', ') : 'none', e.blocking ? 'yes' : 'no'];
        }), [false, false, false, true, true, true, false, false]);
      evs.id = 'events';
      add(body, evs);
    }

    heading(body, 'Account scores');
    add(body, el('p', 'hint', 'Each account gets a score in [0, 1]: the weighted sum of the signals below, each a component in [0, 1]. No signal weighs more than a quarter: organic accounts that work office hours (teachers, officials, newsrooms) or pick a name-and-number handle are common. The score explains and ranks; it never marks an account as coordinated. Open an account card for its components and reasons.'));
    var weights = table(['signal', 'column in accounts.csv', 'weight', 'accounts'], o.signals.map(function (x) {
      return [x.name, el('span', 'mono', x.column), Number(x.weight).toFixed(2), x.available ? fmtInt(x.accounts) : 'not in the input'];
    }), [false, false, true, true]);
    weights.id = 'signal-weights';
    var scoring = el('p', 'hint', o.scoring);
    scoring.id = 'scoring';
    add(body, weights, scoring);
    if (o.topOther.length) {
      add(body, el('h4', null, 'Highest scores among accounts without a kept link'));
      var other = table(['account', 'score', 'strongest reason'], o.topOther.map(function (id) {
        var c = cardById.get(id);
        return [accountButton(id), c && c.score ? Number(c.score.score).toFixed(3) : '–',
          c && c.score && c.score.reasons.length ? c.score.reasons[0] : '–'];
      }), [false, true, false]);
      other.id = 'top-other';
      add(body, other);
    }
  }

  // ---- hour of week ----------------------------------------------------------------------
  function renderHeatmap() {
    var h = data.hourOfWeek;
    var body = document.getElementById('heatmap-body');
    if (!h) { add(body, el('p', 'hint', 'No hour-of-week data in this case file.')); return; }
    [['Coordinated accounts', h.coordinated, [179, 38, 30]], ['Organic accounts', h.organic, [31, 119, 180]]].forEach(function (g) {
      var counts = g[1], rgb = g[2];
      var total = counts.reduce(function (a, b) { return a + b; }, 0);
      var max = Math.max.apply(null, counts.concat([1]));
      var wrap = add(el('div', 'heat'), el('h3', null, g[0] + ' (' + fmtInt(total) + ' actions)'));
      var t = el('table');
      var head = add(el('tr'), el('th'));
      for (var hr = 0; hr < 24; hr++) add(head, el('th', null, hr % 3 === 0 ? String(hr) : ''));
      add(t, head);
      for (var d = 0; d < 7; d++) {
        var tr = add(el('tr'), el('th', null, DAYS[d]));
        for (var hh = 0; hh < 24; hh++) {
          var c = counts[d * 24 + hh];
          var td = el('td', 'cell');
          td.style.backgroundColor = 'rgba(' + rgb.join(',') + ',' + (0.04 + 0.96 * c / max).toFixed(3) + ')';
          td.title = DAYS[d] + ' ' + (hh < 10 ? '0' : '') + hh + ':00 UTC: ' + fmtInt(c) + ' actions'
            + (total ? ' (' + (100 * c / total).toFixed(1) + ' %)' : '');
          tr.appendChild(td);
        }
        add(t, tr);
      }
      add(body, add(wrap, t));
    });
  }

  // ---- community cards -------------------------------------------------------------------
  function renderCommunities() {
    var list = document.getElementById('community-list');
    var cs = data.communities || [];
    if (!cs.length) { add(list, el('p', 'hint', 'No communities of coordinated accounts were found.')); return; }
    cs.forEach(function (c) {
      var box = el('div', 'community');
      box.id = 'community-' + c.id;
      add(box, add(el('h3'), chip(c.id), c.label + ' · ' + c.members.length + ' accounts'));
      var members = el('div', 'members');
      c.members.forEach(function (m) { add(members, accountButton(m)); });
      add(box, members);
      if (c.topTargets.length) {
        add(box, el('h4', null, 'Top targets'));
        add(box, table(['target', 'actions'], c.topTargets.map(function (t) { return [valueNode(t.value), fmtInt(t.count)]; }), [false, true]));
      }
      if (c.topObjects.length) {
        add(box, el('h4', null, 'Top shared objects'));
        add(box, table(['object', 'actions'], c.topObjects.map(function (t) { return [valueNode(t.value), fmtInt(t.count)]; }), [false, true]));
      }
      if (c.evidence.length) {
        add(box, el('h4', null, 'Example evidence'));
        add(box, table(['account', 'account', 'method', 'object', 'time', 'time', 'gap', 'posts'], c.evidence.map(function (p) {
          var posts = el('span');
          if (p.urlA) add(posts, link(p.urlA, 'post A'), ' ');
          if (p.urlB) add(posts, link(p.urlB, 'post B'));
          return [accountButton(p.accountA), accountButton(p.accountB), p.method, valueNode(p.object),
            fmtTime(p.timeA), fmtTime(p.timeB), fmtGap(p.timeA, p.timeB), posts];
        })));
      }
      if (c.nearDuplicates.length) {
        add(box, el('h4', null, 'Near-duplicate texts'));
        c.nearDuplicates.forEach(function (p) {
          var pair = el('div', 'pairs');
          [[p.accountA, p.textA, p.urlA], [p.accountB, p.textB, p.urlB]].forEach(function (side) {
            var post = add(el('div', 'post'), add(el('span', 'who'), accountButton(side[0]),
              side[2] ? ' ' : null, side[2] ? link(side[2], 'original') : null));
            add(post, el('span', 'text', side[1]));
            add(pair, post);
          });
          add(box, pair, el('p', 'hint', 'similarity ' + Number(p.similarity).toFixed(2)));
        });
      }
      add(list, box);
    });
  }

  // ---- method and provenance -------------------------------------------------------------
  function renderMethod() {
    var p = data.provenance, body = document.getElementById('method-body');
    add(body, table(['', ''], [['trollscope version', p.version], ['seed', p.seed === undefined ? '–' : String(p.seed)]]));
    if (p.parameters.length) {
      add(body, el('h3', null, 'Parameters'));
      add(body, table(['parameter', 'value'], p.parameters.map(function (x) { return [x.name, x.value]; })));
    }
    add(body, el('h3', null, 'Inputs'));
    add(body, table(['file', 'rows', 'SHA-256'], (data.summary.inputs || []).map(function (f) {
      return [f.name, fmtInt(f.rows), el('span', 'mono', f.sha256 || '–')];
    }), [false, true, false]));
    add(body, el('h3', null, 'Null model'), el('p', null, p.nullModel));
    add(body, el('h3', null, 'Limitations'));
    var ul = el('ul');
    (p.limitations || []).forEach(function (l) { add(ul, el('li', null, l)); });
    add(body, ul);
  }

  // ---- start -----------------------------------------------------------------------------
  [['summary', renderSummary], ['network-section', renderNetwork], ['timelines', renderTimelines],
    ['operation', renderOperation], ['heatmap', renderHeatmap], ['communities', renderCommunities], ['method', renderMethod]].forEach(function (p) {
    try { p[1](); } catch (e) { fail(p[0], e); }
  });
  document.getElementById('search-go').addEventListener('click', search);
  document.getElementById('search').addEventListener('keydown', function (e) { if (e.key === 'Enter') search(); });
  state.ready = true;
  state.timings.ready = performance.now();
  document.body.setAttribute('data-ready', 'true');
})();

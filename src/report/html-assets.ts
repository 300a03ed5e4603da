/** The inline style and script of the report pages: no network, no external assets. */

export const pageStyle = `
:root { --ink: #1d232b; --muted: #5d6875; --line: #d9dee4; --accent: #2456a6; --hl: #ffe58a; --bg: #fbfbfa; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.55 Georgia, 'Times New Roman', serif; color: var(--ink); background: var(--bg); }
header, main { max-width: 1180px; margin: 0 auto; padding: 0 20px; }
header { padding-top: 28px; }
h1 { font-size: 1.9rem; line-height: 1.2; margin: 0 0 6px; }
h2 { font: 600 1.05rem system-ui, sans-serif; text-transform: uppercase; letter-spacing: .06em; color: var(--muted); border-bottom: 1px solid var(--line); padding-bottom: 4px; margin-top: 34px; }
.meta, .small { font: 0.85rem system-ui, sans-serif; color: var(--muted); }
.brief li { margin: 6px 0; }
details > summary { cursor: pointer; font: 0.9rem system-ui, sans-serif; color: var(--muted); margin: 12px 0 6px; }
.cite, .dot, [data-ev] { cursor: pointer; }
.cite { font: 0.72rem system-ui, sans-serif; color: var(--accent); background: #e8eef9; border-radius: 3px; padding: 0 4px; margin-left: 3px; white-space: nowrap; border: 0; }
.cite:hover, .cite:focus { background: var(--accent); color: #fff; }
table { border-collapse: collapse; width: 100%; font-size: 0.92rem; }
th, td { border-bottom: 1px solid var(--line); padding: 5px 6px; vertical-align: top; text-align: left; }
th { font: 600 0.78rem system-ui, sans-serif; color: var(--muted); }
td.c { text-align: center; width: 4.5em; }
.dot { display: inline-block; width: 12px; height: 12px; border-radius: 50%; background: var(--accent); border: 0; padding: 0; }
.quote { border-left: 3px solid var(--accent); padding: 2px 12px; margin: 14px 0; }
.variants { display: grid; grid-template-columns: repeat(auto-fill, minmax(260px, 1fr)); gap: 10px; margin-top: 8px; }
.variant { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: 8px 10px; font-size: 0.93rem; }
.variant .small { display: block; margin-bottom: 4px; }
.timeline { list-style: none; padding: 0; border-left: 2px solid var(--line); }
.timeline li { margin: 0 0 10px 0; padding-left: 14px; position: relative; }
.timeline li::before { content: ''; position: absolute; left: -6px; top: 8px; width: 10px; height: 10px; border-radius: 50%; background: var(--accent); }
.date { font: 600 0.85rem system-ui, sans-serif; }
.disc { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: 8px 12px; margin: 10px 0; }
.kind { font: 600 0.72rem system-ui, sans-serif; text-transform: uppercase; background: #f3e3d3; color: #7a3e00; border-radius: 3px; padding: 1px 5px; }
.articles { display: grid; grid-template-columns: repeat(auto-fill, minmax(340px, 1fr)); gap: 16px; }
article { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: 10px 14px; }
article .text { white-space: pre-wrap; font-size: 0.93rem; }
del.removed { color: #a4abb3; text-decoration: none; background: repeating-linear-gradient(135deg, transparent 0 6px, #f1f2f4 6px 8px); }
.title-line { font-weight: bold; }
.hl { background: var(--hl); box-shadow: 0 0 0 2px var(--hl); }
.hl-src { outline: 2px solid var(--accent); }
`;

/**
 * Clicking anything with `data-ev="ARTICLE:START:END ..."` highlights the text segments inside
 * those spans (segments carry `data-a`, `data-s`, `data-e`) and scrolls to the first one.
 */
export const pageScript = `
(function () {
  var segments = Array.prototype.slice.call(document.querySelectorAll('.seg'));
  function clear() {
    document.querySelectorAll('.hl').forEach(function (n) { n.classList.remove('hl'); });
    document.querySelectorAll('.hl-src').forEach(function (n) { n.classList.remove('hl-src'); });
  }
  function show(spec, source) {
    clear();
    if (source) source.classList.add('hl-src');
    var first = null;
    spec.split(' ').forEach(function (part) {
      var p = part.split(':');
      if (p.length !== 3) return;
      var a = p[0], s = Number(p[1]), e = Number(p[2]);
      segments.forEach(function (seg) {
        if (seg.getAttribute('data-a') !== a) return;
        if (Number(seg.getAttribute('data-s')) >= s && Number(seg.getAttribute('data-e')) <= e) {
          seg.classList.add('hl');
          if (!first) first = seg;
        }
      });
    });
    if (first) first.scrollIntoView({ behavior: 'smooth', block: 'center' });
  }
  document.addEventListener('click', function (event) {
    var target = event.target.closest ? event.target.closest('[data-ev]') : null;
    if (!target) return;
    event.preventDefault();
    show(target.getAttribute('data-ev'), target);
  });
  document.addEventListener('keydown', function (event) {
    if (event.key === 'Escape') clear();
  });
})();
`;

// docs/bench.md from one run of the bench (bench.mjs): the figures, with when and on what machine
// they were measured, so that the README links to them instead of copying them. Time is noisy on
// a shared machine: the page gives medians with their range, and says how many runs.

const kB = (n) => `${(n / 1000).toFixed(1)} kB`;
const ms = (s) => `${s.median.toFixed(1)} ms (${s.min.toFixed(1)}–${s.max.toFixed(1)})`;
const MB = (n) => `${(n / 1e6).toFixed(1)} MB`;
/** bench.mjs's number of runs when BENCH_RUNS is not set. */
const DEFAULT_RUNS = 15;
const row = (cells) => `| ${cells.join(' | ')} |`;

const VERSION = {
  static: 'static: the content as plain HTML, no script',
  fallback: 'the content inside the element, with its script',
  script: 'the element alone, with its script (no content before it)',
};

/** Content before the script: first paint of the three pages, the takeover's layout shift. */
function avantScript(a) {
  if (!a) return [];
  return [
    '## Content before the script',
    '',
    `A commune's page (a header, a paragraph, the element, a footer; its own font, the neutral look) for the commune ` +
      `${a.commune}, its département's feed (\`${a.feed}\`, preloaded), in a ${a.viewport.width}×${a.viewport.height} window, ` +
      'in three versions opened in turn: first contentful paint from navigation, and the layout shift (the sum of ' +
      "'layout-shift' values without recent input) until the element has drawn its content and a few frames after. " +
      'The first paint is also the header’s: the content is on screen at the first paint where the page holds it, and, with ' +
      'the script alone, at the frame after the element has drawn it. A layout shift counts what was on screen and moved ' +
      '(the footer, when it is in the window): the content the element draws in place of the page’s is new, not moved.',
    '',
    row(['element', 'page', 'first contentful paint', 'content on screen', 'layout shift (median, max)']),
    row(['---', '---', '--:', '--:', '--:']),
    ...Object.entries(a.results).flatMap(([tag, r]) =>
      Object.entries(VERSION).map(([v, texte]) =>
        row([tag, texte, ms(r[v].fcp), ms(r[v].content), `${r[v].cls.median.toFixed(3)}, ${r[v].cls.max.toFixed(3)}`]),
      ),
    ),
    '',
    ...Object.entries(a.results).flatMap(([tag, r]) => Object.entries(r.ratios).map(([k, v]) => `- ${tag}, ${k}: ${v.toFixed(2)}`)),
    '',
    "Goals: the page with the content at most 1.1× the static page's first paint; a layout shift of at most 0.05.",
    '',
  ];
}

/** The page, from the results bench.mjs writes to bench/results/latest.json. */
export function markdown(r) {
  const { machine: m } = r;
  const n = r.national;
  return [
    '# Bench',
    '',
    'Written by `npm run bench` (scripts/bench/bench.mjs): do not edit; run it again. The size budgets',
    'the build holds are in [sizes.md](sizes.md); the raw results of this run are in',
    '`bench/results/latest.json` on the machine that ran it.',
    '',
    `Run of ${r.date.slice(0, 10)} (${r.date}), ${m.cpus} cores (${m.model}), ${m.memoryGiB} GiB, Node ${m.node}, ` +
      `${m.chromium ?? 'Chromium'}, headless; ${r.runs} runs of each page, measured in turn` +
      `${r.runs < DEFAULT_RUNS ? ` (a short run, \`BENCH_RUNS=${r.runs}\`; the default is ${DEFAULT_RUNS})` : ''}. Medians, with the range.`,
    '',
    '## Bytes of each published file',
    '',
    row(['file', 'raw', 'gzip', 'brotli']),
    row(['---', '--:', '--:', '--:']),
    ...Object.entries(r.bytes.files).map(([f, b]) => row([`\`${f}\``, kB(b.raw), kB(b.gzip), kB(b.brotli)])),
    '',
    '## Each dependency in each file',
    '',
    'Brotli, each module minified and compressed alone: shares, which add up to more than the file.',
    '',
    ...Object.entries(r.bytes.dependencies).map(
      ([f, parts]) =>
        `- \`${f}\`: ${Object.entries(parts)
          .map(([d, b]) => `${d} ${kB(b)}`)
          .join(', ')}`,
    ),
    '',
    '## Each element’s own file in Chromium, from navigation',
    '',
    row(['page', 'defined', 'rendered', 'long tasks', 'heap']),
    row(['---', '--:', '--:', '--:', '--:']),
    ...[...Object.entries(r.elements), ...Object.entries(r.baselines)].map(([t, x]) =>
      row([t, ms(x.defined), ms(x.rendered), String(x.longTasks.median), MB(x.heap.median)]),
    ),
    '',
    ...Object.entries(r.ratios).map(([k, v]) => `- ${k}: ${v.toFixed(2)}`),
    '',
    ...avantScript(r.avantScript),
    '## The whole fiche',
    '',
    `Lozère's feed parsed → every part drawn: ${ms(r.fiche.workMs)} in the elements' updates (style and layout not ` +
      `included), ${ms(r.fiche.wallMs)} from start to end; a second fiche on the same page: ${ms(r.fiche.secondFicheWorkMs)}.`,
    '',
    '## A national list',
    '',
    `${n.places} places (every France Services site and Petites villes de demain commune), ${kB(n.jsonBytes)} of JSON: ` +
      `render ${ms(n.renderMs)}, commune switch ${ms(n.communeSwitchMs)}, long tasks over 50 ms: ${n.longTasksOver50ms.median}, ` +
      `heap growth ${MB(n.heapGrowthBytes.median)}; its folded lists all built (${n.placesInDom} places, as for printing): ${ms(n.allPlacesBuiltMs)}.`,
    '',
  ].join('\n');
}

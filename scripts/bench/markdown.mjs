// docs/bench.md from one run of the bench (bench.mjs): the figures, with when and on what machine
// they were measured, so that the README links to them instead of copying them. Time is noisy on
// a shared machine: the page gives medians with their range, and says how many runs.

const kB = (n) => `${(n / 1000).toFixed(1)} kB`;
const ms = (s) => `${s.median.toFixed(1)} ms (${s.min.toFixed(1)}–${s.max.toFixed(1)})`;
const MB = (n) => `${(n / 1e6).toFixed(1)} MB`;
const row = (cells) => `| ${cells.join(' | ')} |`;

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
      `${m.chromium ?? 'Chromium'}, headless; ${r.runs} runs of each page, measured in turn. Medians, with the range.`,
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

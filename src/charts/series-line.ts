/**
 * A series over time as an area under its line (the fibre table draws the locaux raccordables,
 * quarter after quarter). Points come in as labels and values; a missing value (`null`, `NaN`)
 * breaks the line into segments, as d3-shape's `defined()` does, and never throws. No feed here:
 * the caller gives the labels, the number format and the text alternative.
 *
 * The line is drawn by d3-shape's monotone curve, driven as flow-links.ts drives its curves, into
 * a context of our own: `line()` and `area()` would bring d3-path's whole Path class. Points are
 * placed by d3-scale's point scale; values by a plain proportion from zero to a round maximum
 * taken from d3-array's `ticks`, since `scaleLinear` brings interpolators and number formats
 * (several kilobytes compressed) for what is one multiplication here. A cumulative count starts
 * from zero, so that the area's height reads as the count.
 */
import { ticks } from 'd3-array';
import { scalePoint } from 'd3-scale';
import { curveMonotoneX } from 'd3-shape';
import { html, svg } from 'lit';

export interface PointSerie {
  /** The point's label: "2022-T2". */
  libelle: string;
  valeur: number | null;
}

export interface SeriesLineOptions {
  width?: number;
  height?: number;
  /** How a value reads on the vertical axis ("40 000"). */
  format: (valeur: number) => string;
  /** The label under a point, or undefined for none ("2018" under each first quarter). */
  graduer?: (libelle: string, index: number) => string | undefined;
}

export interface SeriesLineGeometry {
  width: number;
  height: number;
  /** One path per unbroken run of values. */
  lines: string[];
  areas: string[];
  points: { x: number; y: number; valeur: number }[];
  /** Horizontal rules and their values. */
  graduationsY: { y: number; texte: string }[];
  graduationsX: { x: number; texte: string }[];
}

const MARGE = { haut: 12, droite: 12, bas: 26, gauche: 64 };

type Point = [number, number];

/** The path of a monotone curve through `points`. */
function courbe(points: readonly Point[]): string {
  let d = '';
  // Three decimals, as d3-path writes them: the curve's control points would otherwise carry fifteen.
  const n = (...v: number[]) => v.map((x) => Math.round(x * 1000) / 1000).join(',');
  const context = {
    moveTo: (x: number, y: number) => void (d += `M${n(x, y)}`),
    lineTo: (x: number, y: number) => void (d += `L${n(x, y)}`),
    bezierCurveTo: (x1: number, y1: number, x2: number, y2: number, x: number, y: number) => void (d += `C${n(x1, y1, x2, y2, x, y)}`),
    closePath: () => void (d += 'Z'),
  };
  const output = curveMonotoneX(context as unknown as CanvasRenderingContext2D);
  output.lineStart();
  for (const p of points) output.point(...p);
  output.lineEnd();
  return d;
}

const arrondi = (n: number) => Math.round(n * 10) / 10;

export function seriesLineGeometry(serie: readonly PointSerie[], options: SeriesLineOptions): SeriesLineGeometry {
  const { width = 400, height = 220, format, graduer } = options;
  const bas = height - MARGE.bas;
  const x = scalePoint<number>()
    .domain(serie.map((_, i) => i))
    .range([MARGE.gauche, width - MARGE.droite]);
  const valeurs = serie.map((p) => p.valeur).filter((v): v is number => v !== null && Number.isFinite(v));
  const plusGrande = Math.max(1, ...valeurs);
  const graduations = ticks(0, plusGrande, 4);
  // The top rule is the first round value at or above the largest: the area never overflows it.
  const pas = graduations.length > 1 ? graduations[1]! - graduations[0]! : plusGrande;
  while (graduations.at(-1)! < plusGrande) graduations.push(graduations.at(-1)! + pas);
  const max = graduations.at(-1)!;
  const y = (v: number) => arrondi(bas - (v / max) * (bas - MARGE.haut));

  const segments: Point[][] = [];
  let courant: Point[] | undefined;
  serie.forEach((p, i) => {
    if (p.valeur === null || !Number.isFinite(p.valeur)) {
      courant = undefined;
      return;
    }
    if (!courant) segments.push((courant = []));
    courant.push([arrondi(x(i)!), y(p.valeur)]);
  });
  return {
    width,
    height,
    lines: segments.map(courbe),
    areas: segments.map((s) => `${courbe(s)}L${s.at(-1)![0]},${bas}L${s[0]![0]},${bas}Z`),
    points: serie.flatMap((p, i) =>
      p.valeur !== null && Number.isFinite(p.valeur) ? [{ x: arrondi(x(i)!), y: y(p.valeur), valeur: p.valeur }] : [],
    ),
    graduationsY: graduations.map((v) => ({ y: y(v), texte: format(v) })),
    graduationsX: serie.flatMap((p, i) => {
      const texte = graduer?.(p.libelle, i);
      return texte ? [{ x: arrondi(x(i)!), texte }] : [];
    }),
  };
}

/**
 * The chart as an image with its text alternative (`label`: what it shows and its trend, in one
 * sentence). The caller puts the same numbers in a table.
 */
export function seriesLine(serie: readonly PointSerie[], options: SeriesLineOptions & { label: string }) {
  const g = seriesLineGeometry(serie, options);
  const dernier = g.points.at(-1);
  const bas = g.height - MARGE.bas;
  return html`<svg class="series-line" part="chart" role="img" aria-label=${options.label} viewBox="0 0 ${g.width} ${g.height}">
    ${svg`${g.graduationsY.map(
      (t) =>
        svg`<line class="rule" x1=${MARGE.gauche} x2=${g.width - MARGE.droite} y1=${t.y} y2=${t.y}></line>
        <text class="tick" x=${MARGE.gauche - 6} y=${t.y} text-anchor="end" dominant-baseline="middle">${t.texte}</text>`,
    )}
    ${g.areas.map((d) => svg`<path class="area" d=${d}></path>`)}
    ${g.lines.map((d) => svg`<path class="line" d=${d}></path>`)}
    ${dernier ? svg`<circle class="last" cx=${dernier.x} cy=${dernier.y} r="3.5"></circle>` : ''}
    ${g.graduationsX.map(
      (t) =>
        svg`<line class="tick-mark" x1=${t.x} x2=${t.x} y1=${bas} y2=${bas + 4}></line>
        <text class="tick" x=${t.x} y=${g.height - 4} text-anchor="middle">${t.texte}</text>`,
    )}`}
  </svg>`;
}

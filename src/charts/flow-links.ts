/**
 * Connectors between the boxes of a flow diagram, as SVG paths drawn with d3-shape's bump curves
 * (the curves of its links): from the right edge of one box to the left edge of the next when the
 * flow runs across, from bottom to top when it runs down. Boxes come in as plain rectangles: no
 * DOM here.
 *
 * The curve draws into a context of our own that writes the path's text, as d3-path would: taking
 * d3-shape's `linkHorizontal` instead brings d3-path's whole Path class (arcs, rectangles), bytes
 * on every page that a connector never runs (`npm run bench` shows the bundles' sizes).
 *
 * Down the page, alternatives would hide behind one another if all joined at the centre, so a
 * connector may run along a box's start or end edge instead (`align`, `inset` in pixels): the
 * branches show as parallel rails.
 */
import { curveBumpX, curveBumpY, type CurveFactory } from 'd3-shape';
import { html, svg } from 'lit';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export type Orientation = 'horizontal' | 'vertical';

export interface Connector {
  from: Box;
  to: Box;
  /** Down the page only: where the connector leaves and joins the boxes. Default `center`. */
  align?: 'start' | 'center' | 'end';
  /** Distance from the start or end edge, in pixels. */
  inset?: number;
}

type Point = [number, number];

/** The path of a curve from one point to another, as d3-shape's links draw it. */
function link(curve: CurveFactory, source: Point, target: Point): string {
  let d = '';
  const context = {
    moveTo: (x: number, y: number) => void (d += `M${x},${y}`),
    lineTo: (x: number, y: number) => void (d += `L${x},${y}`),
    bezierCurveTo: (x1: number, y1: number, x2: number, y2: number, x: number, y: number) =>
      void (d += `C${x1},${y1},${x2},${y2},${x},${y}`),
    closePath: () => void (d += 'Z'),
  };
  const output = curve(context as unknown as CanvasRenderingContext2D);
  output.lineStart();
  output.point(...source);
  output.point(...target);
  output.lineEnd();
  return d;
}

function anchorX(box: Box, align: Connector['align'], inset: number): number {
  if (align === 'start') return box.x + inset;
  if (align === 'end') return box.x + box.width - inset;
  return box.x + box.width / 2;
}

/** One SVG path per connector. */
export function flowLinks(connectors: readonly Connector[], orientation: Orientation): string[] {
  return connectors.map(({ from, to, align = 'center', inset = 0 }) =>
    orientation === 'horizontal'
      ? link(curveBumpX, [from.x + from.width, from.y + from.height / 2], [to.x, to.y + to.height / 2])
      : link(curveBumpY, [anchorX(from, align, inset), from.y + from.height], [anchorX(to, align, inset), to.y]),
  );
}

/** The connectors as a decorative SVG layer of the given size. */
export function flowConnectors(paths: readonly string[], width: number, height: number) {
  return html`<svg
    class="connectors"
    part="connectors"
    aria-hidden="true"
    focusable="false"
    width=${width}
    height=${height}
    viewBox="0 0 ${width} ${height}"
  >
    ${paths.map((d) => svg`<path d=${d}></path>`)}
  </svg>`;
}

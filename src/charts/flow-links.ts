/**
 * Connectors between the boxes of a flow diagram, as SVG paths drawn with d3-shape's links:
 * from the right edge of one box to the left edge of the next when the flow runs across,
 * from bottom to top when it runs down. Boxes come in as plain rectangles: no DOM here.
 *
 * Down the page, alternatives would hide behind one another if all joined at the centre, so a
 * connector may run along a box's start or end edge instead (`align`, `inset` in pixels): the
 * branches show as parallel rails.
 */
import { linkHorizontal, linkVertical } from 'd3-shape';
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
const across = linkHorizontal<{ source: Point; target: Point }, Point>();
const down = linkVertical<{ source: Point; target: Point }, Point>();

function anchorX(box: Box, align: Connector['align'], inset: number): number {
  if (align === 'start') return box.x + inset;
  if (align === 'end') return box.x + box.width - inset;
  return box.x + box.width / 2;
}

/** One SVG path per connector. */
export function flowLinks(connectors: readonly Connector[], orientation: Orientation): string[] {
  return connectors.map(({ from, to, align = 'center', inset = 0 }) =>
    orientation === 'horizontal'
      ? across({ source: [from.x + from.width, from.y + from.height / 2], target: [to.x, to.y + to.height / 2] }) ?? ''
      : down({
          source: [anchorX(from, align, inset), from.y + from.height],
          target: [anchorX(to, align, inset), to.y],
        }) ?? '',
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

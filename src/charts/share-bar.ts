/**
 * A small horizontal bar showing a share (0–1): the fibre table draws one beside each row.
 * Decorative: the figure it shows is written next to it, so it is hidden from assistive
 * technologies. A missing share (`NaN`) draws an empty track, not an error.
 *
 * The scale is d3's threshold scale in steps of one percent, not `scaleLinear`: on a bar of a
 * hundred pixels the two draw the same, and the threshold scale brings no interpolators, no
 * number formats and no colour parser, which would weigh more than the rest of the chart.
 */
import { range } from 'd3-array';
import { scaleThreshold } from 'd3-scale';
import { html, svg } from 'lit';

const PAS = 100;
/** 0.005, 0.015 … 0.995: each share goes to its nearest percent, as the table rounds it. */
const SEUILS = range(1, PAS + 1).map((i) => (i - 0.5) / PAS);

export interface ShareBarGeometry {
  width: number;
  height: number;
  /** Width of the filled part. */
  fill: number;
}

export function shareBarGeometry(part: number, width = 96, height = 8): ShareBarGeometry {
  const x = scaleThreshold<number, number>()
    .domain(SEUILS)
    .range(range(0, PAS + 1).map((i) => (i * width) / PAS));
  return { width, height, fill: Number.isFinite(part) ? x(part) : 0 };
}

export function shareBar(part: number, width?: number, height?: number) {
  const g = shareBarGeometry(part, width, height);
  return html`<svg
    class="share-bar"
    part="bar"
    aria-hidden="true"
    focusable="false"
    width=${g.width}
    height=${g.height}
    viewBox="0 0 ${g.width} ${g.height}"
  >
    ${svg`<rect class="track" width=${g.width} height=${g.height} rx="2"></rect>
    <rect class="fill" width=${g.fill} height=${g.height} rx="2"></rect>`}
  </svg>`;
}

/**
 * A small horizontal bar showing a share (0–1): the fibre table draws one beside each row.
 * Decorative: the figure it shows is written next to it, so it is hidden from assistive
 * technologies. A missing share (`NaN`) draws an empty track, not an error.
 */
import { scaleLinear } from 'd3-scale';
import { html, svg } from 'lit';

export interface ShareBarGeometry {
  width: number;
  height: number;
  /** Width of the filled part. */
  fill: number;
}

export function shareBarGeometry(part: number, width = 96, height = 8): ShareBarGeometry {
  const x = scaleLinear().domain([0, 1]).range([0, width]).clamp(true);
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

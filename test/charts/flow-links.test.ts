/**
 * The connectors draw with d3-shape's bump curves into a context of their own: the paths must be
 * exactly those d3-shape's links draw with d3-path.
 */
import { expect } from '@open-wc/testing';
import { linkHorizontal, linkVertical } from 'd3-shape';
import { flowLinks, type Box } from '../../src/charts/flow-links.js';

const box = (x: number, y: number, width: number, height: number): Box => ({ x, y, width, height });

describe('flowLinks', () => {
  const from = box(10.5, 20, 120, 40);
  const to = box(300, 133.25, 90, 60);

  it('draws across as linkHorizontal does, from the right edge to the left edge', () => {
    const expected = linkHorizontal()({ source: [130.5, 40], target: [300, 163.25] });
    expect(flowLinks([{ from, to }], 'horizontal')).to.deep.equal([expected]);
  });

  it('draws down as linkVertical does, from the centres or along an edge', () => {
    expect(flowLinks([{ from, to }], 'vertical')).to.deep.equal([linkVertical()({ source: [70.5, 60], target: [345, 133.25] })]);
    expect(flowLinks([{ from, to, align: 'start', inset: 12 }], 'vertical')).to.deep.equal([
      linkVertical()({ source: [22.5, 60], target: [312, 133.25] }),
    ]);
    expect(flowLinks([{ from, to, align: 'end', inset: 12 }], 'vertical')).to.deep.equal([
      linkVertical()({ source: [118.5, 60], target: [378, 133.25] }),
    ]);
  });
});

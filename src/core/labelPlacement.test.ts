import { describe, expect, it } from 'vitest';
import { placeLabels, type Box, type LabelCandidate } from './labelPlacement';

const box = (left: number, top: number, w: number, h: number): Box => ({ left, top, right: left + w, bottom: top + h });
/** A 40×12 label centred on (x, y), in an area of the given size centred there too. */
const label = (key: string, x: number, y: number, areaW = 100, areaH = 100, priority = 0): LabelCandidate => ({
  key,
  priority,
  box: box(x - 20, y - 6, 40, 12),
  area: box(x - areaW / 2, y - areaH / 2, areaW, areaH),
});

describe('placeLabels', () => {
  it('shows every label that fits its area and overlaps no other, where the map drew it', () => {
    const result = placeLabels([label('a', 50, 50), label('b', 200, 50), label('c', 50, 200)]);
    expect([...result.values()]).toEqual([
      { shown: true, dx: 0, dy: 0 },
      { shown: true, dx: 0, dy: 0 },
      { shown: true, dx: 0, dy: 0 },
    ]);
  });

  it('lets a label reach a little past a small area, as city-centre names do', () => {
    expect(placeLabels([label('small', 50, 50, 24, 12)]).get('small')).toEqual({ shown: true, dx: 0, dy: 0 });
  });

  it('hides a label much wider than its area at this zoom', () => {
    expect(placeLabels([label('tiny', 50, 50, 10, 10)]).get('tiny')).toEqual({ shown: false, reason: 'does not fit' });
  });

  it('nudges a colliding label within its own area before hiding it', () => {
    const result = placeLabels([label('big', 50, 50, 200, 200), label('small', 60, 52, 100, 100)]);
    expect(result.get('big')).toEqual({ shown: true, dx: 0, dy: 0 });
    const small = result.get('small');
    expect(small?.shown).toBe(true);
    if (small?.shown) expect(Math.abs(small.dy)).toBeGreaterThan(0);
  });

  it('hides the smaller area’s label when no position in it is clear', () => {
    // The small area is exactly its label's size, so the label cannot move off the large area's label.
    const result = placeLabels([label('small', 52, 50, 40, 12), label('large', 50, 50, 300, 300)]);
    expect(result.get('large')).toEqual({ shown: true, dx: 0, dy: 0 });
    expect(result.get('small')).toEqual({ shown: false, reason: 'overlaps' });
  });

  it('places higher priority first, whatever the area size', () => {
    const result = placeLabels([label('large', 50, 50, 300, 300), label('wanted', 52, 50, 40, 12, 1)]);
    expect(result.get('wanted')).toEqual({ shown: true, dx: 0, dy: 0 });
  });

  it('gives the same answer whatever order the labels come in', () => {
    const labels = [label('a', 50, 50, 60, 20), label('b', 55, 52, 60, 20), label('c', 58, 49, 60, 20), label('d', 120, 50)];
    const forward = placeLabels(labels);
    const backward = placeLabels([...labels].reverse());
    expect([...backward.entries()].sort()).toEqual([...forward.entries()].sort());
  });
});

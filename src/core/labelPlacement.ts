// Which map labels to show, and where: pure, in screen pixels, so the same rule runs at every zoom and in tests.

/** A rectangle in screen pixels. */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** One label as drawn at its area's centre, and the area it names. */
export interface LabelCandidate {
  key: string;
  /** Higher first; ties go to the larger area, then to the key, so the result never depends on input order. */
  priority: number;
  /** The label's box where the map drew it (centred on its area). */
  box: Box;
  /** The area's bounding box at the current zoom. */
  area: Box;
}

/** Where a label ends up: moved by (dx, dy) from where the map drew it, or hidden. */
export type Placement = { shown: true; dx: number; dy: number } | { shown: false; reason: 'overlaps' | 'does not fit' };

/** Space kept clear between two labels, so neighbouring names do not read as one. */
const GAP = 2;
/**
 * How far past its area's box a label may reach, as a share of the label's own width and height (at least 4 px).
 * A name a little wider than a small ward still reads as that ward's, as the names of small city-centre wards do
 * on any printed map; one much wider would sit over its neighbours and is hidden instead.
 */
const REACH_X = 0.25;
const REACH_Y = 0.5;
const MIN_REACH = 4;

const width = (b: Box) => b.right - b.left;
const height = (b: Box) => b.bottom - b.top;
const size = (b: Box) => width(b) * height(b);
const shift = (b: Box, dx: number, dy: number): Box => ({ left: b.left + dx, top: b.top + dy, right: b.right + dx, bottom: b.bottom + dy });
const overlaps = (a: Box, b: Box) =>
  a.left < b.right + GAP && a.right + GAP > b.left && a.top < b.bottom + GAP && a.bottom + GAP > b.top;
const inside = (label: Box, area: Box) => {
  const x = Math.max(MIN_REACH, REACH_X * width(label));
  const y = Math.max(MIN_REACH, REACH_Y * height(label));
  return label.left >= area.left - x && label.right <= area.right + x && label.top >= area.top - y && label.bottom <= area.bottom + y;
};

/**
 * The positions tried for a label, nearest the centre first: the centre, then a line above or below, then a
 * little to either side. A label nudged within its own area still names it; one moved further would not.
 */
function offsets(box: Box): Array<[number, number]> {
  const h = height(box);
  const w = width(box);
  return [
    [0, 0],
    [0, -h],
    [0, h],
    [-w / 3, 0],
    [w / 3, 0],
    [-w / 3, -h],
    [w / 3, -h],
    [-w / 3, h],
    [w / 3, h],
  ];
}

/**
 * Greedy placement: in order of priority, then area size (the larger area keeps its name), each label takes the
 * first position that lies within its area and clear of every label already placed; a label with none is hidden.
 * Hidden names are still on hover, on keyboard focus and in the table.
 */
export function placeLabels(candidates: readonly LabelCandidate[]): Map<string, Placement> {
  const order = [...candidates].sort(
    (a, b) => b.priority - a.priority || size(b.area) - size(a.area) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
  const placed: Box[] = [];
  const result = new Map<string, Placement>();
  for (const label of order) {
    const spot = offsets(label.box)
      .map(([dx, dy]) => ({ dx, dy, box: shift(label.box, dx, dy) }))
      .find((s) => inside(s.box, label.area) && !placed.some((p) => overlaps(s.box, p)));
    if (spot) {
      placed.push(spot.box);
      result.set(label.key, { shown: true, dx: spot.dx, dy: spot.dy });
    } else {
      const fitsSomewhere = offsets(label.box).some(([dx, dy]) => inside(shift(label.box, dx, dy), label.area));
      result.set(label.key, { shown: false, reason: fitsSomewhere ? 'overlaps' : 'does not fit' });
    }
  }
  return result;
}

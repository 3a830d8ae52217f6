import type { BarShapeProps } from 'recharts';
import { wrapLabel, type ExplorerRow } from './model';
import { FONT, INK, MUTED, type ChartGeometry } from './chartGeometry';
import { barBox, barTitle } from './viewWords';

interface BarMarkProps {
  shape: BarShapeProps;
  selected: boolean;
  onSelect(code: string): void;
}

/** One area's bar: its outcome colour, a heavier outline when selected, and its figures as a tooltip. */
export function BarMark({ shape, selected, onSelect }: BarMarkProps) {
  const row = shape.payload as ExplorerRow;
  const box = barBox(shape);
  return (
    <g className="explorer-bar" data-area-code={row.code} data-outcome={row.outcome} onClick={() => onSelect(row.code)} style={{ cursor: 'pointer' }}>
      <title>{barTitle(row)}</title>
      <rect
        x={box.x}
        y={box.y}
        width={box.width}
        height={box.height}
        fill={row.style.colour}
        stroke={selected ? INK : MUTED}
        strokeWidth={selected ? 3 : 1}
      />
    </g>
  );
}

interface AreaTickProps {
  x?: number | string;
  y?: number | string;
  code: string;
  name: string;
  geo: ChartGeometry;
  selected: boolean;
  onSelect(code: string): void;
}

/** An area's name left of its bar, wrapped onto lines and centred on the bar. */
export function AreaTick({ x, y, code, name, geo, selected, onSelect }: AreaTickProps) {
  const lines = wrapLabel(name, geo.maxChars);
  const lineHeight = geo.fontSize + 2;
  return (
    <g transform={`translate(${Number(x)},${Number(y)})`} onClick={() => onSelect(code)} style={{ cursor: 'pointer' }}>
      <text
        x={-6}
        y={(-(lines.length - 1) * lineHeight) / 2}
        textAnchor="end"
        dominantBaseline="central"
        fontSize={geo.fontSize}
        fontWeight={selected ? 700 : 400}
        fontFamily={FONT}
        fill={INK}
      >
        {lines.map((line, i) => (
          <tspan key={i} x={-6} dy={i === 0 ? 0 : lineHeight}>
            {line}
          </tspan>
        ))}
      </text>
    </g>
  );
}

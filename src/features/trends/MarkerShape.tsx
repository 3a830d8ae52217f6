import type { Marker } from './seriesStyle';

/** A marker shape drawn at (x, y), for the chart and the key alike. */
export function MarkerShape({ marker, x, y, size, fill, stroke }: { marker: Marker; x: number; y: number; size: number; fill: string; stroke: string }) {
  const s = size;
  switch (marker) {
    case 'square':
      return <rect x={x - s} y={y - s} width={2 * s} height={2 * s} fill={fill} stroke={stroke} strokeWidth={1} />;
    case 'triangle':
      return <path d={`M${x} ${y - s * 1.2} L${x + s * 1.1} ${y + s * 0.9} L${x - s * 1.1} ${y + s * 0.9} Z`} fill={fill} stroke={stroke} strokeWidth={1} />;
    case 'triangle-down':
      return <path d={`M${x} ${y + s * 1.2} L${x + s * 1.1} ${y - s * 0.9} L${x - s * 1.1} ${y - s * 0.9} Z`} fill={fill} stroke={stroke} strokeWidth={1} />;
    case 'diamond':
      return <path d={`M${x} ${y - s * 1.3} L${x + s * 1.1} ${y} L${x} ${y + s * 1.3} L${x - s * 1.1} ${y} Z`} fill={fill} stroke={stroke} strokeWidth={1} />;
    case 'cross':
      return <path d={`M${x - s} ${y - s} L${x + s} ${y + s} M${x + s} ${y - s} L${x - s} ${y + s}`} stroke={fill} strokeWidth={2.5} fill="none" />;
    case 'star':
      return <path d={`M${x} ${y - s * 1.3} L${x + s * 0.4} ${y - s * 0.4} L${x + s * 1.3} ${y - s * 0.4} L${x + s * 0.6} ${y + s * 0.2} L${x + s * 0.9} ${y + s * 1.2} L${x} ${y + s * 0.6} L${x - s * 0.9} ${y + s * 1.2} L${x - s * 0.6} ${y + s * 0.2} L${x - s * 1.3} ${y - s * 0.4} L${x - s * 0.4} ${y - s * 0.4} Z`} fill={fill} stroke={stroke} strokeWidth={0.5} />;
    case 'wye':
      return <path d={`M${x} ${y} L${x} ${y + s * 1.3} M${x} ${y} L${x - s * 1.1} ${y - s * 0.8} M${x} ${y} L${x + s * 1.1} ${y - s * 0.8}`} stroke={fill} strokeWidth={2.5} fill="none" />;
    default:
      return <circle cx={x} cy={y} r={s} fill={fill} stroke={stroke} strokeWidth={1.5} />;
  }
}

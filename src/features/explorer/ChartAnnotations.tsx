import { usePlotArea } from 'recharts';
import { barLabel, type ExplorerModel } from './model';
import { FONT, INK, REFERENCE_COLOUR, type ChartGeometry } from './chartGeometry';
import { referenceAnchor } from './viewWords';

interface AnnotationProps {
  model: ExplorerModel;
  geo: ChartGeometry;
  selectedCode: string | null;
}

/** Maps a value to a pixel across the plot; the domain is fixed by the model, so this equals the axis' scale. */
function usePixel(model: ExplorerModel) {
  const plot = usePlotArea();
  if (!plot) return null;
  const [d0, d1] = model.domain;
  return { plot, px: (v: number) => plot.x + ((v - d0) / (d1 - d0)) * plot.width };
}

/** A pale band behind the selected area's row, from its name to the end of its label. */
export function SelectedBand({ model, geo, selectedCode }: AnnotationProps) {
  const scale = usePixel(model);
  const i = model.bars.findIndex((b) => b.code === selectedCode);
  if (!scale || i < 0) return null;
  const band = scale.plot.height / model.bars.length;
  return (
    <rect
      className="explorer-selected-band"
      x={scale.plot.x - geo.yAxisWidth}
      y={scale.plot.y + i * band}
      width={geo.yAxisWidth + scale.plot.width + geo.labelWidth}
      height={band}
      fill="#fff7bf"
    />
  );
}

/** Words beside each bar (value and outcome) and the reference lines' names and values above the plot. */
export function Annotations({ model, geo, selectedCode }: AnnotationProps) {
  const scale = usePixel(model);
  if (!scale) return null;
  const { plot, px } = scale;
  const band = plot.height / model.bars.length;
  return (
    <g className="explorer-annotations" fontFamily={FONT}>
      {model.bars.map((b, i) => {
        // A column of its own at the right of the plot, so no reference line or whisker runs through the words.
        return (
          <text
            key={b.code}
            className="explorer-bar-label"
            x={plot.x + plot.width + 8}
            y={plot.y + (i + 0.5) * band}
            dominantBaseline="central"
            fontSize={geo.fontSize}
            fontWeight={b.code === selectedCode ? 700 : 400}
            fill={INK}
          >
            {barLabel(model, b)}
          </text>
        );
      })}
      <text x={plot.x + plot.width + 8} y={plot.y - 8} fontSize={geo.fontSize} fontWeight={700} fill={INK}>
        {model.showOutcomeWords ? 'Value (result)' : 'Value'}
      </text>
      {model.references.map((r, row) => (
        <text
          key={r.code}
          className="explorer-reference-label"
          x={px(r.value)}
          y={plot.y - 8 - (model.references.length - 1 - row) * 18}
          textAnchor={referenceAnchor(r.value, model.domain)}
          fontSize={geo.fontSize}
          fontWeight={700}
          fill={REFERENCE_COLOUR[r.kind]}
        >
          {`${r.name} ${r.valueText}`}
        </text>
      ))}
    </g>
  );
}

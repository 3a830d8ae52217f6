// The floor page of `npm run bench`: Vite + React + Leaflet + Recharts with one map and one chart and
// nothing else, so the dashboard's page costs are read as ratios to the least this stack can cost.
// Its figures are placeholders (synthetic), never shown as data.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { GeoJSON, MapContainer } from 'react-leaflet';
import { Bar, BarChart, XAxis, YAxis } from 'recharts';
import 'leaflet/dist/leaflet.css';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import boundariesUrl from '../../data/boundaries.topo.json?url';
import { useEffect, useState } from 'react';
import type { FeatureCollection } from 'geojson';

const BARS = Array.from({ length: 21 }, (_, i) => ({ name: String(i + 1), value: (i * 7) % 13 }));

function Floor() {
  const [wards, setWards] = useState<FeatureCollection | null>(null);
  useEffect(() => {
    void fetch(boundariesUrl)
      .then((r) => r.json())
      .then((t: Topology) => setWards(feature(t, t.objects.wards as GeometryCollection) as FeatureCollection));
  }, []);
  return (
    <main style={{ fontFamily: 'system-ui, sans-serif', padding: 16 }}>
      <h1>Floor page</h1>
      <div style={{ height: 420, maxWidth: 800 }}>
        <MapContainer center={[53.96, -1.08]} zoom={11} style={{ height: '100%' }} attributionControl={false}>
          {wards && <GeoJSON data={wards} />}
        </MapContainer>
      </div>
      <BarChart width={360} height={200} data={BARS}>
        <XAxis dataKey="name" />
        <YAxis />
        <Bar dataKey="value" fill="#1d4f91" isAnimationActive={false} />
      </BarChart>
    </main>
  );
}

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <Floor />
  </StrictMode>,
);

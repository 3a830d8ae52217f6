import { useState } from 'react';

interface DropZoneProps {
  /** A file is being read: the chooser is off and drops are ignored. */
  reading: boolean;
  onFile(file: File): void;
}

/** "Choose a CSV file", or drop one on the zone. */
export function DropZone({ reading, onFile }: DropZoneProps) {
  const [dragging, setDragging] = useState(false);
  return (
    <div
      className={`drop-zone${dragging ? ' dragging' : ''}`}
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(e) => {
        e.preventDefault();
        setDragging(false);
        const file = e.dataTransfer.files[0];
        if (file && !reading) onFile(file);
      }}
    >
      <label className="file-label">
        Choose a CSV file
        <input
          type="file"
          accept=".csv,text/csv,text/plain"
          disabled={reading}
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) onFile(file);
          }}
        />
      </label>
      <p className="hint-small">or drag and drop it here</p>
    </div>
  );
}

/** True in a published read-only snapshot (scripts/build-snapshot.ts): import features are hidden. */
declare const __READ_ONLY__: boolean;

/** The header’s words, from data/place.json at build time (vite.config.ts), so the shell never changes when data arrive; and the place’s authority code, which the import store’s upgrade needs before the snapshot is in. */
declare const __SHELL__: { alliance: string; placeName: string; placeCode: string; snapshotDate: string };

declare module '@data/*' {
  const url: string;
  export default url;
}

/** Each indicator's rows of data/authorities.csv, split at build time (scripts/vite/authorityChunks.ts): id → URL. */
declare module 'virtual:authority-chunks' {
  const chunks: Record<string, string>;
  export default chunks;
  /** SHA-256 of the data/authorities.csv the parts were compiled from: a part from another build is refused. */
  export const sourceSha256: string;
}

/** URL of the bundled figures compiled at build time from data/indicators.csv (scripts/vite/compiledSnapshot.ts). */
declare module 'virtual:compiled-rows' {
  const url: string;
  export default url;
}

/** True in a published read-only snapshot (scripts/build-snapshot.ts): import features are hidden. */
declare const __READ_ONLY__: boolean;

declare module '@data/*' {
  const url: string;
  export default url;
}

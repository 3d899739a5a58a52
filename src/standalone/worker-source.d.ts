// The worker's bundle as text (webpack.config.js, --env standalone: built first, then inlined).
declare module "pledge-check-worker" {
  const source: string;
  export default source;
}

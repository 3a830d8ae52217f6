// Stands in for @stdlib/assert-has-generator-support in the browser build. The original probes
// with eval, which the app's Content-Security-Policy (no 'unsafe-eval') reports as a violation;
// every browser the dashboard supports has generators, so the answer is simply yes.
module.exports = function hasGeneratorSupport() {
  return true;
};

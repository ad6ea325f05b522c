/** Copy a link to this exact moment, show it as a QR code. */
export function ShareControls() {
  return null;
}

type QRCodeModule = typeof import('qrcode');

/** The QR library is fetched the first time a code is drawn. */
async function loadQr(): Promise<QRCodeModule> {
  const mod = (await import('qrcode')) as QRCodeModule & { default?: QRCodeModule };
  return mod.default ?? mod;
}

/**
 * A QR code of `text` as an `data:image/svg+xml` URL, dark modules on white, for an <img>: the
 * SVG is never put into the page as markup. Medium error correction when the text fits, low for
 * longer links; null when the text is too long for any QR code.
 */
export async function qrSvgDataUrl(text: string): Promise<string | null> {
  const qr = await loadQr();
  for (const errorCorrectionLevel of ['M', 'L'] as const) {
    try {
      const svg = await qr.toString(text, {
        type: 'svg',
        errorCorrectionLevel,
        margin: 2,
        color: { dark: '#000000', light: '#ffffff' },
      });
      return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
    } catch (e) {
      if (!/too big/i.test((e as Error).message)) throw e;
    }
  }
  return null;
}

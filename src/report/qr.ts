import qrcode from 'qrcode-generator';

/**
 * A QR code's modules, row by row (true = dark), for a text encoded as UTF-8 bytes at error
 * correction level M (15 % of the code may be damaged or covered and it still reads). The
 * version (size) is the smallest that holds the text. This module is loaded only when a QR code
 * is shown.
 */
export function qrModules(text: string): boolean[][] {
  const qr = qrcode(0, 'M');
  // Byte mode with UTF-8: a link with percent-escapes or a file path with Chinese reads back whole.
  qr.addData(utf8Binary(text), 'Byte');
  qr.make();
  const size = qr.getModuleCount();
  return Array.from({ length: size }, (_, row) => Array.from({ length: size }, (_, col) => qr.isDark(row, col)));
}

/** The text's UTF-8 bytes, one per character (the library takes each character's low byte). */
export function utf8Binary(text: string): string {
  return Array.from(new TextEncoder().encode(text), (byte) => String.fromCharCode(byte)).join('');
}

/**
 * The code as an SVG document: one path of unit squares on a white square with the standard
 * four-module quiet zone, black on white whatever the page's theme (scanners want dark on light).
 */
export function qrSvg(modules: readonly (readonly boolean[])[], quiet = 4): string {
  const size = modules.length + 2 * quiet;
  let path = '';
  modules.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (dark) path += `M${x + quiet} ${y + quiet}h1v1h-1z`;
    }),
  );
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" shape-rendering="crispEdges">` +
    `<rect width="${size}" height="${size}" fill="#ffffff"/><path d="${path}" fill="#000000"/></svg>`
  );
}

/** The QR code of a text as a data URL for an <img>. */
export function qrDataUrl(text: string): string {
  return `data:image/svg+xml,${encodeURIComponent(qrSvg(qrModules(text)))}`;
}

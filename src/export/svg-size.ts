/**
 * Gives an SVG's root element the image's nominal size while keeping the layout's coordinate
 * system as its viewBox: the drawing scales as a vector, and a 1920×1080 slide says 1920×1080.
 */
export function withNominalSize(svg: string, width: number, height: number, viewWidth: number, viewHeight: number): string {
  return svg.replace(/<svg\b[^>]*>/, (root) => {
    let tag = root.replace(/\swidth="[^"]*"/, ` width="${width}"`).replace(/\sheight="[^"]*"/, ` height="${height}"`);
    if (!/\sviewBox=/.test(tag)) tag = tag.replace(/^<svg/, `<svg viewBox="0 0 ${viewWidth} ${viewHeight}"`);
    return tag;
  });
}

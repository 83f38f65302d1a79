// Colours as WCAG measures them, for the default-colour tests on light and dark pages.

/** Any CSS colour as sRGB channels 0–255, as the browser paints it. */
export function rgb(colour: string): [number, number, number, number] {
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = 1;
  const context = canvas.getContext('2d')!;
  context.fillStyle = colour;
  context.fillRect(0, 0, 1, 1);
  const [r, g, b, a] = context.getImageData(0, 0, 1, 1).data;
  return [r!, g!, b!, a!];
}

/** WCAG relative luminance. */
function luminance(colour: string): number {
  const [r, g, b] = rgb(colour).map((channel) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

export function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

/** The colour behind an element: the nearest opaque background up the composed tree. */
export function backgroundBehind(node: Element): string {
  for (let el: Element | null = node; el;) {
    const colour = getComputedStyle(el).backgroundColor;
    if (rgb(colour)[3] === 255) return colour;
    const parent: Node | null = el.parentNode;
    el = parent instanceof ShadowRoot ? parent.host : (parent as Element | null);
  }
  return 'rgb(255, 255, 255)';
}

/** What the banner measured: all in CSS px. */
export interface BannerMeasure {
  /** The banner's height limit, minus its borders: what it can show without scrolling. */
  room: number;
  /** Everything but the message box at its own height: bar, actions, footer, paddings. */
  chrome: number;
  /** The message box (message and amounts) at its own height. */
  message: number;
  /** One line of the message. */
  line: number;
}

/**
 * Whether the capped banner must scroll as one region: when the room its bar and actions
 * leave would show less than three lines of the message (zoomed or enlarged text, short
 * screens). A message shorter than three lines needs only its own height.
 */
export function bannerScrollsAsOne({ room, chrome, message, line }: BannerMeasure): boolean {
  if (![room, chrome, message, line].every(Number.isFinite)) return false;
  // Half a pixel of slack: layout rounds the boxes it measures.
  return room - chrome + 0.5 < Math.min(3 * line, message);
}

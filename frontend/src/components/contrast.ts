/**
 * WCAG 2 contrast, for text on colours the server chooses (the role badges' gradients): the text is
 * white or near-black, whichever reads better, and each stop of the gradient is moved towards the
 * opposite of the text until it keeps 4.5:1 (AA for small bold text), so every badge passes however
 * its colours are set.
 */
type Rgb = [number, number, number];

const DARK: Rgb = [11, 11, 18];
const WHITE: Rgb = [255, 255, 255];

export function parseHex(hex: string): Rgb {
  let h = hex.replace("#", "");
  if (h.length === 3) h = [...h].map((c) => c + c).join("");
  const n = parseInt(h.slice(0, 6), 16);
  return Number.isNaN(n) ? [63, 63, 70] : [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

const hex = (c: Rgb) => "#" + c.map((v) => Math.round(v).toString(16).padStart(2, "0")).join("");

export function luminance([r, g, b]: Rgb): number {
  const lin = (v: number) => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

export function contrast(a: Rgb, b: Rgb): number {
  const [l1, l2] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (l1 + 0.05) / (l2 + 0.05);
}

const mix = (a: Rgb, b: Rgb, t: number): Rgb => [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t];

/** The text colour and the (adjusted) gradient stops of a badge, each stop ≥ `min`:1 against the text. */
export function readableBadge(colors: readonly string[], min = 4.5): { color: string; stops: string[] } {
  const stops = (colors.length ? colors : ["#3f3f46"]).map(parseHex);
  const worst = (text: Rgb) => Math.min(...stops.map((s) => contrast(s, text)));
  const text = worst(WHITE) >= worst(DARK) ? WHITE : DARK;
  const away = text === WHITE ? DARK : WHITE;
  const fixed = stops.map((s) => {
    let t = 0;
    let c = s;
    while (contrast(c, text) < min && t < 1) {
      t = Math.min(1, t + 0.05);
      c = mix(s, away, t);
    }
    return c;
  });
  return { color: hex(text), stops: fixed.map(hex) };
}

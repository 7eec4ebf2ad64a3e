/** Compact counters as the seed shows them: 4217 → "4.2K", 18742 → "18.7K", 1250000 → "1.3M". */
export function compact(n: number): string {
  if (!Number.isFinite(n)) return "0";
  const abs = Math.abs(n);
  const sign = n < 0 ? "-" : "";
  const fmt = (v: number, suffix: string) => {
    const rounded = Math.round(v * 10) / 10;
    return sign + (Number.isInteger(rounded) ? rounded.toFixed(0) : rounded.toFixed(1)) + suffix;
  };
  if (abs >= 1_000_000_000) return fmt(abs / 1_000_000_000, "B");
  if (abs >= 1_000_000) return fmt(abs / 1_000_000, "M");
  if (abs >= 1_000) {
    const k = Math.round((abs / 1_000) * 10) / 10;
    return k >= 1000 ? fmt(abs / 1_000_000, "M") : fmt(abs / 1_000, "K");
  }
  return sign + String(Math.round(abs));
}

/** Stream hours: 142 → "142h", 3.5 → "3.5h". */
export function hours(h: number): string {
  const r = Math.round(h * 10) / 10;
  return (Number.isInteger(r) ? r.toFixed(0) : r.toFixed(1)) + "h";
}

/** Money from the API ("2840.00", "EUR") in the seed's form: "€ 2,840". */
export function money(amount: string, currency: string): string {
  const value = Number(amount);
  const symbol = currency === "EUR" ? "€" : currency + " ";
  const digits = Number.isInteger(value) ? 0 : 2;
  return symbol + " " + value.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: 2 });
}

/** Scores and points with one decimal in the UI language ("83,6"). */
export function formatScore(n: number, lang: string): string {
  return new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'id-ID', { maximumFractionDigits: 1 }).format(n);
}

/** "12 km", "1.250 km" (distances arrive in km with one decimal). */
export function formatKm(km: number | null, lang: string): string | null {
  if (km === null) return null;
  return `${new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'id-ID', { maximumFractionDigits: km < 10 ? 1 : 0 }).format(km)} km`;
}

/** Default port of the demo inbox. */
export const DEFAULT_DEMO_PORT = 4173;

/** A port from the command line or environment; the default when absent, null when invalid. */
export function parseDemoPort(value: string | undefined): number | null {
  if (value === undefined || value === '') return DEFAULT_DEMO_PORT;
  if (!/^\d{1,5}$/.test(value)) return null;
  const port = Number(value);
  return port <= 65535 ? port : null;
}

/** Every page's title reads "[Judul] – SIMASKOT". */
export function pageTitle(title: string): string {
  return `${title} – SIMASKOT`;
}

/** A Markdown table's cells, trimmed, without the separator row (prettier pads and re-dashes it). */
export function cells(markdown: string): string[][] {
  return markdown
    .trim()
    .split('\n')
    .map((row) =>
      row
        .split('|')
        .slice(1, -1)
        .map((cell) => cell.trim()),
    )
    .filter((row) => !row.every((cell) => /^-+$/.test(cell)));
}

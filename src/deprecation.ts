/**
 * Old public names keep working for one release, with one console warning each: the CHANGELOG
 * lists them under Changed, with what replaces them.
 */
const warned = new Set<string>();

/** Warns once per page that `old` is deprecated in favour of `replacement`. */
export function deprecated(old: string, replacement: string): void {
  if (warned.has(old)) return;
  warned.add(old);
  console.warn(
    `[eq-support] ${old} is deprecated and will be removed in the next release: ${replacement}.`,
  );
}

/** A changed line: its 1-based number in the old text (or where it would be inserted) and both versions. */
export interface LineChange {
  line: number;
  before?: string;
  after?: string;
}

/**
 * Lines that differ between two texts, from a longest-common-subsequence walk: enough for schema files
 * (hundreds of lines). Past MAX lines it compares line by line, which is still right for `prisma format`,
 * as formatting rarely adds or removes lines.
 */
export function lineDiff(a: string, b: string): LineChange[] {
  const x = a.replace(/\r\n/g, '\n').split('\n');
  const y = b.replace(/\r\n/g, '\n').split('\n');
  if (x.length * y.length > 4_000_000) return byIndex(x, y);
  const n = x.length;
  const m = y.length;
  const lcs: Uint32Array[] = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) lcs[i][j] = x[i] === y[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
  const out: LineChange[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && x[i] === y[j]) {
      i++;
      j++;
    } else if (i < n && j < m && lcs[i + 1][j + 1] === lcs[i][j]) {
      out.push({ line: i + 1, before: x[i++], after: y[j++] });
    } else if (j < m && (i >= n || lcs[i][j + 1] >= lcs[i + 1][j])) {
      out.push({ line: i + 1, after: y[j++] });
    } else {
      out.push({ line: i + 1, before: x[i++] });
    }
  }
  return out;
}

function byIndex(x: string[], y: string[]): LineChange[] {
  const out: LineChange[] = [];
  for (let k = 0; k < Math.max(x.length, y.length); k++) if (x[k] !== y[k]) out.push({ line: k + 1, before: x[k], after: y[k] });
  return out;
}

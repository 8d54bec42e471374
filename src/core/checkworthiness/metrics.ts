// How well scores separate the sentences worth checking: the CheckThat! Lab's measures.

export interface Metrics {
  /** Of the positive class (worth checking). */
  f1: number;
  precision: number;
  recall: number;
  averagePrecision: number;
}

export function measure(scores: readonly number[], labels: readonly boolean[], threshold = 0.5): Metrics {
  let truePositives = 0;
  let predicted = 0;
  let actual = 0;
  scores.forEach((score, i) => {
    const positive = score >= threshold;
    if (positive) predicted++;
    if (labels[i]) actual++;
    if (positive && labels[i]) truePositives++;
  });
  const precision = predicted ? truePositives / predicted : 0;
  const recall = actual ? truePositives / actual : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { f1, precision, recall, averagePrecision: averagePrecision(scores, labels) };
}

/** The mean of the precision at each positive, ranked by score. */
export function averagePrecision(scores: readonly number[], labels: readonly boolean[]): number {
  const order = scores.map((score, i) => [score, labels[i]] as const).sort((a, b) => b[0] - a[0]);
  let hits = 0;
  let sum = 0;
  order.forEach(([, label], rank) => {
    if (!label) return;
    hits++;
    sum += hits / (rank + 1);
  });
  return hits ? sum / hits : 0;
}

/** The threshold that gives the best F1 on these scores: to calibrate on held-out sentences. */
export function bestThreshold(scores: readonly number[], labels: readonly boolean[]): number {
  let best = 0.5;
  let bestF1 = -1;
  for (let t = 0.05; t < 0.95; t += 0.01) {
    const { f1 } = measure(scores, labels, t);
    if (f1 > bestF1) {
      bestF1 = f1;
      best = t;
    }
  }
  return best;
}

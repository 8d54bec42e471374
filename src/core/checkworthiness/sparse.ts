/** A sparse feature vector: parallel arrays of indices and values. */
export interface SparseVector {
  indices: number[];
  values: number[];
}

export function dot(weights: Float32Array | Float64Array, vector: SparseVector): number {
  let sum = 0;
  for (let i = 0; i < vector.indices.length; i++) sum += weights[vector.indices[i]!]! * vector.values[i]!;
  return sum;
}

export function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

/** Adds up repeated indices and scales the result to unit length. */
export function countsToUnitVector(counts: Map<number, number>, offset = 0): SparseVector {
  let norm = 0;
  for (const count of counts.values()) norm += count * count;
  norm = Math.sqrt(norm) || 1;
  const indices: number[] = [];
  const values: number[] = [];
  for (const [index, count] of counts) {
    indices.push(index + offset);
    values.push(count / norm);
  }
  return { indices, values };
}

/** The vectors side by side, each scaled by its weight. A plain loop: this runs for every sentence scored. */
export function concatScaled(parts: ReadonlyArray<[SparseVector, number]>): SparseVector {
  const indices: number[] = [];
  const values: number[] = [];
  for (const [vector, scale] of parts) {
    for (let i = 0; i < vector.indices.length; i++) {
      indices.push(vector.indices[i]!);
      values.push(vector.values[i]! * scale);
    }
  }
  return { indices, values };
}

/**
 * Counts of hashed features, kept in one reusable array rather than a Map: scoring an
 * article adds up hundreds of n-grams per sentence, and this is where the time goes.
 */
export class HashedCounts {
  readonly #counts: Float64Array;
  readonly #touched: number[] = [];

  constructor(size: number) {
    this.#counts = new Float64Array(size);
  }

  add(index: number): void {
    if (this.#counts[index] === 0) this.#touched.push(index);
    this.#counts[index]! += 1;
  }

  /** The counts scaled to unit length; the counter is empty again afterwards. */
  takeUnitVector(): SparseVector {
    let norm = 0;
    for (const index of this.#touched) norm += this.#counts[index]! * this.#counts[index]!;
    norm = Math.sqrt(norm) || 1;
    const indices = this.#touched.splice(0);
    const values = indices.map((index) => this.#counts[index]! / norm);
    for (const index of indices) this.#counts[index] = 0;
    return { indices, values };
  }
}

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

export function concat(...vectors: SparseVector[]): SparseVector {
  return {
    indices: vectors.flatMap((vector) => vector.indices),
    values: vectors.flatMap((vector) => vector.values),
  };
}

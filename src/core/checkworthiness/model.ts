// The trained check-worthiness model: hashed features and their weights, read from the
// committed model file. Scoring a sentence is one sparse dot product.

import { ClaimdeskError } from '../../shared/rpc';
import { REASON_KINDS, type Reason, type ReasonKind } from '../../shared/suggestions';
import type { Cue } from './cues';
import { cueIndex, featurize, type FeatureOptions } from './features';
import type { Metrics } from './metrics';
import { dot, sigmoid } from './sparse';

export const MODEL_FORMAT = 'claimdesk-checkworthiness';
export const MODEL_VERSION = 2;

/** The model file. Weights are 16-bit integers (little-endian, base64) times `weightScale`. */
export interface ModelFile {
  format: typeof MODEL_FORMAT;
  version: typeof MODEL_VERSION;
  features: FeatureOptions;
  /** Includes the calibration that puts the chosen threshold at a score of 0.5. */
  bias: number;
  weightScale: number;
  weights: string;
  /** How the model was made and what it scored on the development sentences. */
  training: {
    seed: number;
    sentences: number;
    description: string;
    /** On the training sentences, each scored by a model of the cross-validation that did not see it. */
    heldOut: Metrics;
    dev: Metrics;
  };
}

export interface ScoredSentence {
  score: number;
  reasons: Reason[];
}

export class CheckworthinessModel {
  private constructor(
    readonly file: Omit<ModelFile, 'weights'>,
    private readonly weights: Float32Array,
  ) {}

  static fromFile(file: unknown): CheckworthinessModel {
    const checked = checkModelFile(file);
    const { weights, ...rest } = checked;
    return new CheckworthinessModel(rest, decodeWeights(weights, checked.weightScale, checked.features.hashBits));
  }

  score(sentence: string): ScoredSentence {
    const { vector, cues } = featurize(sentence, this.file.features);
    return { score: sigmoid(dot(this.weights, vector) + this.file.bias), reasons: this.reasons(sentence, cues) };
  }

  /** One reason per kind of cue that fired and that the model learned counts for a claim. */
  private reasons(sentence: string, cues: Cue[]): Reason[] {
    const reasons: Reason[] = [];
    for (const cue of cues) {
      if (!isReasonKind(cue.kind) || reasons.some((reason) => reason.kind === cue.kind)) continue;
      if (this.weights[cueIndex(cue.kind, this.file.features.hashBits)]! <= 0) continue;
      reasons.push({ kind: cue.kind, cue: sentence.slice(cue.start, cue.end) });
    }
    return reasons;
  }
}

export function encodeWeights(weights: Float32Array): { weights: string; weightScale: number } {
  const largest = weights.reduce((max, weight) => Math.max(max, Math.abs(weight)), 0) || 1;
  const weightScale = largest / 32767;
  const quantized = new Int16Array(weights.length);
  weights.forEach((weight, i) => (quantized[i] = Math.round(weight / weightScale)));
  return { weights: Buffer.from(new Uint8Array(quantized.buffer)).toString('base64'), weightScale };
}

function decodeWeights(base64: string, scale: number, hashBits: number): Float32Array {
  const bytes = Buffer.from(base64, 'base64');
  const size = 1 << hashBits;
  if (bytes.length !== size * 2) throw invalid(`it holds ${bytes.length / 2} weights where ${size} were expected`);
  const weights = new Float32Array(size);
  for (let i = 0; i < size; i++) weights[i] = bytes.readInt16LE(i * 2) * scale;
  return weights;
}

function checkModelFile(file: unknown): ModelFile {
  const candidate = file as Partial<ModelFile> | null;
  if (candidate?.format !== MODEL_FORMAT) throw invalid('it is not a Claimdesk check-worthiness model');
  if (candidate.version !== MODEL_VERSION) throw invalid(`it has version ${String(candidate.version)}, not ${MODEL_VERSION}`);
  const numbers = [candidate.bias, candidate.weightScale, candidate.features?.hashBits];
  if (numbers.some((value) => typeof value !== 'number' || !Number.isFinite(value)) || typeof candidate.weights !== 'string') {
    throw invalid('its bias, scale or weights are missing');
  }
  return candidate as ModelFile;
}

function invalid(what: string): ClaimdeskError {
  return new ClaimdeskError(
    'internal',
    `The check-worthiness model cannot be read: ${what}. Rebuild it with npm run train:checkworthiness.`,
  );
}

function isReasonKind(kind: string): kind is ReasonKind {
  return (REASON_KINDS as readonly string[]).includes(kind);
}

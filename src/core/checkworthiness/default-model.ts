// The model shipped with Claimdesk, built by `npm run train:checkworthiness` into
// model.json beside this file. Read once, on first use.

import modelFile from './model.json' with { type: 'json' };
import { CheckworthinessModel } from './model';

let shipped: CheckworthinessModel | null = null;

export function shippedModel(): CheckworthinessModel {
  shipped ??= CheckworthinessModel.fromFile(modelFile);
  return shipped;
}

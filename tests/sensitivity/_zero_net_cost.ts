/**
 * The zero-net-cost model of the project as the sensitivity tests use it: the net balance in
 * dollars a year, per worker or per so many workers, from the model's own compiled steps.
 *
 * @module
 */
import {
  modelInputs,
  type ScalarModel,
  scalarModel,
  type VectorizedModel,
  vectorizedModel,
} from "../../lib/sensitivity/mod.ts";
import { project } from "../_project.ts";

const inputs = () => modelInputs(project(), "zeroNetCost", "recompte");

/**
 * The net balance for the state, in dollars a year, for `workers` workers.
 *
 * @param workers How many workers. @default 1
 * @returns A scalar model of the zero-net-cost assumptions.
 */
export function netBalanceScalar(workers = 1): ScalarModel {
  const f = scalarModel(inputs(), "netPerWorker");
  return (values) => f(values) * workers;
}

/**
 * The same on columns of samples.
 *
 * @param workers How many workers. @default 1
 * @returns A vectorized model.
 */
export function netBalanceVectorized(workers = 1): VectorizedModel {
  const f = vectorizedModel(inputs(), "netPerWorker");
  return (columns, out) => {
    f(columns, out);
    for (let i = 0; i < out.length; i++) out[i] = out[i]! * workers;
  };
}

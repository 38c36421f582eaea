// Counting: the deliberate difference on float labels, list results, typing.
import * as np from "numts";
import { describe, expect, it } from "vitest";

describe("bincount, unique, count_nonzero", () => {
  it("bincount takes float64 arrays of whole numbers (JS numbers make float64 arrays; NumPy wants ints)", () => {
    expect(np.bincount(np.array([0, 1, 1, 3])).tolist()).toEqual([1, 2, 0, 1]);
    expect(() => np.bincount(np.array([0.5, 1]))).toThrow("Cannot cast array data from dtype('float64') to dtype('int64') according to the rule 'safe'");
    expect(np.bincount(np.array([true, true]))).toBeInstanceOf(np.NDArray);
  });

  it("unique returns the values, or a list to destructure", () => {
    const y = np.array([2, 0, 2, 1, 2]);
    const [labels, counts] = np.unique(y, { return_counts: true });
    expect(labels.tolist()).toEqual([0, 1, 2]);
    expect(counts.tolist()).toEqual([1, 1, 3]);
    const [, index, inverse] = np.unique(y, { return_index: true, return_inverse: true });
    expect(index.tolist()).toEqual([1, 3, 0]);
    expect(np.array(labels.slice(inverse)).tolist()).toEqual(y.tolist()); // the inverse rebuilds the input
  });

  it("count_nonzero counts correct predictions as in NumPy code", () => {
    const predicted = np.array([0, 1, 2, 1]);
    const actual = np.array([0, 1, 1, 1]);
    const correct: number = np.count_nonzero(predicted.eq(actual));
    expect(correct / actual.size).toBe(0.75);
  });
});

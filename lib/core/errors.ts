// NumPy raises ValueError, IndexError, TypeError and OverflowError; numts throws classes of the same names with
// NumPy's messages, so a student can search for the message and find NumPy's answer.

/** A value has the right type but a wrong value or shape (NumPy's `ValueError`). */
export class ValueError extends Error {
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/** An index is out of range or of the wrong kind (NumPy's `IndexError`). */
export class IndexError extends Error {
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/**
 * An argument has the wrong type (NumPy's `TypeError`). It shadows the built-in `TypeError`
 * inside numts, and is a subclass of it, so `instanceof TypeError` holds for both.
 */
class NumpyTypeError extends globalThis.TypeError {
  constructor(message: string) {
    super(message);
    this.name = "TypeError";
  }
}
export { NumpyTypeError as TypeError };

/** An axis argument is out of range (NumPy's `AxisError`, a kind of `ValueError`). */
export class AxisError extends ValueError {}

/** A linear-algebra routine failed, e.g. on a matrix of the wrong shape (NumPy's `np.linalg.LinAlgError`, a `ValueError`). */
export class LinAlgError extends ValueError {}

/**
 * A number does not fit the type it must become (Python's `OverflowError`), e.g. a JS number out
 * of a dtype's range: `np.add(np.zeros(2, "uint8"), 300)` is `OverflowError: Python integer 300
 * out of bounds for uint8`, as in NumPy 2; or a random range too wide (`uniform(-inf, inf)`).
 */
export class OverflowError extends Error {
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

// NumPy raises ValueError, IndexError, TypeError and OverflowError; numts throws classes of the same names with
// NumPy's messages, so a student can search for the message and find NumPy's answer.

/**
 * A value has the right type but a wrong value or shape (NumPy's `ValueError`).
 * @example
 * try { np.zeros(6).reshape(4) } catch (e) { e instanceof np.ValueError }  // true: cannot reshape array of size 6 into shape (4,)
 */
export class ValueError extends Error {
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/**
 * An index is out of range or of the wrong kind (NumPy's `IndexError`).
 * @example
 * try { np.zeros(3).get(5) } catch (e) { e instanceof np.IndexError }  // true: index 5 is out of bounds for axis 0 with size 3
 */
export class IndexError extends Error {
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/**
 * An argument has the wrong type (NumPy's `TypeError`). It shadows the built-in `TypeError`
 * inside numts, and is a subclass of it, so `instanceof TypeError` holds for both.
 * @example
 * try { np.subtract(np.array([true]), np.array([false])) } catch (e) { e instanceof np.TypeError }  // true: numpy boolean subtract, the `-` operator, is not supported, ...
 */
class NumpyTypeError extends globalThis.TypeError {
  constructor(message: string) {
    super(message);
    this.name = "TypeError";
  }
}
export { NumpyTypeError as TypeError };

/**
 * An axis argument is out of range (NumPy's `AxisError`, a kind of `ValueError`).
 * @example
 * try { np.zeros(3).sum({axis: 1}) } catch (e) { e instanceof np.AxisError }  // true: axis 1 is out of bounds for array of dimension 1
 */
export class AxisError extends ValueError {}

/**
 * A linear-algebra routine failed, e.g. on a matrix of the wrong shape (NumPy's `np.linalg.LinAlgError`, a `ValueError`).
 * @example
 * try { np.linalg.svd(np.array([1, 2])) } catch (e) { e instanceof np.linalg.LinAlgError }  // true: 1-dimensional array given. Array must be at least two-dimensional
 */
export class LinAlgError extends ValueError {}

/**
 * A number does not fit the type it must become (Python's `OverflowError`), e.g. a JS number out
 * of a dtype's range: `np.add(np.zeros(2, "uint8"), 300)` is `OverflowError: Python integer 300
 * out of bounds for uint8`, as in NumPy 2; or a random range too wide (`uniform(-inf, inf)`).
 * @example
 * try { np.uint8(300) } catch (e) { e instanceof np.OverflowError }  // true: Python integer 300 out of bounds for uint8
 */
export class OverflowError extends Error {
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

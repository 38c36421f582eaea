// np.linalg: norms and the singular value decomposition.
export { norm, type NormOptions, type NormOrder } from "./norm";
export { svd, type SVDOptions, type SVDResult } from "./svd";
export { LinAlgError } from "../core/errors";

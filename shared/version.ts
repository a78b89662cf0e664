/** The version shown in reports and SARIF: the root package's, bundled in. */
import pkg from '../package.json';

export const BICKFORD_VERSION: string = pkg.version;

/** The rule id and docs of the error a guard reports when no source could list the changes it compares with. */
export const CHANGE_SET_UNKNOWN = 'change-set-unknown';
export const CHANGE_SET_DOCS = 'https://github.com/bickford/actions/blob/main/docs/change-sets.md';

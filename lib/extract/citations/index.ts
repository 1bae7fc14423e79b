export { findCitations, type FindCitationsOptions } from './find-citations';
export { citationKey } from './number-pattern';
